<?php
/**
 * Removes the plugin's settings. Posts keep their markup; uploaded comparison files stay in the Media Library.
 *
 * @package compare-kit
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'compare_kit_vote_endpoint' );
delete_option( 'compare_kit_track_endpoint' );
