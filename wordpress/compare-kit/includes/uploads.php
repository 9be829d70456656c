<?php
/**
 * `.json` uploads, for comparison files only. Stock WordPress refuses every
 * `.json` (for administrators too); this lets any user who may upload add a
 * file that is a JSON object with `"version": 1`, and refuses any other
 * `.json` with a message that says why. Full validation is the library's: the
 * element shows each problem with its path.
 *
 * @package compare-kit
 */

defined( 'ABSPATH' ) || exit;

/** Larger files are refused: a comparison is a few kilobytes. */
const COMPARE_KIT_MAX_JSON_BYTES = 2097152;

/**
 * Why a file is not a comparison file, or null when it is one.
 *
 * @param string $path Path of the uploaded file.
 * @return string|null
 */
function compare_kit_json_problem( $path ) {
	if ( ! is_readable( $path ) ) {
		return __( 'the file could not be read', 'compare-kit' );
	}
	$size = filesize( $path );
	if ( $size > COMPARE_KIT_MAX_JSON_BYTES ) {
		/* translators: %s: a size such as "2 MB". */
		return sprintf( __( 'it is larger than %s', 'compare-kit' ), size_format( COMPARE_KIT_MAX_JSON_BYTES ) );
	}
	$text = (string) file_get_contents( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local temporary file.
	$text = preg_replace( '/^\xEF\xBB\xBF/', '', $text ); // A byte-order mark: browsers skip it too.
	$data = json_decode( $text );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: PHP's description of the JSON error, e.g. "Syntax error". */
		return sprintf( __( 'it is not valid JSON (%s)', 'compare-kit' ), json_last_error_msg() );
	}
	if ( ! ( $data instanceof stdClass ) ) {
		$kind = is_array( $data ) ? __( 'an array', 'compare-kit' ) : gettype( $data );
		/* translators: %s: what the file holds instead, e.g. "an array". */
		return sprintf( __( 'it holds %s, and a comparison is a JSON object { … }', 'compare-kit' ), $kind );
	}
	if ( ! property_exists( $data, 'version' ) ) {
		return __( 'it has no "version" (a comparison has "version": 1)', 'compare-kit' );
	}
	if ( ! ( is_int( $data->version ) || is_float( $data->version ) ) || 1 != $data->version ) { // phpcs:ignore Universal.Operators.StrictComparisons -- 1 and 1.0 alike.
		/* translators: %s: the version found, as JSON. */
		return sprintf( __( 'its "version" is %s, and this plugin reads version 1', 'compare-kit' ), wp_json_encode( $data->version ) );
	}
	return null;
}

/**
 * Adds `.json` to the allowed types (checked further below, file by file).
 *
 * @param array $mimes Extension regex => MIME type.
 * @return array
 */
function compare_kit_upload_mimes( $mimes ) {
	$mimes['json'] = 'application/json';
	return $mimes;
}
add_filter( 'upload_mimes', 'compare_kit_upload_mimes' );

/**
 * Refuses a `.json` that is not a comparison, with the reason. WordPress
 * shows this message in the Media Library and returns it from the REST API.
 *
 * @param array $file The upload ($_FILES entry).
 * @return array
 */
function compare_kit_upload_prefilter( $file ) {
	if ( ! empty( $file['error'] ) || empty( $file['name'] ) || 'json' !== strtolower( pathinfo( $file['name'], PATHINFO_EXTENSION ) ) ) {
		return $file;
	}
	$problem = compare_kit_json_problem( $file['tmp_name'] );
	if ( null !== $problem ) {
		$file['error'] = sprintf(
			/* translators: 1: file name, 2: the reason. */
			__( '%1$s was not uploaded: %2$s. A .json file must be a compare-kit comparison (a JSON object with "version": 1).', 'compare-kit' ),
			$file['name'],
			$problem
		);
	}
	return $file;
}
add_filter( 'wp_handle_upload_prefilter', 'compare_kit_upload_prefilter' );
add_filter( 'wp_handle_sideload_prefilter', 'compare_kit_upload_prefilter' );

/**
 * WordPress sniffs the content of an upload, and finfo calls a JSON file
 * `application/json` or `text/plain` (with a byte-order mark, or for a small
 * one), which stock WordPress does not accept for `.json`. A file that is a
 * comparison is `application/json`; any other `.json` is no allowed type.
 *
 * @param array       $data      ext, type, proper_filename as WordPress found them.
 * @param string      $file      Path of the file.
 * @param string      $filename  Its name.
 * @param array|null  $mimes     Allowed types.
 * @param string|bool $real_mime What finfo said.
 * @return array
 */
function compare_kit_check_filetype( $data, $file, $filename, $mimes = null, $real_mime = false ) {
	if ( 'json' !== strtolower( pathinfo( (string) $filename, PATHINFO_EXTENSION ) ) ) {
		return $data;
	}
	if ( is_array( $mimes ) && ! in_array( 'application/json', $mimes, true ) ) {
		return $data; // The caller narrowed the types: not ours to widen.
	}
	if ( null !== compare_kit_json_problem( $file ) ) {
		return array( 'ext' => false, 'type' => false, 'proper_filename' => false );
	}
	return array( 'ext' => 'json', 'type' => 'application/json', 'proper_filename' => $data['proper_filename'] ?? false );
}
add_filter( 'wp_check_filetype_and_ext', 'compare_kit_check_filetype', 10, 5 );
