<?php
/**
 * `[compare src="…" element="facts" sections="…"]` for the classic editor:
 * prints the element. Its attributes go through the same list as the
 * elements authors may write (no endpoint, nothing that runs script) and are
 * escaped here, because shortcodes run when the page is shown, after kses.
 *
 * @package compare-kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders `[compare]`.
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function compare_kit_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'src'           => '',
			'for'           => '',
			'element'       => 'page',
			'sections'      => '',
			'theme'         => '',
			'lang'          => '',
			'heading-level' => '',
			'heading_level' => '',
			'baseline'      => '',
			'scale'         => '',
			'id'            => '',
			'class'         => '',
		),
		$atts,
		'compare'
	);
	$tag = compare_kit_element_tag( $atts['element'] );
	if ( '' === $tag ) {
		return compare_kit_shortcode_problem(
			/* translators: 1: the element given, 2: the list of elements. */
			sprintf( __( '[compare]: there is no element "%1$s"; use one of: %2$s.', 'compare-kit' ), $atts['element'], implode( ', ', array_map( 'compare_kit_short_name', compare_kit_elements() ) ) )
		);
	}
	$src = trim( $atts['src'] );
	if ( '' === $src && '' === trim( $atts['for'] ) ) {
		return compare_kit_shortcode_problem( __( '[compare]: say where the comparison is, with src="…" (the file\'s URL in the Media Library).', 'compare-kit' ) );
	}
	$level = '' !== $atts['heading-level'] ? $atts['heading-level'] : $atts['heading_level'];
	$html  = '<' . $tag;
	if ( '' !== $src ) {
		$url = esc_url( $src, array( 'http', 'https' ) );
		if ( '' === $url ) {
			return compare_kit_shortcode_problem( __( '[compare]: src must be an http or https address, or a path on this site.', 'compare-kit' ) );
		}
		$html .= ' src="' . $url . '"';
	}
	foreach ( array( 'for', 'sections', 'theme', 'lang', 'baseline', 'scale', 'id', 'class' ) as $name ) {
		$value = trim( $atts[ $name ] );
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	if ( '' !== $level && (int) $level >= 1 && (int) $level <= 6 ) {
		$html .= ' heading-level="' . (int) $level . '"';
	}
	return $html . '></' . $tag . '>';
}
add_shortcode( 'compare', 'compare_kit_shortcode' );

/**
 * `compare-facts` → `facts`.
 *
 * @param string $tag A tag.
 * @return string
 */
function compare_kit_short_name( $tag ) {
	return substr( $tag, strlen( 'compare-' ) );
}

/**
 * A mistake in a shortcode: shown to those who can edit the post, an HTML comment for readers.
 *
 * @param string $message What is wrong.
 * @return string
 */
function compare_kit_shortcode_problem( $message ) {
	if ( current_user_can( 'edit_post', get_the_ID() ) ) {
		return '<p class="compare-kit-problem"><strong>' . esc_html( $message ) . '</strong></p>';
	}
	return '<!-- ' . esc_html( str_replace( '--', '- -', $message ) ) . ' -->';
}
