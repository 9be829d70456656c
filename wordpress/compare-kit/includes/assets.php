<?php
/**
 * The library: `assets/compare-kit.js` (the built bundle, shipped inside the
 * plugin, no CDN), loaded once, as a module, in the footer of pages that
 * contain an element. WordPress 6.1 has no script-module API: the script is
 * enqueued as usual and `script_loader_tag` makes it `type="module"`.
 *
 * @package compare-kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * URL of the bundle, versioned by its content so a new build is never served from a stale cache.
 *
 * @return string
 */
function compare_kit_bundle_url() {
	return plugins_url( 'assets/compare-kit.js', COMPARE_KIT_FILE );
}

/**
 * Version string of the bundle for `?ver=`: the plugin version and the file's modification time.
 *
 * @return string
 */
function compare_kit_bundle_version() {
	$file = COMPARE_KIT_DIR . '/assets/compare-kit.js';
	return COMPARE_KIT_VERSION . ( is_readable( $file ) ? '.' . filemtime( $file ) : '' );
}

/**
 * Registers the bundle (printed only once something enqueues it) and the
 * carrier rule. The rule hides `<pre class="compare-kit-json">` before the
 * library runs (the library hides it too, but only once it has loaded).
 */
function compare_kit_register_assets() {
	// Block themes render the content (and so may call this) before `wp_enqueue_scripts`.
	if ( ! wp_script_is( 'compare-kit', 'registered' ) ) {
		wp_register_script( 'compare-kit', compare_kit_bundle_url(), array(), compare_kit_bundle_version(), true );
		wp_register_style( 'compare-kit-carrier', false, array(), COMPARE_KIT_VERSION );
		wp_add_inline_style( 'compare-kit-carrier', 'pre.compare-kit-json{display:none}' );
	}
	wp_enqueue_style( 'compare-kit-carrier' );
}
add_action( 'wp_enqueue_scripts', 'compare_kit_register_assets' );

/**
 * Enqueues the bundle when rendered content contains an element. Block themes
 * render the content before `wp_head`, classic themes between `wp_head` and
 * `wp_footer`: either way the footer is still to come. Enqueuing twice is a no-op.
 *
 * @param string $html Rendered content.
 * @return string The same content.
 */
function compare_kit_enqueue_when_used( $html ) {
	if ( is_string( $html ) && false !== stripos( $html, '<compare-' ) && ! is_admin() && ! is_feed() ) {
		compare_kit_register_assets();
		wp_enqueue_script( 'compare-kit' );
	}
	return $html;
}
add_filter( 'the_content', 'compare_kit_enqueue_when_used', 999 );
add_filter( 'widget_text_content', 'compare_kit_enqueue_when_used', 999 );
add_filter( 'widget_block_content', 'compare_kit_enqueue_when_used', 999 );

/**
 * `<script type="module" src="…" id="compare-kit-js"></script>`: a module runs
 * once per URL however often it is printed, waits for the document like
 * `defer`, and is what the bundle is (ES module syntax).
 *
 * @param string $tag    The script tag WordPress made.
 * @param string $handle Its handle.
 * @param string $src    Its URL.
 * @return string
 */
function compare_kit_module_tag( $tag, $handle, $src ) {
	if ( 'compare-kit' !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="compare-kit-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'compare_kit_module_tag', 10, 3 );
