<?php
/**
 * Plugin Name:       Privacy notice
 * Description:       Shows your privacy notice (tietosuojaseloste) from a checked JSON document, with a data subject request form and a cookie panel: a block and a [privacy_notice] shortcode. Requests are stored in WordPress for administrators.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            privacy-notice contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       privacy-notice
 *
 * @package PrivacyNotice
 */

defined( 'ABSPATH' ) || exit;

define( 'PRIVACY_NOTICE_VERSION', '0.1.0' );
define( 'PRIVACY_NOTICE_FILE', __FILE__ );
define( 'PRIVACY_NOTICE_DIR', __DIR__ );

require_once __DIR__ . '/includes/i18n.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/notices.php';
require_once __DIR__ . '/includes/requests.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/privacy-tools.php';
require_once __DIR__ . '/includes/admin.php';
