<?php
/**
 * The compare-kit elements in post content: what authors may keep (kses),
 * the site's endpoints added at render time, and the JSON carrier kept out of
 * excerpts and feeds.
 *
 * @package compare-kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The tags of compare-kit, `compare-page` first (the whole comparison).
 *
 * @return string[]
 */
function compare_kit_elements() {
	return array(
		'compare-page',
		'compare-header',
		'compare-verdict',
		'compare-facts',
		'compare-highlights',
		'compare-table',
		'compare-chart',
		'compare-proscons',
		'compare-faq',
		'compare-resources',
		'compare-related',
		'compare-track',
	);
}

/**
 * The attributes anyone who writes posts may put on an element: where the
 * data comes from and how it looks. Nothing that runs script (no `on*`, no
 * `style`), and no endpoint: `vote-endpoint` and `endpoint` decide where
 * readers' votes and email addresses are sent, so they are a site setting
 * (Settings → Compare Kit), never an author's attribute.
 *
 * @return string[]
 */
function compare_kit_author_attributes() {
	return array( 'src', 'for', 'theme', 'lang', 'sections', 'heading-level', 'baseline', 'scale', 'structured-data', 'class', 'id' );
}

/**
 * `facts` or `compare-facts` → `compare-facts`; '' when it is no element of ours.
 *
 * @param string $name A tag or its short name.
 * @return string
 */
function compare_kit_element_tag( $name ) {
	$name = strtolower( trim( (string) $name ) );
	$tag  = 0 === strpos( $name, 'compare-' ) ? $name : 'compare-' . $name;
	return in_array( $tag, compare_kit_elements(), true ) ? $tag : '';
}

/**
 * Lets users without `unfiltered_html` (authors, contributors, everyone on a
 * multisite but super admins) keep the elements when they save. Without this,
 * kses removes them silently. `<pre class="compare-kit-json" id="…">`, the
 * carrier of inline JSON for them, is in WordPress's list already.
 *
 * @param array  $tags    Allowed tags and their attributes.
 * @param string $context The kses context.
 * @return array
 */
function compare_kit_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	$attributes = array_fill_keys( compare_kit_author_attributes(), true );
	foreach ( compare_kit_elements() as $tag ) {
		$tags[ $tag ] = $attributes;
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'compare_kit_kses_allowed_html', 10, 2 );

/**
 * The site's endpoints, from the settings page ('' when not set).
 *
 * @return array{vote: string, track: string}
 */
function compare_kit_endpoints() {
	return array(
		'vote'  => (string) get_option( 'compare_kit_vote_endpoint', '' ),
		'track' => (string) get_option( 'compare_kit_track_endpoint', '' ),
	);
}

/**
 * Adds the site's endpoints to the elements that send something (the
 * verdict's vote, the track form, and the page that contains both), at render
 * time, so authors never write them. An element that already has one (an
 * administrator wrote it in a Custom HTML block) keeps its own.
 *
 * @param string $html Rendered content.
 * @return string
 */
function compare_kit_add_endpoints( $html ) {
	if ( false === stripos( $html, '<compare-' ) ) {
		return $html;
	}
	$endpoints = compare_kit_endpoints();
	if ( '' === $endpoints['vote'] && '' === $endpoints['track'] ) {
		return $html;
	}
	return preg_replace_callback(
		'/<(compare-(?:page|verdict|track))\b([^>]*)>/i',
		function ( $m ) use ( $endpoints ) {
			$tag   = strtolower( $m[1] );
			$attrs = $m[2];
			$add   = '';
			if ( '' !== $endpoints['vote'] && 'compare-track' !== $tag && ! preg_match( '/\svote-endpoint\s*=/i', $attrs ) ) {
				$add .= ' vote-endpoint="' . esc_attr( $endpoints['vote'] ) . '"';
			}
			if ( '' !== $endpoints['track'] && 'compare-verdict' !== $tag && ! preg_match( '/\sendpoint\s*=/i', $attrs ) ) {
				$add .= ' endpoint="' . esc_attr( $endpoints['track'] ) . '"';
			}
			$self_closing = '/' === substr( rtrim( $attrs ), -1 );
			if ( $self_closing ) {
				$attrs = rtrim( rtrim( $attrs ), '/' );
			}
			return '<' . $m[1] . $attrs . $add . ( $self_closing ? ' /' : '' ) . '>';
		},
		$html
	);
}
add_filter( 'the_content', 'compare_kit_add_endpoints', 20 );
add_filter( 'widget_text_content', 'compare_kit_add_endpoints', 20 );
add_filter( 'widget_block_content', 'compare_kit_add_endpoints', 20 );

/**
 * Excerpts (archives, search results, REST `excerpt`) and feeds show page
 * text without running the library: the JSON of a `<pre class="compare-kit-json">`
 * would appear there as text. Drop the carrier in those two places.
 *
 * @param string $html Rendered content.
 * @return string
 */
function compare_kit_strip_carriers( $html ) {
	if ( false === strpos( $html, 'compare-kit-json' ) ) {
		return $html;
	}
	if ( ! doing_filter( 'get_the_excerpt' ) && ! is_feed() ) {
		return $html;
	}
	return preg_replace( '#<pre\b[^>]*\bclass\s*=\s*["\'][^"\']*\bcompare-kit-json\b[^>]*>.*?</pre>#is', '', $html );
}
add_filter( 'the_content', 'compare_kit_strip_carriers', 21 );
