<?php
/**
 * Settings → Compare Kit: the endpoints the verdict's "Was this helpful?" vote
 * and the "Track this comparison" form send to. They are the site owner's
 * decision (readers' email addresses go there), so they are set here, by
 * administrators, and added to the elements when a page is shown.
 *
 * @package compare-kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * An endpoint as saved: an http(s) URL or a path on this site, else ''.
 *
 * @param mixed $value What the form sent.
 * @return string
 */
function compare_kit_sanitize_endpoint( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$url = esc_url_raw( $value, array( 'http', 'https' ) );
	if ( '' === $url || ( 0 !== strpos( $url, 'http://' ) && 0 !== strpos( $url, 'https://' ) && 0 !== strpos( $url, '/' ) ) ) {
		add_settings_error( 'compare_kit', 'compare_kit_endpoint', __( 'An endpoint must be an http or https address, or a path on this site starting with /.', 'compare-kit' ) );
		return '';
	}
	return $url;
}

/** Registers the two options and their fields. */
function compare_kit_register_settings() {
	foreach ( array( 'compare_kit_vote_endpoint', 'compare_kit_track_endpoint' ) as $option ) {
		register_setting(
			'compare_kit',
			$option,
			array(
				'type'              => 'string',
				'default'           => '',
				'sanitize_callback' => 'compare_kit_sanitize_endpoint',
				'show_in_rest'      => false,
			)
		);
	}
	add_settings_section(
		'compare_kit_endpoints',
		__( 'Where readers\' answers go', 'compare-kit' ),
		function () {
			echo '<p>' . esc_html__( 'The elements send nothing unless an endpoint is set here. Authors cannot set one in a post: an endpoint decides where readers\' votes and email addresses are sent.', 'compare-kit' ) . '</p>';
		},
		'compare-kit'
	);
	$fields = array(
		'compare_kit_vote_endpoint'  => array(
			__( 'Vote endpoint', 'compare-kit' ),
			__( '"Was this verdict helpful?" POSTs {"comparison": id, "helpful": true|false} here as JSON (vote-endpoint of <compare-verdict> and <compare-page>).', 'compare-kit' ),
		),
		'compare_kit_track_endpoint' => array(
			__( 'Track endpoint', 'compare-kit' ),
			__( '"Track this comparison" POSTs {"comparison", "email", "triggers"} here as JSON (endpoint of <compare-track> and <compare-page>). Readers\' email addresses: use a server you are responsible for.', 'compare-kit' ),
		),
	);
	foreach ( $fields as $option => $text ) {
		add_settings_field(
			$option,
			$text[0],
			function () use ( $option, $text ) {
				printf(
					'<input type="url" class="regular-text code" id="%1$s" name="%1$s" value="%2$s" placeholder="https://" /><p class="description">%3$s</p>',
					esc_attr( $option ),
					esc_attr( (string) get_option( $option, '' ) ),
					esc_html( $text[1] )
				);
			},
			'compare-kit',
			'compare_kit_endpoints',
			array( 'label_for' => $option )
		);
	}
}
add_action( 'admin_init', 'compare_kit_register_settings' );

/** Settings → Compare Kit. */
function compare_kit_settings_menu() {
	add_options_page( __( 'Compare Kit', 'compare-kit' ), __( 'Compare Kit', 'compare-kit' ), 'manage_options', 'compare-kit', 'compare_kit_settings_page' );
}
add_action( 'admin_menu', 'compare_kit_settings_menu' );

/** The page. */
function compare_kit_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'Compare Kit', 'compare-kit' ) . '</h1><form method="post" action="options.php">';
	settings_fields( 'compare_kit' );
	do_settings_sections( 'compare-kit' );
	submit_button();
	echo '</form></div>';
}

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function compare_kit_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=compare-kit' ) ) . '">' . esc_html__( 'Settings', 'compare-kit' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( COMPARE_KIT_FILE ), 'compare_kit_action_links' );
