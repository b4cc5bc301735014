<?php
/**
 * WordPress's own Tools → Export Personal Data and Erase Personal Data include
 * the privacy requests a person sent (found by their email address). Erasing
 * keeps the record that a request arrived and when (the controller must be
 * able to show it answered), and removes the name, the address, the phone
 * number, the customer number and the message.
 *
 * @package PrivacyNotice
 */

defined( 'ABSPATH' ) || exit;

/**
 * The requests of one email address, a page at a time.
 *
 * @param string $email Email address.
 * @param int    $page  1-based page.
 * @return array{posts:WP_Post[],done:bool}
 */
function privacy_notice_requests_of( $email, $page ) {
	$per_page = 50;
	$posts    = get_posts(
		array(
			'post_type'        => 'privacy_request',
			'post_status'      => 'private',
			'numberposts'      => $per_page,
			'offset'           => ( max( 1, (int) $page ) - 1 ) * $per_page,
			'orderby'          => 'ID',
			'order'            => 'ASC',
			'meta_key'         => '_privacy_request_email', // phpcs:ignore WordPress.DB.SlowDBQuery
			'meta_value'       => strtolower( trim( (string) $email ) ), // phpcs:ignore WordPress.DB.SlowDBQuery
			'suppress_filters' => true,
		)
	);
	return array(
		'posts' => $posts,
		'done'  => count( $posts ) < $per_page,
	);
}

/**
 * Exporter: every request the address sent, with all it said.
 *
 * @param string $email Email address.
 * @param int    $page  Page.
 * @return array{data:array,done:bool}
 */
function privacy_notice_export_personal_data( $email, $page = 1 ) {
	$found = privacy_notice_requests_of( $email, $page );
	$items = array();
	foreach ( $found['posts'] as $post ) {
		$row  = privacy_notice_request_row( $post );
		$data = array(
			array(
				'name'  => __( 'Reference', 'privacy-notice' ),
				'value' => $row['reference'],
			),
			array(
				'name'  => __( 'Type', 'privacy-notice' ),
				'value' => privacy_notice_type_label( $row['type'] ),
			),
			array(
				'name'  => __( 'Received', 'privacy-notice' ),
				'value' => $row['received'],
			),
			array(
				'name'  => __( 'Due date', 'privacy-notice' ),
				'value' => $row['due'],
			),
			array(
				'name'  => __( 'Status', 'privacy-notice' ),
				'value' => $row['status'],
			),
		);
		foreach ( array( 'name', 'email', 'phone', 'customerNumber', 'requesterRole', 'language', 'pageUrl', 'message' ) as $key ) {
			if ( isset( $row['request'][ $key ] ) && '' !== $row['request'][ $key ] ) {
				$data[] = array(
					'name'  => $key,
					'value' => $row['request'][ $key ],
				);
			}
		}
		$items[] = array(
			'group_id'    => 'privacy-notice-requests',
			'group_label' => __( 'Privacy requests', 'privacy-notice' ),
			'item_id'     => 'privacy-request-' . $post->ID,
			'data'        => $data,
		);
	}
	return array(
		'data' => $items,
		'done' => $found['done'],
	);
}

/**
 * Eraser: removes the personal data from the address's requests, keeps that
 * they arrived, when, and of which type.
 *
 * @param string $email Email address.
 * @param int    $page  Page.
 * @return array{items_removed:bool,items_retained:bool,messages:array,done:bool}
 */
function privacy_notice_erase_personal_data( $email, $page = 1 ) {
	// Erased records no longer match the address, so always read the first page.
	$found   = privacy_notice_requests_of( $email, 1 );
	$removed = false;
	foreach ( $found['posts'] as $post ) {
		$body = json_decode( (string) get_post_meta( $post->ID, '_privacy_request_body', true ), true );
		$kept = array();
		foreach ( array( 'schemaVersion', 'noticeId', 'noticeUpdated', 'noticeVersion', 'type', 'language', 'createdAt' ) as $key ) {
			if ( is_array( $body ) && isset( $body[ $key ] ) ) {
				$kept[ $key ] = $body[ $key ];
			}
		}
		update_post_meta( $post->ID, '_privacy_request_body', wp_slash( wp_json_encode( $kept ) ) );
		update_post_meta( $post->ID, '_privacy_request_name', __( '(erased)', 'privacy-notice' ) );
		update_post_meta( $post->ID, '_privacy_request_email', 'erased-' . $post->ID . '@invalid' );
		update_post_meta( $post->ID, '_privacy_request_erased', current_time( 'c' ) );
		$removed = true;
	}
	return array(
		'items_removed'  => $removed,
		'items_retained' => $removed,
		'messages'       => $removed ? array( __( 'Privacy requests: the name, address, phone, customer number and message were erased; the reference, type and dates are kept as a record of the request.', 'privacy-notice' ) ) : array(),
		'done'           => true,
	);
}

add_filter(
	'wp_privacy_personal_data_exporters',
	function ( $exporters ) {
		$exporters['privacy-notice'] = array(
			'exporter_friendly_name' => __( 'Privacy requests (Privacy notice plugin)', 'privacy-notice' ),
			'callback'               => 'privacy_notice_export_personal_data',
		);
		return $exporters;
	}
);

add_filter(
	'wp_privacy_personal_data_erasers',
	function ( $erasers ) {
		$erasers['privacy-notice'] = array(
			'eraser_friendly_name' => __( 'Privacy requests (Privacy notice plugin)', 'privacy-notice' ),
			'callback'             => 'privacy_notice_erase_personal_data',
		);
		return $erasers;
	}
);

/* Suggested text for the site's own privacy policy (Settings → Privacy). */
add_action(
	'admin_init',
	function () {
		if ( function_exists( 'wp_add_privacy_policy_content' ) ) {
			wp_add_privacy_policy_content(
				__( 'Privacy notice', 'privacy-notice' ),
				wp_kses_post( '<p>' . __( 'When you send a request through the form in our privacy notice, we store what you wrote (your name, email address, optional phone number and customer number, and your message) in this website to answer you, and keep a record that the request arrived and when it was answered.', 'privacy-notice' ) . '</p>' )
			);
		}
	}
);
