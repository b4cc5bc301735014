<?php
/**
 * Interface text in Finnish, Swedish and English without a build step: the
 * code uses __( '…', 'privacy-notice' ) as usual, and when no .mo file from
 * translate.wordpress.org is loaded for the admin's language, the strings in
 * languages/privacy-notice-{fi,sv}.php answer instead.
 *
 * @package PrivacyNotice
 */

defined( 'ABSPATH' ) || exit;

/**
 * The plugin's own translations for a locale, or an empty array.
 *
 * @param string $locale A WordPress locale such as fi or sv_SE.
 * @return array<string,string>
 */
function privacy_notice_translations( $locale ) {
	static $loaded = array();
	$language = strtolower( substr( (string) $locale, 0, 2 ) );
	if ( ! in_array( $language, array( 'fi', 'sv' ), true ) ) {
		return array();
	}
	if ( ! isset( $loaded[ $language ] ) ) {
		$loaded[ $language ] = include PRIVACY_NOTICE_DIR . '/languages/privacy-notice-' . $language . '.php';
	}
	return $loaded[ $language ];
}

/**
 * The admin's (or visitor's) two-letter interface language: fi, sv or en.
 *
 * @return string
 */
function privacy_notice_ui_language() {
	$language = strtolower( substr( determine_locale(), 0, 2 ) );
	return in_array( $language, array( 'fi', 'sv' ), true ) ? $language : 'en';
}

add_filter(
	'gettext_privacy-notice',
	function ( $translation, $text ) {
		if ( $translation !== $text ) {
			return $translation; // A real .mo file answered.
		}
		$strings = privacy_notice_translations( determine_locale() );
		return isset( $strings[ $text ] ) ? $strings[ $text ] : $translation;
	},
	10,
	2
);
