<?php
/**
 * Data subject requests from the element's form: a REST endpoint on the
 * site's own origin that checks the request body (schema version 1, as
 * src/form/request-schema.ts declares it), stores each request once per
 * Idempotency-Key as a private record only administrators see, notifies the
 * controller by email (without the message, unless chosen), and answers with
 * a reference, as the form expects: 201 {reference, dueDate}; 200 with the
 * same reference for a key it has seen; 400 {error, reason}; 403 for a
 * missing or stale token; 413 over 64 KiB; 415 for another content type;
 * 429 with Retry-After when one address sends too many.
 *
 * @package PrivacyNotice
 */

defined( 'ABSPATH' ) || exit;

/** The largest request body accepted (README: "413 for more than 64 KiB"). */
const PRIVACY_NOTICE_MAX_REQUEST_BYTES = 65536;

/** Request types (the form's `type`), in the order the form offers them. */
const PRIVACY_NOTICE_REQUEST_TYPES = array( 'access', 'rectification', 'erasure', 'restriction', 'objection', 'objection-direct-marketing', 'portability', 'withdraw-consent', 'other' );

/** Types that cannot be handled without the person's words. */
const PRIVACY_NOTICE_MESSAGE_REQUIRED = array( 'rectification', 'restriction', 'objection', 'other' );

add_action(
	'init',
	function () {
		register_post_type(
			'privacy_request',
			privacy_notice_hidden_post_type() + array(
				'label'           => 'Privacy requests',
				'capability_type' => 'privacy_request',
				'capabilities'    => array(
					'edit_post'          => 'manage_options',
					'read_post'          => 'manage_options',
					'delete_post'        => 'manage_options',
					'edit_posts'         => 'manage_options',
					'edit_others_posts'  => 'manage_options',
					'publish_posts'      => 'manage_options',
					'read_private_posts' => 'manage_options',
					'create_posts'       => 'manage_options',
				),
				'map_meta_cap'    => false,
			)
		);
	}
);

/**
 * The token a rendered form carries in its form-action, so only pages of this
 * site post here: an HMAC of the notice id and a 3.5-day tick, accepted for
 * the current and the previous tick (like a WordPress nonce, but the same for
 * every visitor, so cached pages keep working for days).
 *
 * @param string $notice_id The notice's id.
 * @param int    $tick_offset 0 for now, -1 for the previous tick.
 * @return string
 */
function privacy_notice_form_token( $notice_id, $tick_offset = 0 ) {
	$tick = (int) floor( time() / ( 84 * HOUR_IN_SECONDS ) ) + $tick_offset;
	return substr( hash_hmac( 'sha256', 'privacy-request|' . $notice_id . '|' . $tick, wp_salt( 'nonce' ) ), 0, 24 );
}

/**
 * The address the element posts requests to for a notice.
 *
 * @param string $notice_id The notice's id.
 * @return string
 */
function privacy_notice_requests_url( $notice_id ) {
	return add_query_arg(
		array(
			'notice' => $notice_id,
			'token'  => privacy_notice_form_token( $notice_id ),
		),
		rest_url( 'privacy-notice/v1/requests' )
	);
}

/**
 * When the controller must answer: one month after the request arrives (GDPR
 * Art. 12(3)), counted as Regulation 1182/71 counts periods, the same rule as
 * src/form/due-date.ts: the same date next month, the month's last day if
 * there is no such date, the next Monday if it falls on a weekend.
 *
 * @param DateTimeImmutable $received When the request arrived, in the site's time zone.
 * @return string YYYY-MM-DD
 */
function privacy_notice_due_date( DateTimeImmutable $received ) {
	$year  = (int) $received->format( 'Y' );
	$month = (int) $received->format( 'n' ) + 1;
	if ( $month > 12 ) {
		$month = 1;
		++$year;
	}
	$first = $received->setDate( $year, $month, 1 );
	$due   = $received->setDate( $year, $month, min( (int) $received->format( 'j' ), (int) $first->format( 't' ) ) );
	$day   = (int) $due->format( 'N' );
	if ( 6 === $day ) {
		$due = $due->modify( '+2 days' );
	} elseif ( 7 === $day ) {
		$due = $due->modify( '+1 day' );
	}
	return $due->format( 'Y-m-d' );
}

/**
 * Checks a request body as src/form/request-schema.ts does.
 *
 * @param mixed $body Decoded body.
 * @return array{ok:bool,reason?:string,request?:array<string,mixed>}
 */
function privacy_notice_check_request( $body ) {
	if ( ! is_array( $body ) ) {
		return array(
			'ok'     => false,
			'reason' => 'the body is not a JSON object',
		);
	}
	$text = function ( $key, $max, $pattern = null ) use ( $body ) {
		if ( ! isset( $body[ $key ] ) || ! is_string( $body[ $key ] ) ) {
			return null;
		}
		$value = trim( $body[ $key ] );
		if ( '' === $value || mb_strlen( $value ) > $max || ( $pattern && ! preg_match( $pattern, $value ) ) ) {
			return false;
		}
		return $value;
	};
	$required = array(
		'requestId'     => array( 36, '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i' ),
		'noticeId'      => array( 80, '/^[a-z0-9]+(-[a-z0-9]+)*$/' ),
		'type'          => array( 40, null ),
		'requesterRole' => array( 20, null ),
		'name'          => array( 200, null ),
		'email'         => array( 254, '/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/' ),
		'language'      => array( 35, '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/' ),
		'pageUrl'       => array( 2048, '/^https?:\/\/\S+$/i' ),
		'createdAt'     => array( 35, '/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/' ),
	);
	$optional = array(
		'noticeUpdated'  => array( 10, '/^\d{4}-\d{2}-\d{2}$/' ),
		'noticeVersion'  => array( 40, null ),
		'phone'          => array( 40, '/^\+?[\d\s().\-\/]{5,}$/' ),
		'customerNumber' => array( 100, null ),
		'message'        => array( 5000, null ),
	);
	$schema_version = isset( $body['schemaVersion'] ) ? $body['schemaVersion'] : null;
	if ( 1 !== $schema_version && '1' !== $schema_version ) {
		return array(
			'ok'     => false,
			'reason' => 'schemaVersion: must be 1 (this receiver is older than the form that sent it)',
		);
	}
	$request = array( 'schemaVersion' => 1 );
	foreach ( $required as $key => $rule ) {
		$value = $text( $key, $rule[0], $rule[1] );
		if ( ! is_string( $value ) ) {
			return array(
				'ok'     => false,
				'reason' => $key . ': ' . ( null === $value ? 'is required' : 'is not valid' ),
			);
		}
		$request[ $key ] = $value;
	}
	foreach ( $optional as $key => $rule ) {
		$value = $text( $key, $rule[0], $rule[1] );
		if ( false === $value ) {
			return array(
				'ok'     => false,
				'reason' => $key . ': is not valid',
			);
		}
		if ( is_string( $value ) ) {
			$request[ $key ] = $value;
		}
	}
	if ( ! in_array( $request['type'], PRIVACY_NOTICE_REQUEST_TYPES, true ) ) {
		return array(
			'ok'     => false,
			'reason' => 'type: is not a request type',
		);
	}
	if ( ! in_array( $request['requesterRole'], array( 'data-subject', 'representative' ), true ) ) {
		return array(
			'ok'     => false,
			'reason' => 'requesterRole: must be data-subject or representative',
		);
	}
	if ( in_array( $request['type'], PRIVACY_NOTICE_MESSAGE_REQUIRED, true ) && empty( $request['message'] ) ) {
		return array(
			'ok'     => false,
			'reason' => 'message: is required for a "' . $request['type'] . '" request',
		);
	}
	return array(
		'ok'      => true,
		'request' => $request,
	);
}

/**
 * A JSON answer in the shape the form reads.
 *
 * @param int                  $status  HTTP status.
 * @param array<string,mixed>  $body    Body.
 * @param array<string,string> $headers Extra headers.
 * @return WP_REST_Response
 */
function privacy_notice_answer( $status, $body, $headers = array() ) {
	$response = new WP_REST_Response( $body, $status );
	$response->header( 'Cache-Control', 'no-store' );
	foreach ( $headers as $name => $value ) {
		$response->header( $name, $value );
	}
	return $response;
}

/**
 * The stored request for an idempotency key, if any.
 *
 * @param string $key_hash sha256 of the key.
 * @return WP_Post|null
 */
function privacy_notice_request_by_key( $key_hash ) {
	$posts = get_posts(
		array(
			'post_type'        => 'privacy_request',
			'post_status'      => 'private',
			'numberposts'      => 1,
			'meta_key'         => '_privacy_request_key', // phpcs:ignore WordPress.DB.SlowDBQuery
			'meta_value'       => $key_hash, // phpcs:ignore WordPress.DB.SlowDBQuery
			'suppress_filters' => true,
		)
	);
	return $posts ? $posts[0] : null;
}

/**
 * A reference a person can read out on the phone: PR-20240531-7K3M9Q.
 *
 * @param DateTimeImmutable $received Arrival time.
 * @return string
 */
function privacy_notice_new_reference( DateTimeImmutable $received ) {
	$alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
	$code     = '';
	foreach ( str_split( random_bytes( 6 ) ) as $byte ) {
		$code .= $alphabet[ ord( $byte ) % 32 ];
	}
	return 'PR-' . $received->format( 'Ymd' ) . '-' . $code;
}

/**
 * Counts a POST from this address; false (and seconds to wait) when it sent too many.
 *
 * @return int 0 when allowed, else seconds until it is.
 */
function privacy_notice_rate_limited() {
	/**
	 * How many requests one address may send per window (default 10 per 10 minutes).
	 *
	 * @param array{limit:int,window:int} $rule
	 */
	$rule   = apply_filters(
		'privacy_notice_rate_limit',
		array(
			'limit'  => 10,
			'window' => 10 * MINUTE_IN_SECONDS,
		)
	);
	$ip     = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
	$key    = 'privacy_notice_rl_' . substr( hash_hmac( 'sha256', $ip, wp_salt( 'nonce' ) ), 0, 20 );
	$now    = time();
	$bucket = get_transient( $key );
	if ( ! is_array( $bucket ) || $bucket['until'] <= $now ) {
		$bucket = array(
			'count' => 0,
			'until' => $now + (int) $rule['window'],
		);
	}
	if ( $bucket['count'] >= (int) $rule['limit'] ) {
		return max( 1, $bucket['until'] - $now );
	}
	++$bucket['count'];
	set_transient( $key, $bucket, max( 1, $bucket['until'] - $now ) );
	return 0;
}

/**
 * POST /wp-json/privacy-notice/v1/requests?notice=<id>&token=<token>
 *
 * @param WP_REST_Request $http The request.
 * @return WP_REST_Response
 */
function privacy_notice_receive_request( WP_REST_Request $http ) {
	$raw = $http->get_body();
	if ( strlen( $raw ) > PRIVACY_NOTICE_MAX_REQUEST_BYTES || (int) $http->get_header( 'content_length' ) > PRIVACY_NOTICE_MAX_REQUEST_BYTES ) {
		return privacy_notice_answer(
			413,
			array(
				'error'  => 'too-large',
				'reason' => 'the request is larger than 64 KiB',
			)
		);
	}
	$notice_id = (string) $http->get_param( 'notice' );
	$token     = (string) $http->get_param( 'token' );
	if ( '' === $token || ! privacy_notice_post( $notice_id ) || ! ( hash_equals( privacy_notice_form_token( $notice_id ), $token ) || hash_equals( privacy_notice_form_token( $notice_id, -1 ), $token ) ) ) {
		return privacy_notice_answer(
			403,
			array(
				'error'  => 'forbidden',
				'reason' => 'the form token is missing or out of date: reload the page',
			)
		);
	}
	$content_type = $http->get_content_type();
	$type         = $content_type ? strtolower( $content_type['value'] ) : '';
	if ( 'application/json' === $type ) {
		$body = json_decode( $raw, true, 16 );
	} elseif ( 'application/x-www-form-urlencoded' === $type ) {
		parse_str( $raw, $body );
	} else {
		return privacy_notice_answer(
			415,
			array(
				'error'  => 'unsupported-media-type',
				'reason' => 'send application/json or application/x-www-form-urlencoded',
			)
		);
	}
	$key      = trim( (string) $http->get_header( 'idempotency_key' ) );
	$key      = '' !== $key ? $key : ( is_array( $body ) && isset( $body['requestId'] ) && is_string( $body['requestId'] ) ? $body['requestId'] : '' );
	$key_hash = '' !== $key ? hash( 'sha256', $notice_id . '|' . substr( $key, 0, 200 ) ) : '';
	if ( '' !== $key_hash ) {
		$seen = privacy_notice_request_by_key( $key_hash );
		if ( $seen ) {
			return privacy_notice_answer(
				200,
				array(
					'reference' => $seen->post_title,
					'dueDate'   => get_post_meta( $seen->ID, '_privacy_request_due', true ),
				),
				array( 'Idempotent-Replayed' => 'true' )
			);
		}
	}
	$wait = privacy_notice_rate_limited();
	if ( $wait ) {
		return privacy_notice_answer(
			429,
			array(
				'error'  => 'rate-limited',
				'reason' => 'too many requests from this address; try again later',
			),
			array( 'Retry-After' => (string) $wait )
		);
	}
	$check = privacy_notice_check_request( $body );
	if ( ! $check['ok'] ) {
		return privacy_notice_answer(
			400,
			array(
				'error'  => 'invalid-request',
				'reason' => $check['reason'],
			)
		);
	}
	$request = $check['request'];
	if ( $request['noticeId'] !== $notice_id ) {
		return privacy_notice_answer(
			400,
			array(
				'error'  => 'invalid-request',
				'reason' => 'noticeId: is not the notice this form belongs to',
			)
		);
	}
	$received  = new DateTimeImmutable( 'now', wp_timezone() );
	$due       = privacy_notice_due_date( $received );
	$reference = privacy_notice_new_reference( $received );
	// The hidden trap field: a bot filled it. Answer as usual, store nothing.
	if ( is_array( $body ) && ! empty( $body['website'] ) ) {
		return privacy_notice_answer(
			201,
			array(
				'reference' => $reference,
				'dueDate'   => $due,
			)
		);
	}
	// One writer per key: add_option is an INSERT on a unique column.
	$lock = 'privacy_notice_lock_' . substr( $key_hash ? $key_hash : hash( 'sha256', $reference ), 0, 40 );
	if ( ! add_option( $lock, time(), '', 'no' ) ) {
		return privacy_notice_answer(
			503,
			array(
				'error'  => 'busy',
				'reason' => 'the same request is being stored; try again in a moment',
			),
			array( 'Retry-After' => '2' )
		);
	}
	$post_id = wp_insert_post(
		array(
			'post_type'    => 'privacy_request',
			'post_status'  => 'private',
			'post_title'   => $reference,
			'post_author'  => 0,
			'post_date'    => $received->format( 'Y-m-d H:i:s' ),
			'post_content' => '',
		),
		true
	);
	if ( is_wp_error( $post_id ) ) {
		delete_option( $lock );
		return privacy_notice_answer(
			500,
			array(
				'error'  => 'not-stored',
				'reason' => 'the request could not be stored',
			)
		);
	}
	$meta = array(
		'_privacy_request_key'      => $key_hash,
		'_privacy_request_type'     => $request['type'],
		'_privacy_request_email'    => strtolower( $request['email'] ),
		'_privacy_request_name'     => $request['name'],
		'_privacy_request_received' => $received->format( DATE_ATOM ),
		'_privacy_request_due'      => $due,
		'_privacy_request_status'   => 'open',
		'_privacy_request_notice'   => $notice_id,
		'_privacy_request_body'     => wp_json_encode( $request ),
	);
	foreach ( $meta as $name => $value ) {
		update_post_meta( $post_id, $name, wp_slash( $value ) );
	}
	delete_option( $lock );
	privacy_notice_notify( $post_id, $request, $reference, $due );
	return privacy_notice_answer(
		201,
		array(
			'reference' => $reference,
			'dueDate'   => $due,
		)
	);
}

/**
 * Tells the controller a request arrived. By default the mail names the type,
 * the reference and the due date only; the person's name, address and message
 * stay in WordPress unless the admin chose to include them. A failure to send
 * (no mail server) is logged by WordPress and changes nothing for the person.
 *
 * @param int                 $post_id   The stored request.
 * @param array<string,mixed> $request   The checked request.
 * @param string              $reference Its reference.
 * @param string              $due       Due date.
 */
function privacy_notice_notify( $post_id, $request, $reference, $due ) {
	$to = privacy_notice_notify_address( $request['noticeId'] );
	if ( '' === $to ) {
		return;
	}
	$lines = array(
		sprintf( 'A data subject request arrived through the privacy notice "%s".', $request['noticeId'] ),
		'',
		'Reference: ' . $reference,
		'Type: ' . $request['type'],
		'Received: ' . get_post_meta( $post_id, '_privacy_request_received', true ),
		'Answer by: ' . $due . ' (GDPR Art. 12(3))',
	);
	if ( get_option( 'privacy_notice_mail_details' ) ) {
		$lines[] = 'From: ' . $request['name'] . ' <' . $request['email'] . '>';
		if ( ! empty( $request['message'] ) ) {
			$lines[] = '';
			$lines[] = $request['message'];
		}
	}
	$lines[] = '';
	$lines[] = 'Open it in WordPress: ' . admin_url( 'admin.php?page=privacy-notice-requests' );
	try {
		wp_mail( $to, sprintf( '[%s] Privacy request %s (%s), answer by %s', wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES ), $reference, $request['type'], $due ), implode( "\n", $lines ) );
	} catch ( Throwable $error ) {
		// Mail is a courtesy; the request is stored and the person has their reference.
		do_action( 'wp_mail_failed', new WP_Error( 'wp_mail_failed', $error->getMessage() ) );
	}
}

/**
 * Where notifications go: the address set in the plugin's settings, else the
 * address the form's email fallback would use (src/form/mailto.ts: the
 * register's contact person, the privacy team or the DPO, the first with an
 * email, else the controller's), else the site's admin email.
 *
 * @param string $notice_id The notice.
 * @return string
 */
function privacy_notice_notify_address( $notice_id ) {
	$set = sanitize_email( (string) get_option( 'privacy_notice_notify_email', '' ) );
	if ( is_email( $set ) ) {
		return $set;
	}
	$json     = privacy_notice_json( $notice_id );
	$document = $json ? json_decode( $json, false, 128 ) : null;
	$first    = function ( $who ) {
		if ( ! is_object( $who ) ) {
			return '';
		}
		if ( isset( $who->email ) && is_string( $who->email ) && is_email( $who->email ) ) {
			return $who->email;
		}
		if ( isset( $who->emails ) && is_array( $who->emails ) ) {
			foreach ( $who->emails as $entry ) {
				if ( is_object( $entry ) && isset( $entry->address ) && is_string( $entry->address ) && is_email( $entry->address ) ) {
					return $entry->address;
				}
			}
		}
		return '';
	};
	if ( is_object( $document ) ) {
		$contacts = isset( $document->contacts ) && is_array( $document->contacts ) ? $document->contacts : array();
		foreach ( array( 'register-contact', 'privacy-team', 'dpo' ) as $role ) {
			foreach ( $contacts as $contact ) {
				if ( is_object( $contact ) && isset( $contact->role ) && $role === $contact->role && '' !== $first( $contact ) ) {
					return $first( $contact );
				}
			}
		}
		if ( isset( $document->controller ) && '' !== $first( $document->controller ) ) {
			return $first( $document->controller );
		}
	}
	return (string) get_option( 'admin_email' );
}

/* Too large is answered before WordPress parses the body (an oversize, broken JSON body would otherwise get its 400). */
add_filter(
	'rest_pre_dispatch',
	function ( $result, $server, $request ) {
		if ( null === $result && '/privacy-notice/v1/requests' === $request->get_route() && 'POST' === $request->get_method()
			&& ( strlen( $request->get_body() ) > PRIVACY_NOTICE_MAX_REQUEST_BYTES || (int) $request->get_header( 'content_length' ) > PRIVACY_NOTICE_MAX_REQUEST_BYTES ) ) {
			return privacy_notice_answer(
				413,
				array(
					'error'  => 'too-large',
					'reason' => 'the request is larger than 64 KiB',
				)
			);
		}
		return $result;
	},
	10,
	3
);

add_action(
	'rest_api_init',
	function () {
		register_rest_route(
			'privacy-notice/v1',
			'/requests',
			array(
				'methods'             => 'POST',
				// Public on purpose: visitors send requests. The form token, the
				// size limit and the rate limit protect it (see above).
				'permission_callback' => '__return_true',
				'callback'            => 'privacy_notice_receive_request',
			)
		);
	}
);

/**
 * Stored requests, newest first.
 *
 * @param array<string,mixed> $args Extra get_posts arguments.
 * @return array<int,array<string,mixed>>
 */
function privacy_notice_requests( $args = array() ) {
	$posts = get_posts(
		$args + array(
			'post_type'        => 'privacy_request',
			'post_status'      => 'private',
			'numberposts'      => -1,
			'orderby'          => 'date',
			'order'            => 'DESC',
			'suppress_filters' => true,
		)
	);
	return array_map( 'privacy_notice_request_row', $posts );
}

/**
 * One stored request as a row.
 *
 * @param WP_Post $post The record.
 * @return array<string,mixed>
 */
function privacy_notice_request_row( $post ) {
	$body = json_decode( (string) get_post_meta( $post->ID, '_privacy_request_body', true ), true );
	return array(
		'post'      => $post->ID,
		'reference' => $post->post_title,
		'type'      => get_post_meta( $post->ID, '_privacy_request_type', true ),
		'name'      => get_post_meta( $post->ID, '_privacy_request_name', true ),
		'email'     => get_post_meta( $post->ID, '_privacy_request_email', true ),
		'received'  => get_post_meta( $post->ID, '_privacy_request_received', true ),
		'due'       => get_post_meta( $post->ID, '_privacy_request_due', true ),
		'status'    => get_post_meta( $post->ID, '_privacy_request_status', true ),
		'notice'    => get_post_meta( $post->ID, '_privacy_request_notice', true ),
		'request'   => is_array( $body ) ? $body : array(),
	);
}
