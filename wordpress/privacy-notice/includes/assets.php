<?php
/**
 * Where the built element lives inside the plugin, and printing it as an ES
 * module. The packaging script (scripts/wordpress-package.js) copies dist/
 * into assets/<version>-<hash>/ and writes build.php naming that folder: the
 * version is in the folder, never in a query string, because the lazy chunks
 * import the entry by its plain file name — `?ver=` would make the browser
 * download the entry twice.
 *
 * @package PrivacyNotice
 */

defined( 'ABSPATH' ) || exit;

/**
 * The built assets: folder (relative to the plugin) and files, or null when
 * the plugin runs from a source checkout that was never packaged.
 *
 * @return array{dir:string,validator:string}|null
 */
function privacy_notice_build() {
	static $build = false;
	if ( false === $build ) {
		$file  = PRIVACY_NOTICE_DIR . '/build.php';
		$build = is_readable( $file ) ? include $file : null;
	}
	return is_array( $build ) ? $build : null;
}

/**
 * URL of a built file, e.g. privacy-notice.fi.js.
 *
 * @param string $file File name inside the build folder.
 * @return string Empty when the plugin was not built.
 */
function privacy_notice_asset_url( $file ) {
	$build = privacy_notice_build();
	if ( ! $build ) {
		return '';
	}
	return plugins_url( $build['dir'] . '/' . $file, PRIVACY_NOTICE_FILE );
}

/**
 * The entry for a notice language: the Finnish and Swedish builds carry their
 * interface text, so such a page makes one download instead of two.
 *
 * @param string $language Language tag, or empty.
 * @return string
 */
function privacy_notice_entry_for( $language ) {
	$primary = strtolower( substr( (string) $language, 0, 2 ) );
	if ( 'fi' === $primary || 'sv' === $primary ) {
		return 'privacy-notice.' . $primary . '.js';
	}
	return 'privacy-notice.js';
}

/** The one entry this page will load (the first notice rendered chooses). */
$GLOBALS['privacy_notice_entry'] = '';

/**
 * Asks for the element's script on this page. The first call wins, so a page
 * with two notices still downloads one entry.
 *
 * @param string $language The notice's language, or empty.
 */
function privacy_notice_need_script( $language ) {
	if ( '' === $GLOBALS['privacy_notice_entry'] ) {
		$GLOBALS['privacy_notice_entry'] = privacy_notice_entry_for( $language );
	}
}

/**
 * Prints `<script type="module">` for a built file, with no query string.
 *
 * @param string $file File name inside the build folder.
 */
function privacy_notice_print_module( $file ) {
	$url = privacy_notice_asset_url( $file );
	if ( '' === $url ) {
		return;
	}
	wp_print_script_tag(
		array(
			'type' => 'module',
			'src'  => esc_url( $url ),
		)
	);
}

add_action(
	'wp_footer',
	function () {
		if ( '' !== $GLOBALS['privacy_notice_entry'] ) {
			privacy_notice_print_module( $GLOBALS['privacy_notice_entry'] );
		}
	}
);
