<?php
/**
 * Deleting the plugin removes its data only if the administrator chose so
 * (Privacy notice → Settings → On uninstall). Otherwise the notices and the
 * requests stay in the database, for the record and for a reinstall.
 *
 * @package PrivacyNotice
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( ! get_option( 'privacy_notice_delete_on_uninstall' ) ) {
	return;
}

foreach ( array( 'privacy_request', 'privacy_notice_ver', 'privacy_notice' ) as $privacy_notice_type ) {
	do {
		$privacy_notice_ids = get_posts(
			array(
				'post_type'        => $privacy_notice_type,
				'post_status'      => 'any',
				'numberposts'      => 200,
				'fields'           => 'ids',
				'suppress_filters' => true,
			)
		);
		foreach ( $privacy_notice_ids as $privacy_notice_id ) {
			wp_delete_post( $privacy_notice_id, true );
		}
	} while ( $privacy_notice_ids );
}
foreach ( array( 'privacy_notice_notify_email', 'privacy_notice_mail_details', 'privacy_notice_form_actions', 'privacy_notice_delete_on_uninstall' ) as $privacy_notice_option ) {
	delete_option( $privacy_notice_option );
}
