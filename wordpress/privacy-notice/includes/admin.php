<?php
/**
 * The admin screens, for administrators only (manage_options):
 * "Privacy notice" — upload or paste a notice (checked in the browser by the
 * element's own validator before the form can be sent, and again here), the
 * stored notices with their versions, and the settings;
 * "Privacy requests" — every request with its due date, status, CSV export.
 *
 * @package PrivacyNotice
 */

defined( 'ABSPATH' ) || exit;

/**
 * Request types in the admin's language.
 *
 * @param string $type A request type.
 * @return string
 */
function privacy_notice_type_label( $type ) {
	$labels = array(
		'access'                     => __( 'Access to data', 'privacy-notice' ),
		'rectification'              => __( 'Rectification', 'privacy-notice' ),
		'erasure'                    => __( 'Erasure', 'privacy-notice' ),
		'restriction'                => __( 'Restriction of processing', 'privacy-notice' ),
		'objection'                  => __( 'Objection', 'privacy-notice' ),
		'objection-direct-marketing' => __( 'Objection to direct marketing', 'privacy-notice' ),
		'portability'                => __( 'Data portability', 'privacy-notice' ),
		'withdraw-consent'           => __( 'Withdrawal of consent', 'privacy-notice' ),
		'other'                      => __( 'Other question', 'privacy-notice' ),
	);
	return isset( $labels[ $type ] ) ? $labels[ $type ] : $type;
}

add_action(
	'admin_menu',
	function () {
		$open  = count(
			get_posts(
				array(
					'post_type'        => 'privacy_request',
					'post_status'      => 'private',
					'numberposts'      => 100,
					'fields'           => 'ids',
					'meta_key'         => '_privacy_request_status', // phpcs:ignore WordPress.DB.SlowDBQuery
					'meta_value'       => 'open', // phpcs:ignore WordPress.DB.SlowDBQuery
					'suppress_filters' => true,
				)
			)
		);
		$badge = $open ? ' <span class="awaiting-mod count-' . $open . '"><span class="pending-count">' . number_format_i18n( $open ) . '</span></span>' : '';
		add_menu_page( __( 'Privacy notice', 'privacy-notice' ), __( 'Privacy notice', 'privacy-notice' ) . $badge, 'manage_options', 'privacy-notice', 'privacy_notice_notices_page', 'dashicons-shield', 80 );
		add_submenu_page( 'privacy-notice', __( 'Privacy notices', 'privacy-notice' ), __( 'Notices', 'privacy-notice' ), 'manage_options', 'privacy-notice', 'privacy_notice_notices_page' );
		add_submenu_page( 'privacy-notice', __( 'Privacy requests', 'privacy-notice' ), __( 'Privacy requests', 'privacy-notice' ) . $badge, 'manage_options', 'privacy-notice-requests', 'privacy_notice_requests_page' );
	}
);

/** Stops anyone but an administrator with a valid nonce. */
function privacy_notice_admin_guard( $action ) {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to do that.', 'privacy-notice' ), 403 );
	}
	check_admin_referer( $action );
}

/** The notices page. */
function privacy_notice_notices_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$result = get_transient( 'privacy_notice_result_' . get_current_user_id() );
	delete_transient( 'privacy_notice_result_' . get_current_user_id() );
	$notices = privacy_notice_list();
	$build   = privacy_notice_build();
	?>
	<div class="wrap privacy-notice-admin">
		<h1><?php esc_html_e( 'Privacy notices', 'privacy-notice' ); ?></h1>
		<?php if ( ! $build ) : ?>
			<div class="notice notice-error"><p><?php esc_html_e( 'This copy of the plugin has no built files (assets/). Install the zip that npm run build makes.', 'privacy-notice' ); ?></p></div>
		<?php endif; ?>
		<?php if ( is_array( $result ) && ! empty( $result['ok'] ) ) : ?>
			<div class="notice notice-success" id="privacy-notice-saved"><p>
				<?php
				/* translators: 1: notice id, 2: version number */
				echo esc_html( sprintf( __( 'Saved "%1$s" as version %2$d.', 'privacy-notice' ), $result['id'], $result['number'] ) );
				?>
			</p></div>
		<?php elseif ( is_array( $result ) ) : ?>
			<div class="notice notice-error" id="privacy-notice-refused">
				<p><strong><?php esc_html_e( 'The document was not saved:', 'privacy-notice' ); ?></strong></p>
				<ul>
					<?php foreach ( $result['errors'] as $error ) : ?>
						<li><code><?php echo esc_html( '' === $error['path'] ? '(document)' : $error['path'] ); ?></code> <?php echo esc_html( $error['message'] ); ?></li>
					<?php endforeach; ?>
				</ul>
			</div>
		<?php endif; ?>

		<h2><?php esc_html_e( 'Add or update a notice', 'privacy-notice' ); ?></h2>
		<p><?php esc_html_e( 'Upload the notice document (JSON) or paste it below. It is checked as you go; it can be saved when it has no errors. A document with the id of a stored notice becomes its new version.', 'privacy-notice' ); ?></p>
		<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" enctype="multipart/form-data" id="privacy-notice-upload">
			<input type="hidden" name="action" value="privacy_notice_save" />
			<?php wp_nonce_field( 'privacy_notice_save' ); ?>
			<p>
				<label for="privacy-notice-file"><?php esc_html_e( 'Notice file (.json)', 'privacy-notice' ); ?></label><br />
				<input type="file" id="privacy-notice-file" name="notice_file" accept=".json,application/json" />
			</p>
			<p>
				<label for="privacy-notice-json"><?php esc_html_e( 'or paste the document', 'privacy-notice' ); ?></label><br />
				<textarea id="privacy-notice-json" name="notice_json" rows="12" class="large-text code" spellcheck="false"></textarea>
			</p>
			<p>
				<label for="privacy-notice-summary"><?php esc_html_e( 'What changed (optional; shown in the notice\'s change history)', 'privacy-notice' ); ?></label><br />
				<input type="text" id="privacy-notice-summary" name="notice_summary" class="large-text" maxlength="500" />
			</p>
			<div id="privacy-notice-report" aria-live="polite"></div>
			<p><button type="submit" class="button button-primary" id="privacy-notice-save"><?php esc_html_e( 'Save notice', 'privacy-notice' ); ?></button></p>
		</form>

		<h2><?php esc_html_e( 'Stored notices', 'privacy-notice' ); ?></h2>
		<?php if ( ! $notices ) : ?>
			<p><?php esc_html_e( 'None yet.', 'privacy-notice' ); ?></p>
		<?php else : ?>
			<table class="widefat striped" id="privacy-notice-list">
				<thead><tr>
					<th><?php esc_html_e( 'Notice', 'privacy-notice' ); ?></th>
					<th><?php esc_html_e( 'Languages', 'privacy-notice' ); ?></th>
					<th><?php esc_html_e( 'Versions', 'privacy-notice' ); ?></th>
					<th><?php esc_html_e( 'Shortcode', 'privacy-notice' ); ?></th>
				</tr></thead>
				<tbody>
				<?php foreach ( $notices as $notice ) : ?>
					<tr data-notice="<?php echo esc_attr( $notice['id'] ); ?>">
						<td><strong><?php echo esc_html( $notice['title'] ); ?></strong><br /><a href="<?php echo esc_url( privacy_notice_document_url( $notice['id'] ) ); ?>"><code><?php echo esc_html( $notice['id'] ); ?></code></a></td>
						<td><?php echo esc_html( implode( ', ', $notice['languages'] ) ); ?></td>
						<td>
							<details><summary><?php echo esc_html( (string) $notice['versions'] ); ?></summary>
								<ol reversed>
								<?php foreach ( privacy_notice_versions( $notice['id'] ) as $version ) : ?>
									<li><?php echo esc_html( get_date_from_gmt( gmdate( 'Y-m-d H:i:s', strtotime( $version['saved'] ) ), get_option( 'date_format' ) . ' ' . get_option( 'time_format' ) ) ); ?>
										<?php echo '' !== $version['updated'] ? esc_html( ' · updated ' . $version['updated'] ) : ''; ?>
										<?php echo '' !== $version['summary'] ? ' — ' . esc_html( $version['summary'] ) : ''; ?></li>
								<?php endforeach; ?>
								</ol>
							</details>
						</td>
						<td><code>[privacy_notice notice="<?php echo esc_html( $notice['id'] ); ?>"]</code></td>
					</tr>
				<?php endforeach; ?>
				</tbody>
			</table>
		<?php endif; ?>

		<h2><?php esc_html_e( 'Settings', 'privacy-notice' ); ?></h2>
		<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" id="privacy-notice-settings">
			<input type="hidden" name="action" value="privacy_notice_settings" />
			<?php wp_nonce_field( 'privacy_notice_settings' ); ?>
			<table class="form-table" role="presentation">
				<tr><th scope="row"><label for="privacy-notice-notify"><?php esc_html_e( 'Notify about requests', 'privacy-notice' ); ?></label></th>
					<td><input type="email" id="privacy-notice-notify" name="notify_email" class="regular-text" value="<?php echo esc_attr( (string) get_option( 'privacy_notice_notify_email', '' ) ); ?>" />
					<p class="description"><?php esc_html_e( 'Empty: the controller\'s email in the notice, else the site\'s admin email.', 'privacy-notice' ); ?></p></td></tr>
				<tr><th scope="row"><?php esc_html_e( 'Email content', 'privacy-notice' ); ?></th>
					<td><label><input type="checkbox" name="mail_details" value="1" <?php checked( (bool) get_option( 'privacy_notice_mail_details' ) ); ?> /> <?php esc_html_e( 'Include the person\'s name, address and message in the email (off: type, reference and due date only)', 'privacy-notice' ); ?></label></td></tr>
				<tr><th scope="row"><label for="privacy-notice-actions"><?php esc_html_e( 'Other form addresses', 'privacy-notice' ); ?></label></th>
					<td><textarea id="privacy-notice-actions" name="form_actions" rows="2" class="large-text code"><?php echo esc_textarea( (string) get_option( 'privacy_notice_form_actions', '' ) ); ?></textarea>
					<p class="description"><?php esc_html_e( 'https: addresses a block may send requests to instead of WordPress, one a line. Any other address in a block is ignored.', 'privacy-notice' ); ?></p></td></tr>
				<tr><th scope="row"><?php esc_html_e( 'On uninstall', 'privacy-notice' ); ?></th>
					<td><label><input type="checkbox" name="delete_on_uninstall" value="1" <?php checked( (bool) get_option( 'privacy_notice_delete_on_uninstall' ) ); ?> /> <?php esc_html_e( 'Delete the notices, the requests and their data when the plugin is deleted', 'privacy-notice' ); ?></label></td></tr>
			</table>
			<?php submit_button( __( 'Save settings', 'privacy-notice' ) ); ?>
		</form>
		<?php if ( $build ) : ?>
			<script type="application/json" id="privacy-notice-admin-data"><?php echo wp_json_encode( privacy_notice_admin_data(), JSON_HEX_TAG | JSON_HEX_AMP ); ?></script>
			<?php
			wp_print_script_tag(
				array(
					'type' => 'module',
					'src'  => esc_url( plugins_url( 'admin/notices.js', PRIVACY_NOTICE_FILE ) . '?ver=' . PRIVACY_NOTICE_VERSION ),
				)
			);
			?>
		<?php endif; ?>
	</div>
	<?php
}

/**
 * What the admin page's script needs: the validator's address and its text.
 *
 * @return array<string,mixed>
 */
function privacy_notice_admin_data() {
	$build = privacy_notice_build();
	return array(
		'validator' => privacy_notice_asset_url( $build['validator'] ),
		'language'  => privacy_notice_ui_language(),
		'stored'    => wp_list_pluck( privacy_notice_list(), 'id' ),
		'l10n'      => array(
			'checking'    => __( 'Checking…', 'privacy-notice' ),
			'valid'       => __( 'The document is valid and can be saved.', 'privacy-notice' ),
			'invalid'     => __( 'The document cannot be saved until these errors are fixed:', 'privacy-notice' ),
			'warnings'    => __( 'What the GDPR (Art. 13/14) still asks of it — it can be saved, but consider these:', 'privacy-notice' ),
			'noWarnings'  => __( 'No warnings.', 'privacy-notice' ),
			'newNotice'   => __( 'New notice: %s', 'privacy-notice' ),
			'newVersion'  => __( 'New version of the stored notice %s', 'privacy-notice' ),
			'empty'       => __( 'Upload or paste a document.', 'privacy-notice' ),
			'document'    => __( '(document)', 'privacy-notice' ),
			'readFailed'  => __( 'The file could not be read.', 'privacy-notice' ),
			'noValidator' => __( 'The checker could not be loaded; the server checks the document when you save.', 'privacy-notice' ),
		),
	);
}

add_action(
	'admin_post_privacy_notice_save',
	function () {
		privacy_notice_admin_guard( 'privacy_notice_save' );
		// phpcs:disable WordPress.Security.NonceVerification -- checked in privacy_notice_admin_guard.
		$json = isset( $_POST['notice_json'] ) ? wp_unslash( $_POST['notice_json'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- JSON, validated below; never printed.
		if ( '' === trim( (string) $json ) && isset( $_FILES['notice_file']['tmp_name'] ) && is_uploaded_file( $_FILES['notice_file']['tmp_name'] ) ) { // phpcs:ignore WordPress.Security.ValidatedSanitizedInput
			$size = (int) $_FILES['notice_file']['size'];
			$json = $size > PRIVACY_NOTICE_MAX_BYTES ? str_repeat( ' ', PRIVACY_NOTICE_MAX_BYTES + 1 ) : (string) file_get_contents( $_FILES['notice_file']['tmp_name'] ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput,WordPress.WP.AlternativeFunctions
		}
		$summary = isset( $_POST['notice_summary'] ) ? sanitize_text_field( wp_unslash( $_POST['notice_summary'] ) ) : '';
		// phpcs:enable
		$result = privacy_notice_save( (string) $json, $summary );
		set_transient( 'privacy_notice_result_' . get_current_user_id(), $result, 5 * MINUTE_IN_SECONDS );
		wp_safe_redirect( admin_url( 'admin.php?page=privacy-notice' ) );
		exit;
	}
);

add_action(
	'admin_post_privacy_notice_settings',
	function () {
		privacy_notice_admin_guard( 'privacy_notice_settings' );
		// phpcs:disable WordPress.Security.NonceVerification -- checked in privacy_notice_admin_guard.
		$email   = isset( $_POST['notify_email'] ) ? sanitize_email( wp_unslash( $_POST['notify_email'] ) ) : '';
		$actions = isset( $_POST['form_actions'] ) ? sanitize_textarea_field( wp_unslash( $_POST['form_actions'] ) ) : '';
		$kept    = array();
		foreach ( preg_split( '/\s+/', $actions, -1, PREG_SPLIT_NO_EMPTY ) as $url ) {
			if ( 0 === strpos( $url, 'https://' ) && esc_url_raw( $url, array( 'https' ) ) === $url ) {
				$kept[] = $url;
			}
		}
		update_option( 'privacy_notice_notify_email', is_email( $email ) ? $email : '' );
		update_option( 'privacy_notice_mail_details', empty( $_POST['mail_details'] ) ? 0 : 1 );
		update_option( 'privacy_notice_form_actions', implode( "\n", $kept ) );
		update_option( 'privacy_notice_delete_on_uninstall', empty( $_POST['delete_on_uninstall'] ) ? 0 : 1 );
		// phpcs:enable
		wp_safe_redirect( admin_url( 'admin.php?page=privacy-notice' ) );
		exit;
	}
);

/** The requests page. */
function privacy_notice_requests_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$rows  = privacy_notice_requests();
	$today = wp_date( 'Y-m-d' );
	?>
	<div class="wrap">
		<h1 class="wp-heading-inline"><?php esc_html_e( 'Privacy requests', 'privacy-notice' ); ?></h1>
		<a class="page-title-action" id="privacy-requests-export" href="<?php echo esc_url( wp_nonce_url( admin_url( 'admin-post.php?action=privacy_notice_export' ), 'privacy_notice_export' ) ); ?>"><?php esc_html_e( 'Export as CSV', 'privacy-notice' ); ?></a>
		<p><?php esc_html_e( 'Answer each request within one month of receiving it (GDPR Art. 12(3)); the due date is counted as Regulation 1182/71 counts periods.', 'privacy-notice' ); ?></p>
		<table class="widefat striped" id="privacy-requests">
			<thead><tr>
				<th scope="col"><?php esc_html_e( 'Reference', 'privacy-notice' ); ?></th>
				<th scope="col"><?php esc_html_e( 'Type', 'privacy-notice' ); ?></th>
				<th scope="col"><?php esc_html_e( 'Requester', 'privacy-notice' ); ?></th>
				<th scope="col"><?php esc_html_e( 'Received', 'privacy-notice' ); ?></th>
				<th scope="col"><?php esc_html_e( 'Due date', 'privacy-notice' ); ?></th>
				<th scope="col"><?php esc_html_e( 'Status', 'privacy-notice' ); ?></th>
			</tr></thead>
			<tbody>
			<?php if ( ! $rows ) : ?>
				<tr><td colspan="6"><?php esc_html_e( 'No requests yet.', 'privacy-notice' ); ?></td></tr>
			<?php endif; ?>
			<?php foreach ( $rows as $row ) : ?>
				<?php $overdue = 'open' === $row['status'] && $row['due'] < $today; ?>
				<tr data-reference="<?php echo esc_attr( $row['reference'] ); ?>" data-type="<?php echo esc_attr( $row['type'] ); ?>" data-due="<?php echo esc_attr( $row['due'] ); ?>" data-status="<?php echo esc_attr( $row['status'] ); ?>">
					<td><strong><?php echo esc_html( $row['reference'] ); ?></strong>
						<?php if ( ! empty( $row['request']['message'] ) ) : ?>
							<details><summary><?php esc_html_e( 'Message', 'privacy-notice' ); ?></summary><p><?php echo nl2br( esc_html( $row['request']['message'] ) ); ?></p></details>
						<?php endif; ?>
					</td>
					<td class="column-type"><?php echo esc_html( privacy_notice_type_label( $row['type'] ) ); ?></td>
					<td><?php echo esc_html( $row['name'] ); ?><br /><a href="mailto:<?php echo esc_attr( $row['email'] ); ?>"><?php echo esc_html( $row['email'] ); ?></a>
						<?php if ( isset( $row['request']['requesterRole'] ) && 'representative' === $row['request']['requesterRole'] ) : ?>
							<br /><em><?php esc_html_e( 'acting for the person', 'privacy-notice' ); ?></em>
						<?php endif; ?>
					</td>
					<td><?php echo esc_html( '' !== $row['received'] ? wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), strtotime( $row['received'] ) ) : '' ); ?></td>
					<td class="column-due"><time datetime="<?php echo esc_attr( $row['due'] ); ?>"><?php echo esc_html( wp_date( get_option( 'date_format' ), strtotime( $row['due'] . ' 12:00' ) ) ); ?></time>
						<?php echo $overdue ? '<br /><strong>' . esc_html__( 'Overdue', 'privacy-notice' ) . '</strong>' : ''; ?></td>
					<td class="column-status">
						<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
							<input type="hidden" name="action" value="privacy_notice_request_status" />
							<input type="hidden" name="request" value="<?php echo esc_attr( (string) $row['post'] ); ?>" />
							<?php wp_nonce_field( 'privacy_notice_request_status' ); ?>
							<?php echo esc_html( 'open' === $row['status'] ? __( 'Open', 'privacy-notice' ) : __( 'Answered', 'privacy-notice' ) ); ?>
							<input type="hidden" name="status" value="<?php echo 'open' === $row['status'] ? 'answered' : 'open'; ?>" />
							<button type="submit" class="button button-small"><?php echo esc_html( 'open' === $row['status'] ? __( 'Mark answered', 'privacy-notice' ) : __( 'Reopen', 'privacy-notice' ) ); ?></button>
						</form>
					</td>
				</tr>
			<?php endforeach; ?>
			</tbody>
		</table>
	</div>
	<?php
}

add_action(
	'admin_post_privacy_notice_request_status',
	function () {
		privacy_notice_admin_guard( 'privacy_notice_request_status' );
		// phpcs:disable WordPress.Security.NonceVerification -- checked in privacy_notice_admin_guard.
		$post   = get_post( isset( $_POST['request'] ) ? absint( $_POST['request'] ) : 0 );
		$status = isset( $_POST['status'] ) && 'answered' === $_POST['status'] ? 'answered' : 'open';
		// phpcs:enable
		if ( $post && 'privacy_request' === $post->post_type ) {
			update_post_meta( $post->ID, '_privacy_request_status', $status );
			if ( 'answered' === $status ) {
				update_post_meta( $post->ID, '_privacy_request_answered', current_time( 'c' ) );
			}
		}
		wp_safe_redirect( admin_url( 'admin.php?page=privacy-notice-requests' ) );
		exit;
	}
);

/**
 * A CSV cell that a spreadsheet will not run as a formula.
 *
 * @param mixed $value Cell value.
 * @return string
 */
function privacy_notice_csv_cell( $value ) {
	$value = (string) $value;
	return preg_match( '/^[=+\-@\t\r]/', $value ) ? "'" . $value : $value;
}

add_action(
	'admin_post_privacy_notice_export',
	function () {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to do that.', 'privacy-notice' ), 403 );
		}
		check_admin_referer( 'privacy_notice_export' );
		nocache_headers();
		header( 'Content-Type: text/csv; charset=utf-8' );
		header( 'Content-Disposition: attachment; filename="privacy-requests-' . wp_date( 'Y-m-d' ) . '.csv"' );
		$out = fopen( 'php://output', 'w' ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		fwrite( $out, "\xEF\xBB\xBF" ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- so spreadsheets read UTF-8.
		fputcsv( $out, array( 'reference', 'type', 'status', 'received', 'due', 'name', 'email', 'phone', 'customerNumber', 'requesterRole', 'language', 'notice', 'noticeUpdated', 'pageUrl', 'message' ) );
		foreach ( privacy_notice_requests() as $row ) {
			$request = $row['request'];
			$pick    = function ( $key ) use ( $request ) {
				return isset( $request[ $key ] ) ? $request[ $key ] : '';
			};
			fputcsv( $out, array_map( 'privacy_notice_csv_cell', array( $row['reference'], $row['type'], $row['status'], $row['received'], $row['due'], $row['name'], $row['email'], $pick( 'phone' ), $pick( 'customerNumber' ), $pick( 'requesterRole' ), $pick( 'language' ), $row['notice'], $pick( 'noticeUpdated' ), $pick( 'pageUrl' ), $pick( 'message' ) ) ) );
		}
		fclose( $out ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		exit;
	}
);
