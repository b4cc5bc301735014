<?php
/**
 * Notice documents in WordPress: stored as a private post per notice
 * (`privacy_notice`, its slug the document's `id`) with every saved version a
 * child post (`privacy_notice_ver`), the JSON in post meta (never in
 * post_content, so no content filter can touch it). Served as
 * application/json at /wp-json/privacy-notice/v1/notices/<id>.
 *
 * @package PrivacyNotice
 */

defined( 'ABSPATH' ) || exit;

/** The largest document accepted, as the element accepts (2 MiB). */
const PRIVACY_NOTICE_MAX_BYTES = 2097152;

const PRIVACY_NOTICE_SLUG    = '/^[a-z0-9]+(-[a-z0-9]+)*$/';
const PRIVACY_NOTICE_LANGTAG = '/^[a-z]{2,3}(-[a-z\d]{2,8})*$/i';

/**
 * What every post type of the plugin is: stored, never shown, queried,
 * exported or offered over REST by WordPress itself (the plugin's own pages
 * and routes are the only way in). The notices and the requests add their
 * label and who may do what.
 */
function privacy_notice_hidden_post_type() {
	return array(
		'public'              => false,
		'show_ui'             => false,
		'show_in_rest'        => false,
		'exclude_from_search' => true,
		'publicly_queryable'  => false,
		'rewrite'             => false,
		'query_var'           => false,
		'can_export'          => false,
	);
}

add_action(
	'init',
	function () {
		$private = privacy_notice_hidden_post_type() + array(
			'capability_type' => 'post',
			'capabilities'    => array( 'create_posts' => 'manage_options' ),
			'map_meta_cap'    => true,
		);
		register_post_type( 'privacy_notice', $private + array( 'label' => 'Privacy notices' ) );
		register_post_type( 'privacy_notice_ver', $private + array( 'label' => 'Privacy notice versions' ) );
	}
);

/**
 * Checks a notice document on the server: what must hold before anything is
 * stored, whoever sends it (the admin page also runs the full TypeScript
 * validator in the browser and will not submit until it passes).
 *
 * @param string $json The document as JSON text.
 * @return array{ok:bool,errors:array<int,array{path:string,message:string}>,document:object|null}
 */
function privacy_notice_validate_json( $json ) {
	$errors = array();
	$fail   = function ( $path, $message ) use ( &$errors ) {
		$errors[] = array(
			'path'    => $path,
			'message' => $message,
		);
	};
	$done   = function ( $document = null ) use ( &$errors ) {
		return array(
			'ok'       => ! $errors,
			'errors'   => $errors,
			'document' => $errors ? null : $document,
		);
	};
	if ( ! is_string( $json ) || '' === trim( $json ) ) {
		$fail( '', 'is empty' );
		return $done();
	}
	if ( strlen( $json ) > PRIVACY_NOTICE_MAX_BYTES ) {
		$fail( '', 'is larger than 2 MiB' );
		return $done();
	}
	if ( 0 === strpos( $json, "\xEF\xBB\xBF" ) ) {
		$json = substr( $json, 3 );
	}
	$document = json_decode( $json, false, 128 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		$fail( '', 'is not valid JSON: ' . json_last_error_msg() );
		return $done();
	}
	if ( ! is_object( $document ) ) {
		$fail( '', 'must be an object' );
		return $done();
	}
	$is_label = function ( $value ) {
		if ( is_string( $value ) ) {
			return '' !== trim( $value );
		}
		if ( ! is_object( $value ) ) {
			return false;
		}
		$any = false;
		foreach ( get_object_vars( $value ) as $tag => $text ) {
			if ( ! is_string( $text ) || ! preg_match( PRIVACY_NOTICE_LANGTAG, (string) $tag ) ) {
				return false;
			}
			$any = $any || '' !== trim( $text );
		}
		return $any;
	};
	if ( ! isset( $document->schemaVersion ) || 1 !== $document->schemaVersion ) {
		$fail( 'schemaVersion', 'must be 1' );
	}
	if ( ! isset( $document->id ) || ! is_string( $document->id ) || strlen( $document->id ) > 80 || ! preg_match( PRIVACY_NOTICE_SLUG, $document->id ) ) {
		$fail( 'id', 'is required: a slug (a-z, 0-9, -) like "customer-register"' );
	}
	if ( ! isset( $document->languages ) || ! is_array( $document->languages ) || ! $document->languages ) {
		$fail( 'languages', 'is required: a list of language tags like ["fi"]' );
	} else {
		foreach ( $document->languages as $i => $tag ) {
			if ( ! is_string( $tag ) || ! preg_match( PRIVACY_NOTICE_LANGTAG, $tag ) ) {
				$fail( "languages[$i]", 'must be a language tag like "fi"' );
			}
		}
	}
	if ( ! isset( $document->title ) || ! $is_label( $document->title ) ) {
		$fail( 'title', 'is required: text, or language tag → text' );
	}
	if ( ! isset( $document->controller ) || ! is_object( $document->controller ) ) {
		$fail( 'controller', 'is required: an object with the controller\'s name' );
	} elseif ( ! isset( $document->controller->name ) || ! $is_label( $document->controller->name ) ) {
		$fail( 'controller.name', 'is required' );
	}
	if ( ! isset( $document->sections ) || ! is_array( $document->sections ) || ! $document->sections ) {
		$fail( 'sections', 'is required: a list with at least one section' );
	} else {
		$seen = array();
		foreach ( $document->sections as $i => $section ) {
			if ( ! is_object( $section ) ) {
				$fail( "sections[$i]", 'must be an object' );
				continue;
			}
			if ( ! isset( $section->id ) || ! is_string( $section->id ) || ! preg_match( PRIVACY_NOTICE_SLUG, $section->id ) ) {
				$fail( "sections[$i].id", 'is required: a slug (a-z, 0-9, -)' );
			} elseif ( isset( $seen[ $section->id ] ) ) {
				$fail( "sections[$i].id", 'repeats the id of sections[' . $seen[ $section->id ] . ']' );
			} else {
				$seen[ $section->id ] = $i;
			}
			if ( ! isset( $section->kind ) || ! is_string( $section->kind ) ) {
				$fail( "sections[$i].kind", 'is required' );
			}
			if ( ! isset( $section->body ) || ! $is_label( $section->body ) ) {
				$fail( "sections[$i].body", 'is required: text, or language tag → text' );
			}
		}
	}
	return $done( $document );
}

/**
 * Text in one language from a document label (a string, or tag → text).
 *
 * @param mixed  $label    The label.
 * @param string $language Preferred language tag.
 * @return string
 */
function privacy_notice_pick_text( $label, $language = '' ) {
	if ( is_string( $label ) ) {
		return $label;
	}
	if ( ! is_object( $label ) ) {
		return '';
	}
	$texts = get_object_vars( $label );
	foreach ( array( $language, strtolower( substr( $language, 0, 2 ) ) ) as $tag ) {
		if ( '' !== $tag && isset( $texts[ $tag ] ) && is_string( $texts[ $tag ] ) ) {
			return $texts[ $tag ];
		}
	}
	$first = reset( $texts );
	return is_string( $first ) ? $first : '';
}

/**
 * The stored notice post for a document id.
 *
 * @param string $id The document's id.
 * @return WP_Post|null
 */
function privacy_notice_post( $id ) {
	if ( ! is_string( $id ) || ! preg_match( PRIVACY_NOTICE_SLUG, $id ) ) {
		return null;
	}
	$posts = get_posts(
		array(
			'post_type'        => 'privacy_notice',
			'name'             => $id,
			'post_status'      => 'private',
			'numberposts'      => 1,
			'suppress_filters' => true,
		)
	);
	return $posts ? $posts[0] : null;
}

/**
 * Every stored notice: id, title, languages, versions, saved.
 *
 * @return array<int,array<string,mixed>>
 */
function privacy_notice_list() {
	$posts = get_posts(
		array(
			'post_type'        => 'privacy_notice',
			'post_status'      => 'private',
			'numberposts'      => 100,
			'orderby'          => 'title',
			'order'            => 'ASC',
			'suppress_filters' => true,
		)
	);
	$out   = array();
	foreach ( $posts as $post ) {
		$languages = json_decode( (string) get_post_meta( $post->ID, '_privacy_notice_languages', true ), true );
		$out[]     = array(
			'id'        => $post->post_name,
			'title'     => $post->post_title,
			'languages' => is_array( $languages ) ? $languages : array(),
			'versions'  => count( privacy_notice_versions( $post->post_name ) ),
			'saved'     => $post->post_modified_gmt,
		);
	}
	return $out;
}

/**
 * The stored document of a notice (current version), as JSON text.
 *
 * @param string $id The document's id.
 * @return string|null
 */
function privacy_notice_json( $id ) {
	$post = privacy_notice_post( $id );
	if ( ! $post ) {
		return null;
	}
	$json = get_post_meta( $post->ID, '_privacy_notice_json', true );
	return is_string( $json ) && '' !== $json ? $json : null;
}

/**
 * Saved versions of a notice, newest first.
 *
 * @param string $id The document's id.
 * @return array<int,array<string,mixed>>
 */
function privacy_notice_versions( $id ) {
	$post = privacy_notice_post( $id );
	if ( ! $post ) {
		return array();
	}
	$versions = get_posts(
		array(
			'post_type'        => 'privacy_notice_ver',
			'post_parent'      => $post->ID,
			'post_status'      => 'private',
			'numberposts'      => 500,
			'orderby'          => 'ID',
			'order'            => 'DESC',
			'suppress_filters' => true,
		)
	);
	$out      = array();
	foreach ( $versions as $version ) {
		$out[] = array(
			'number'  => (int) get_post_meta( $version->ID, '_privacy_notice_number', true ),
			'saved'   => mysql2date( 'c', $version->post_date_gmt . ' +0000', false ),
			'date'    => substr( get_date_from_gmt( $version->post_date_gmt, 'Y-m-d' ), 0, 10 ),
			'updated' => (string) get_post_meta( $version->ID, '_privacy_notice_updated', true ),
			'version' => (string) get_post_meta( $version->ID, '_privacy_notice_version', true ),
			'summary' => $version->post_excerpt,
			'bytes'   => strlen( (string) get_post_meta( $version->ID, '_privacy_notice_json', true ) ),
			'post'    => $version->ID,
		);
	}
	return $out;
}

/**
 * Stores a document as the new current version of its notice, after the
 * server-side check. Only for users who may manage options.
 *
 * @param string $json    The document.
 * @param string $summary What changed, in the admin's words (optional).
 * @return array{ok:bool,errors:array,id?:string,number?:int}
 */
function privacy_notice_save( $json, $summary = '' ) {
	if ( ! current_user_can( 'manage_options' ) ) {
		return array(
			'ok'     => false,
			'errors' => array(
				array(
					'path'    => '',
					'message' => 'you may not change privacy notices',
				),
			),
		);
	}
	$json  = (string) $json;
	$check = privacy_notice_validate_json( $json );
	if ( ! $check['ok'] ) {
		return $check;
	}
	$document  = $check['document'];
	$id        = $document->id;
	$languages = array_values( $document->languages );
	$title     = wp_strip_all_tags( privacy_notice_pick_text( $document->title, $languages[0] ) );
	$post      = privacy_notice_post( $id );
	if ( $post && get_post_meta( $post->ID, '_privacy_notice_json', true ) === $json ) {
		return array(
			'ok'        => true,
			'errors'    => array(),
			'id'        => $id,
			'number'    => count( privacy_notice_versions( $id ) ),
			'unchanged' => true,
		);
	}
	$fields = array(
		'post_type'   => 'privacy_notice',
		'post_status' => 'private',
		'post_name'   => $id,
		'post_title'  => $title,
	);
	if ( $post ) {
		$fields['ID'] = $post->ID;
		$notice_id    = wp_update_post( wp_slash( $fields ), true );
	} else {
		$notice_id = wp_insert_post( wp_slash( $fields ), true );
	}
	if ( is_wp_error( $notice_id ) ) {
		return array(
			'ok'     => false,
			'errors' => array(
				array(
					'path'    => '',
					'message' => $notice_id->get_error_message(),
				),
			),
		);
	}
	update_post_meta( $notice_id, '_privacy_notice_json', wp_slash( $json ) );
	update_post_meta( $notice_id, '_privacy_notice_languages', wp_slash( wp_json_encode( $languages ) ) );
	$number     = count( privacy_notice_versions( $id ) ) + 1;
	$version_id = wp_insert_post(
		wp_slash(
			array(
				'post_type'    => 'privacy_notice_ver',
				'post_status'  => 'private',
				'post_parent'  => $notice_id,
				'post_title'   => $id . ' #' . $number,
				'post_excerpt' => sanitize_text_field( $summary ),
			)
		),
		true
	);
	if ( ! is_wp_error( $version_id ) ) {
		update_post_meta( $version_id, '_privacy_notice_json', wp_slash( $json ) );
		update_post_meta( $version_id, '_privacy_notice_number', $number );
		update_post_meta( $version_id, '_privacy_notice_updated', isset( $document->updated ) && is_string( $document->updated ) ? $document->updated : '' );
		update_post_meta( $version_id, '_privacy_notice_version', isset( $document->version ) && is_string( $document->version ) ? substr( $document->version, 0, 40 ) : '' );
	}
	return array(
		'ok'     => true,
		'errors' => array(),
		'id'     => $id,
		'number' => $number,
	);
}

/**
 * The document as served: the stored JSON, with the versions the admin
 * described ("what changed") added to `changes`, so the element shows the
 * history. A document that keeps its own `changes` is served as written.
 *
 * @param string $id The document's id.
 * @return object|null
 */
function privacy_notice_served_document( $id ) {
	$json = privacy_notice_json( $id );
	if ( null === $json ) {
		return null;
	}
	$document = json_decode( $json, false, 128 );
	if ( ! is_object( $document ) ) {
		return null;
	}
	if ( ! isset( $document->changes ) ) {
		$changes = array();
		foreach ( privacy_notice_versions( $id ) as $version ) {
			if ( '' !== $version['summary'] ) {
				$change = (object) array(
					'date'    => $version['date'],
					'summary' => $version['summary'],
				);
				if ( '' !== $version['version'] ) {
					$change->version = $version['version'];
				}
				$changes[] = $change;
			}
		}
		if ( $changes ) {
			$document->changes = array_slice( $changes, 0, 500 );
		}
	}
	return $document;
}

/** The document's stable address. */
function privacy_notice_document_url( $id ) {
	return rest_url( 'privacy-notice/v1/notices/' . rawurlencode( $id ) );
}

add_action(
	'rest_api_init',
	function () {
		register_rest_route(
			'privacy-notice/v1',
			'/notices/(?P<id>[a-z0-9-]{1,80})',
			array(
				'methods'             => 'GET',
				'permission_callback' => '__return_true',
				'callback'            => function ( WP_REST_Request $request ) {
					$document = privacy_notice_served_document( $request['id'] );
					if ( ! $document ) {
						return new WP_REST_Response(
							array(
								'error'  => 'not-found',
								'reason' => 'no privacy notice with this id',
							),
							404
						);
					}
					$response = new WP_REST_Response( $document, 200 );
					$response->header( 'Cache-Control', 'public, max-age=300' );
					$response->header( 'X-Content-Type-Options', 'nosniff' );
					return $response;
				},
			)
		);
		register_rest_route(
			'privacy-notice/v1',
			'/notices/(?P<id>[a-z0-9-]{1,80})/versions',
			array(
				'methods'             => 'GET',
				'permission_callback' => function () {
					return current_user_can( 'edit_posts' );
				},
				'callback'            => function ( WP_REST_Request $request ) {
					$versions = array_map(
						function ( $version ) {
							unset( $version['post'] );
							return $version;
						},
						privacy_notice_versions( $request['id'] )
					);
					return new WP_REST_Response( array( 'versions' => $versions ), 200 );
				},
			)
		);
	}
);

/* Serve our documents as they are: no _links, no envelope, the JSON content type. */
add_filter(
	'rest_post_dispatch',
	function ( $response, $server, $request ) {
		if ( $response instanceof WP_REST_Response && 0 === strpos( (string) $request->get_route(), '/privacy-notice/v1/' ) ) {
			$response->header( 'Content-Type', 'application/json; charset=utf-8' );
		}
		return $response;
	},
	10,
	3
);
