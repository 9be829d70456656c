<?php
/**
 * Plugin Name:       Compare Kit
 * Plugin URI:        https://github.com/compare-kit/compare-kit
 * Description:       Product and technology comparisons ("Python vs Rust") in posts, for every role: a Comparison block, a [compare] shortcode, comparison files in the Media Library, and the compare-kit elements kept when authors save.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            compare-kit
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       compare-kit
 *
 * @package compare-kit
 */

defined( 'ABSPATH' ) || exit;

define( 'COMPARE_KIT_VERSION', '0.1.0' );
define( 'COMPARE_KIT_FILE', __FILE__ );
define( 'COMPARE_KIT_DIR', __DIR__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/uploads.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/settings.php';
