<?php
/**
 * The "Privacy notice" block and the [privacy_notice] shortcode: both print
 * `<privacy-notice>` with the stored document's address and whitelisted
 * settings, every attribute escaped. The block is dynamic (saved as a comment
 * with attributes, rendered here), so no role needs script rights and the
 * content filter never sees a script. The content filter lets our element and
 * its documented attributes through for every role, nothing more.
 *
 * @package PrivacyNotice
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element's markup for a set of settings, or an HTML comment when the
 * notice does not exist.
 *
 * @param array<string,mixed> $settings notice, lang, headingLevel, open, showForm, formAction, showCookies, theme.
 * @return string
 */
function privacy_notice_markup( $settings ) {
	$id   = isset( $settings['notice'] ) ? (string) $settings['notice'] : '';
	$json = privacy_notice_json( $id );
	if ( null === $json ) {
		return current_user_can( 'edit_posts' )
			? '<p class="privacy-notice-missing">' . esc_html__( 'Choose a privacy notice for this block.', 'privacy-notice' ) . '</p>'
			: '';
	}
	$document  = json_decode( $json, false, 128 );
	$languages = is_object( $document ) && isset( $document->languages ) && is_array( $document->languages ) ? $document->languages : array();
	$attrs     = array( 'src' => privacy_notice_document_url( $id ) );

	// lang: one of the document's languages, else none (the page's lang decides).
	$lang = isset( $settings['lang'] ) ? (string) $settings['lang'] : '';
	foreach ( $languages as $tag ) {
		if ( is_string( $tag ) && strtolower( $tag ) === strtolower( $lang ) ) {
			$attrs['lang'] = $tag;
		}
	}
	$level = isset( $settings['headingLevel'] ) ? (int) $settings['headingLevel'] : 2;
	if ( $level >= 1 && $level <= 6 && 2 !== $level ) {
		$attrs['heading-level'] = (string) $level;
	}
	$open = isset( $settings['open'] ) ? strtolower( trim( (string) $settings['open'] ) ) : '';
	if ( 'all' === $open ) {
		$attrs['open'] = 'all';
	} elseif ( '' !== $open ) {
		$ids = array_filter(
			preg_split( '/[\s,]+/', $open ),
			function ( $section ) {
				return (bool) preg_match( PRIVACY_NOTICE_SLUG, $section );
			}
		);
		if ( $ids ) {
			$attrs['open'] = implode( ' ', array_slice( $ids, 0, 50 ) );
		}
	}
	$theme = isset( $settings['theme'] ) ? (string) $settings['theme'] : 'auto';
	if ( in_array( $theme, array( 'light', 'dark' ), true ) ) {
		$attrs['theme'] = $theme;
	}
	if ( isset( $settings['showForm'] ) && ! $settings['showForm'] ) {
		$attrs['no-form'] = '';
	} else {
		$attrs['form-action'] = privacy_notice_form_action( $id, isset( $settings['formAction'] ) ? (string) $settings['formAction'] : '' );
	}
	if ( isset( $settings['showCookies'] ) && ! $settings['showCookies'] ) {
		$attrs['no-cookies'] = '';
	}

	privacy_notice_need_script( isset( $attrs['lang'] ) ? $attrs['lang'] : ( $languages ? (string) $languages[0] : '' ) );

	$html = '<privacy-notice';
	foreach ( $attrs as $name => $value ) {
		$html .= '' === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	// For browsers and crawlers that do not run the script: the title, as text.
	$title = isset( $document->title ) ? privacy_notice_pick_text( $document->title, isset( $attrs['lang'] ) ? $attrs['lang'] : '' ) : '';
	$html .= '><p>' . esc_html( wp_strip_all_tags( $title ) ) . '</p></privacy-notice>';
	return $html;
}

/**
 * Where the form posts: this site's endpoint, or an address the administrator
 * allowed in the plugin's settings. Whoever edits a post cannot send people's
 * requests anywhere else.
 *
 * @param string $notice_id Notice id.
 * @param string $wanted    The block's or shortcode's form-action, if any.
 * @return string
 */
function privacy_notice_form_action( $notice_id, $wanted ) {
	$wanted = trim( $wanted );
	if ( '' !== $wanted ) {
		$allowed = preg_split( '/\s+/', (string) get_option( 'privacy_notice_form_actions', '' ), -1, PREG_SPLIT_NO_EMPTY );
		if ( in_array( $wanted, $allowed, true ) && 0 === strpos( $wanted, 'https://' ) ) {
			return $wanted;
		}
	}
	return privacy_notice_requests_url( $notice_id );
}

add_action(
	'init',
	function () {
		wp_register_script(
			'privacy-notice-editor',
			plugins_url( 'block/editor.js', PRIVACY_NOTICE_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-data' ),
			PRIVACY_NOTICE_VERSION,
			true
		);
		register_block_type(
			PRIVACY_NOTICE_DIR . '/block',
			array(
				'render_callback' => function ( $attributes ) {
					return privacy_notice_markup( $attributes );
				},
			)
		);
		add_shortcode( 'privacy_notice', 'privacy_notice_shortcode' );
	}
);

/**
 * [privacy_notice notice="customer-register" lang="fi" heading-level="3" open="all"
 *  form="no" form-action="https://…" cookies="no" theme="dark"]
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function privacy_notice_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	$get  = function ( $names, $fallback ) use ( $atts ) {
		foreach ( (array) $names as $name ) {
			if ( isset( $atts[ $name ] ) ) {
				return (string) $atts[ $name ];
			}
		}
		return $fallback;
	};
	$yes  = function ( $value ) {
		return ! in_array( strtolower( trim( $value ) ), array( 'no', 'off', 'false', '0' ), true );
	};
	$id   = $get( array( 'notice', 'id' ), '' );
	if ( '' === $id ) {
		$all = privacy_notice_list();
		$id  = 1 === count( $all ) ? $all[0]['id'] : '';
	}
	return privacy_notice_markup(
		array(
			'notice'       => $id,
			'lang'         => $get( 'lang', '' ),
			'headingLevel' => (int) $get( array( 'heading-level', 'heading_level' ), '2' ),
			'open'         => $get( 'open', '' ),
			'showForm'     => $yes( $get( 'form', 'yes' ) ) && ! in_array( 'no-form', $atts, true ),
			'formAction'   => $get( array( 'form-action', 'form_action' ), '' ),
			'showCookies'  => $yes( $get( 'cookies', 'yes' ) ) && ! in_array( 'no-cookies', $atts, true ),
			'theme'        => $get( 'theme', 'auto' ),
		)
	);
}

/* The element typed by hand (a Custom HTML block): let it and its documented attributes through the content filter, and load the script. */
add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		$tags['privacy-notice'] = array(
			'src'                  => true,
			'lang'                 => true,
			'open'                 => true,
			'heading-level'        => array( 'values' => array( '1', '2', '3', '4', '5', '6' ) ),
			'theme'                => array( 'values' => array( 'auto', 'light', 'dark' ) ),
			'no-language-switcher' => true,
			'credentials'          => array( 'values' => array( 'omit', 'same-origin', 'include' ) ),
			'timeout'              => true,
			'no-form'              => true,
			'form-action'          => true,
			'form-encoding'        => array( 'values' => array( 'json', 'urlencoded' ) ),
			'no-cookies'           => true,
			'consent-storage'      => array( 'values' => array( 'cookie', 'local-storage' ) ),
			'audit'                => true,
		);
		return $tags;
	},
	10,
	2
);

/* form-action is a URL too: only https: or this site, as the element itself insists. */
add_filter(
	'wp_kses_uri_attributes',
	function ( $attributes ) {
		$attributes[] = 'form-action';
		return $attributes;
	}
);

add_filter(
	'the_content',
	function ( $content ) {
		if ( false !== strpos( $content, '<privacy-notice' ) && preg_match( '/<privacy-notice\b[^>]*\blang="([a-zA-Z-]{2,35})"/', $content, $match ) ) {
			privacy_notice_need_script( $match[1] );
		} elseif ( false !== strpos( $content, '<privacy-notice' ) ) {
			privacy_notice_need_script( get_bloginfo( 'language' ) );
		}
		return $content;
	},
	100
);

/* The block editor: the element's script for the live preview, and the notices to choose from. */
add_action(
	'enqueue_block_editor_assets',
	function () {
		$notices = array();
		foreach ( privacy_notice_list() as $notice ) {
			$notices[] = array(
				'id'        => $notice['id'],
				'title'     => $notice['title'],
				'languages' => $notice['languages'],
				'versions'  => $notice['versions'],
			);
		}
		wp_add_inline_script(
			'privacy-notice-editor',
			'window.privacyNoticeEditor = ' . wp_json_encode(
				array(
					'notices'   => $notices,
					'canUpload' => current_user_can( 'manage_options' ),
					'uploadUrl' => admin_url( 'admin.php?page=privacy-notice' ),
					'l10n'      => privacy_notice_editor_strings(),
				)
			) . ';',
			'before'
		);
		add_action(
			'admin_print_footer_scripts',
			function () {
				privacy_notice_print_module( 'privacy-notice.js' );
			}
		);
	}
);

/**
 * The block editor's interface text in the user's language.
 *
 * @return array<string,string>
 */
function privacy_notice_editor_strings() {
	return array(
		'notice'         => __( 'Notice', 'privacy-notice' ),
		'chooseNotice'   => __( 'Choose a privacy notice for this block.', 'privacy-notice' ),
		'noNotices'      => __( 'No privacy notice has been uploaded yet. An administrator uploads one under Privacy notice in the admin menu.', 'privacy-notice' ),
		'upload'         => __( 'Upload a notice', 'privacy-notice' ),
		'language'       => __( 'Language', 'privacy-notice' ),
		'pageLanguage'   => __( 'The page\'s language', 'privacy-notice' ),
		'headingLevel'   => __( 'Heading level', 'privacy-notice' ),
		'open'           => __( 'Sections open at first', 'privacy-notice' ),
		'openHelp'       => __( '"all", or section ids separated by spaces', 'privacy-notice' ),
		'showForm'       => __( 'Request form', 'privacy-notice' ),
		'showCookies'    => __( 'Cookie panel', 'privacy-notice' ),
		'theme'          => __( 'Colours', 'privacy-notice' ),
		'themeAuto'      => __( 'Like the page', 'privacy-notice' ),
		'themeLight'     => __( 'Light', 'privacy-notice' ),
		'themeDark'      => __( 'Dark', 'privacy-notice' ),
		'settings'       => __( 'Settings', 'privacy-notice' ),
		'versions'       => __( 'Saved versions: %d', 'privacy-notice' ),
		'formActionHelp' => __( 'Requests are stored in WordPress (Privacy requests).', 'privacy-notice' ),
	);
}
