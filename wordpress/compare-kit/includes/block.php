<?php
/**
 * The "Comparison" block (block/block.json and block/index.js, plain
 * JavaScript that WordPress loads as is: no build step for the site owner).
 * Its saved markup is the element (with `src`, or with `for` and the
 * WordPress-safe JSON in `<pre class="compare-kit-json">`), which authors keep
 * thanks to includes/elements.php.
 *
 * @package compare-kit
 */

defined( 'ABSPATH' ) || exit;

/** Registers the block and tells its editor script where the bundle is (it imports it for the preview and the parser). */
function compare_kit_register_block() {
	$block = register_block_type( COMPARE_KIT_DIR . '/block' );
	if ( ! $block ) {
		return;
	}
	$handles = ! empty( $block->editor_script_handles ) ? $block->editor_script_handles : array( $block->editor_script );
	foreach ( array_filter( $handles ) as $handle ) {
		wp_add_inline_script(
			$handle,
			'window.compareKitEditor = ' . wp_json_encode(
				array( 'bundleUrl' => add_query_arg( 'ver', compare_kit_bundle_version(), compare_kit_bundle_url() ) )
			) . ';',
			'before'
		);
	}
}
add_action( 'init', 'compare_kit_register_block' );
