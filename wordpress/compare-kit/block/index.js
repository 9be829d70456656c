/**
 * The "Comparison" block, in plain JavaScript that WordPress loads as is (no
 * build step). The author picks a comparison file from the Media Library (or
 * uploads one, or pastes its URL) or pastes the JSON, chooses the element and
 * the sections, and sees the real element render in the editor.
 *
 * The editor imports the plugin's copy of the library (assets/compare-kit.js)
 * for the preview, and for two functions that bundle exports: the parser
 * (problems listed with their paths) and the WordPress-safe serialiser.
 *
 * Saved markup, which authors keep (the plugin allows the elements in kses):
 *   <div class="wp-block-compare-kit-comparison"><compare-facts src="…"></compare-facts></div>
 *   <div class="wp-block-compare-kit-comparison"><compare-facts for="ID"></compare-facts><pre class="compare-kit-json" id="ID">{…}</pre></div>
 * The `<pre>` holds one line of JSON with [ ] < > & (and "Wordpress") escaped
 * inside strings, so shortcodes, kses, wptexturize and capital_P_dangit leave
 * it alone; the library hides it.
 *
 * @package compare-kit
 */
( function ( wp, config ) {
	'use strict';
	var h = wp.element.createElement;
	var useState = wp.element.useState;
	var useEffect = wp.element.useEffect;
	var useRef = wp.element.useRef;
	var blockEditor = wp.blockEditor;
	var c = wp.components;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;

	var ELEMENTS = [
		[ 'compare-page', __( 'The whole comparison', 'compare-kit' ) ],
		[ 'compare-header', __( 'Header: the items side by side', 'compare-kit' ) ],
		[ 'compare-verdict', __( 'Verdict', 'compare-kit' ) ],
		[ 'compare-facts', __( 'Key facts & figures', 'compare-kit' ) ],
		[ 'compare-highlights', __( 'Key differences', 'compare-kit' ) ],
		[ 'compare-table', __( 'Full comparison table', 'compare-kit' ) ],
		[ 'compare-chart', __( 'Chart', 'compare-kit' ) ],
		[ 'compare-proscons', __( 'Pros and cons', 'compare-kit' ) ],
		[ 'compare-faq', __( 'FAQ', 'compare-kit' ) ],
		[ 'compare-resources', __( 'Resources and where to buy', 'compare-kit' ) ],
		[ 'compare-related', __( 'Related comparisons', 'compare-kit' ) ],
		[ 'compare-track', __( '"Track this comparison" form', 'compare-kit' ) ],
	];
	var SECTIONS = [ 'header', 'verdict', 'facts', 'highlights', 'table', 'chart', 'proscons', 'faq', 'resources', 'related', 'track' ];

	/** A tag of ours, else the whole page: saved markup never holds another tag name. */
	function tagOf( element ) {
		for ( var i = 0; i < ELEMENTS.length; i++ ) if ( ELEMENTS[ i ][ 0 ] === element ) return element;
		return 'compare-page';
	}

	/** The element's presentation attributes, in a fixed order (the saved markup must not vary). */
	function presentation( a ) {
		var p = {};
		if ( tagOf( a.element ) === 'compare-page' && a.sections ) p.sections = a.sections;
		if ( a.theme ) p.theme = a.theme;
		if ( a.headingLevel >= 1 && a.headingLevel <= 6 ) p[ 'heading-level' ] = String( a.headingLevel );
		return p;
	}

	// ------------------------------------------------------------------ the library
	var kit = null;
	var kitPromise = null;
	function loadKit() {
		if ( ! kitPromise ) {
			kitPromise = import( config.bundleUrl ).then( function ( m ) {
				kit = m;
				return m;
			} );
		}
		return kitPromise;
	}
	function useKit() {
		var state = useState( kit ? { kit: kit } : null );
		useEffect( function () {
			if ( state[ 0 ] ) return;
			var live = true;
			loadKit().then(
				function ( m ) {
					if ( live ) state[ 1 ]( { kit: m } );
				},
				function ( e ) {
					if ( live ) state[ 1 ]( { error: e } );
				}
			);
			return function () {
				live = false;
			};
		}, [] );
		return state[ 0 ];
	}

	// ------------------------------------------------------------------ ids of the <pre> carriers
	/** Block ids by carrier id, to give a duplicated block its own carrier. */
	var carriers = {};
	function newId( comparisonId ) {
		var slug = String( comparisonId || 'comparison' ).toLowerCase().replace( /[^a-z0-9-]+/g, '-' ).slice( 0, 40 );
		return 'compare-kit-' + slug + '-' + Math.random().toString( 36 ).slice( 2, 8 );
	}

	// ------------------------------------------------------------------ preview
	function Preview( props ) {
		var ref = useRef();
		var a = props.attributes;
		var tag = tagOf( a.element );
		var p = presentation( a );
		useEffect(
			function () {
				var el = ref.current;
				if ( ! el ) return;
				[ 'sections', 'theme', 'heading-level' ].forEach( function ( name ) {
					if ( p[ name ] ) el.setAttribute( name, p[ name ] );
					else el.removeAttribute( name );
				} );
				if ( a.json ) {
					el.removeAttribute( 'src' );
					try {
						el.data = JSON.parse( a.json );
					} catch ( e ) {
						el.data = a.json; // the element reports the problem
					}
				} else {
					el.data = undefined;
					if ( a.src ) el.setAttribute( 'src', a.src );
				}
			},
			[ tag, a.json, a.src, p.sections, p.theme, p[ 'heading-level' ] ]
		);
		return h( tag, { ref: ref, 'structured-data': 'false' } );
	}

	// ------------------------------------------------------------------ edit
	function pretty( json ) {
		try {
			return JSON.stringify( JSON.parse( json ), null, 2 );
		} catch ( e ) {
			return json;
		}
	}

	// A path is as in the JSON (a key with an invisible character or a direction control): shown named, "<U+202E>", as the messages show them.
	function named( path ) {
		return path.replace( /[\p{Cf}\p{Cc}]/gu, function ( ch ) {
			return '<U+' + ch.codePointAt( 0 ).toString( 16 ).toUpperCase().padStart( 4, '0' ) + '>';
		} );
	}

	function Issues( props ) {
		if ( ! props.issues || ! props.issues.length ) return null;
		var shown = props.issues.slice( 0, 20 );
		return h(
			c.Notice,
			{ status: 'error', isDismissible: false, className: 'compare-kit-issues' },
			h( 'p', null, props.saved ? __( 'This JSON has problems. The block keeps the last valid comparison until they are fixed:', 'compare-kit' ) : __( 'This JSON has problems:', 'compare-kit' ) ),
			h(
				'ul',
				null,
				shown.map( function ( i, n ) {
					return h( 'li', { key: n }, h( 'code', null, named( i.path ) ), ': ' + i.message );
				} ),
				props.issues.length > shown.length ? h( 'li', null, sprintf( __( '…and %d more', 'compare-kit' ), props.issues.length - shown.length ) ) : null
			)
		);
	}

	function Edit( props ) {
		var a = props.attributes;
		var setAttributes = props.setAttributes;
		var loaded = useKit();
		var mode = useState( a.json ? 'json' : 'file' );
		var text = useState( a.json ? pretty( a.json ) : '' );
		var issues = useState( null );
		var uploadError = useState( '' );
		var blockProps = blockEditor.useBlockProps();

		// A duplicated block gets its own carrier id.
		useEffect(
			function () {
				if ( ! a.dataId ) return;
				if ( carriers[ a.dataId ] && carriers[ a.dataId ] !== props.clientId ) {
					setAttributes( { dataId: newId( '' ) } );
					return;
				}
				carriers[ a.dataId ] = props.clientId;
				return function () {
					if ( carriers[ a.dataId ] === props.clientId ) delete carriers[ a.dataId ];
				};
			},
			[ a.dataId, props.clientId ]
		);

		var latest = useRef( '' );
		function onText( value ) {
			text[ 1 ]( value );
			latest.current = value;
			if ( ! value.trim() ) {
				issues[ 1 ]( null );
				return;
			}
			// The library may still be on its way: check once it is here, if the text is still this one.
			loadKit().then( function ( k ) {
				if ( latest.current !== value ) return;
				var result = k.parseComparison( value );
				if ( ! result.ok ) {
					issues[ 1 ]( result.issues );
					return;
				}
				issues[ 1 ]( null );
				setAttributes( {
					json: k.toWordPressJson( JSON.parse( value ) ),
					dataId: a.dataId || newId( result.comparison.id ),
					src: '',
					mediaId: undefined,
				} );
			}, function () {} ); // useKit shows the failure
		}

		function onMedia( media ) {
			uploadError[ 1 ]( '' );
			if ( ! media || ! media.url ) return;
			setAttributes( { src: media.url, mediaId: media.id, json: '', dataId: '' } );
			text[ 1 ]( '' );
		}

		var hasData = !! ( a.json || a.src );
		var children = [];

		if ( loaded && loaded.error ) {
			children.push(
				h( c.Notice, { key: 'kit', status: 'error', isDismissible: false }, sprintf( __( 'The compare-kit library did not load (%s): is assets/compare-kit.js in the plugin?', 'compare-kit' ), String( loaded.error && loaded.error.message ) ) )
			);
		}
		if ( hasData ) children.push( h( Preview, { key: 'preview', attributes: a } ) );

		if ( props.isSelected || ! hasData ) {
			var data = [];
			data.push(
				h(
					c.ButtonGroup,
					{ key: 'mode', className: 'compare-kit-mode' },
					h( c.Button, { variant: mode[ 0 ] === 'file' ? 'primary' : 'secondary', onClick: function () { mode[ 1 ]( 'file' ); } }, __( 'Comparison file', 'compare-kit' ) ),
					h( c.Button, { variant: mode[ 0 ] === 'json' ? 'primary' : 'secondary', onClick: function () { mode[ 1 ]( 'json' ); } }, __( 'Paste JSON', 'compare-kit' ) )
				)
			);
			if ( mode[ 0 ] === 'file' ) {
				if ( a.src ) {
					data.push(
						h(
							'div',
							{ key: 'file', className: 'compare-kit-file' },
							h( 'code', null, a.src ),
							h(
								blockEditor.MediaUploadCheck,
								null,
								h( blockEditor.MediaUpload, {
									allowedTypes: [ 'application/json' ],
									value: a.mediaId,
									onSelect: onMedia,
									render: function ( o ) {
										return h( c.Button, { variant: 'secondary', onClick: o.open }, __( 'Replace', 'compare-kit' ) );
									},
								} )
							),
							h( c.Button, { variant: 'tertiary', isDestructive: true, onClick: function () { setAttributes( { src: '', mediaId: undefined } ); } }, __( 'Remove', 'compare-kit' ) )
						)
					);
				} else {
					data.push(
						h( blockEditor.MediaPlaceholder, {
							key: 'media',
							icon: 'media-code',
							labels: {
								title: __( 'Comparison file', 'compare-kit' ),
								instructions: __( 'Upload a comparison (.json), pick one from the Media Library, or give its URL.', 'compare-kit' ),
							},
							allowedTypes: [ 'application/json' ],
							accept: '.json,application/json',
							onSelect: onMedia,
							onSelectURL: function ( url ) {
								onMedia( { url: url } );
							},
							onError: function ( message ) {
								uploadError[ 1 ]( typeof message === 'string' ? message : ( message && message.message ) || String( message ) );
							},
						} )
					);
				}
				if ( uploadError[ 0 ] ) data.push( h( c.Notice, { key: 'upload-error', status: 'error', onRemove: function () { uploadError[ 1 ]( '' ); } }, uploadError[ 0 ] ) );
			} else {
				data.push(
					h( c.TextareaControl, {
						key: 'json',
						className: 'compare-kit-json-input',
						label: __( 'Comparison JSON', 'compare-kit' ),
						help: __( 'Paste the whole file. It is checked as you type and saved in a form WordPress leaves alone.', 'compare-kit' ),
						value: text[ 0 ],
						rows: 8,
						onChange: onText,
					} ),
					h( Issues, { key: 'issues', issues: issues[ 0 ], saved: !! a.json } )
				);
			}

			var tag = tagOf( a.element );
			var chosen = a.sections ? a.sections.split( /\s+/ ) : [];
			var display = [
				h( c.SelectControl, {
					key: 'element',
					className: 'compare-kit-element',
					label: __( 'Show', 'compare-kit' ),
					value: tag,
					options: ELEMENTS.map( function ( e ) {
						return { value: e[ 0 ], label: e[ 1 ] };
					} ),
					onChange: function ( v ) {
						setAttributes( { element: tagOf( v ) } );
					},
				} ),
			];
			if ( tag === 'compare-page' ) {
				display.push(
					h(
						'fieldset',
						{ key: 'sections', className: 'compare-kit-sections' },
						h( 'legend', null, __( 'Sections (none ticked: all)', 'compare-kit' ) ),
						SECTIONS.map( function ( s ) {
							return h( c.CheckboxControl, {
								key: s,
								label: s,
								checked: chosen.indexOf( s ) !== -1,
								onChange: function ( on ) {
									var next = SECTIONS.filter( function ( x ) {
										return x === s ? on : chosen.indexOf( x ) !== -1;
									} );
									setAttributes( { sections: next.join( ' ' ) } );
								},
							} );
						} )
					)
				);
			}
			display.push(
				h( c.SelectControl, {
					key: 'theme',
					className: 'compare-kit-theme',
					label: __( 'Colours', 'compare-kit' ),
					value: a.theme || '',
					options: [
						{ value: '', label: __( 'Light (default)', 'compare-kit' ) },
						{ value: 'dark', label: __( 'Dark', 'compare-kit' ) },
						{ value: 'auto', label: __( "The reader's system setting", 'compare-kit' ) },
					],
					onChange: function ( v ) {
						setAttributes( { theme: v } );
					},
				} )
			);

			children.push(
				h(
					c.Placeholder,
					{ key: 'controls', icon: 'columns', label: __( 'Comparison', 'compare-kit' ), className: 'compare-kit-controls', isColumnLayout: true },
					data,
					display
				)
			);
		}
		return h( 'div', blockProps, children );
	}

	// ------------------------------------------------------------------ save
	function save( props ) {
		var a = props.attributes;
		var tag = tagOf( a.element );
		var blockProps = blockEditor.useBlockProps.save();
		var p = presentation( a );
		if ( a.json && a.dataId ) {
			return h(
				'div',
				blockProps,
				h( tag, Object.assign( { for: a.dataId }, p ) ),
				h( 'pre', { className: 'compare-kit-json', id: a.dataId }, a.json )
			);
		}
		if ( a.src ) return h( 'div', blockProps, h( tag, Object.assign( { src: a.src }, p ) ) );
		return null;
	}

	wp.blocks.registerBlockType( 'compare-kit/comparison', { edit: Edit, save: save } );
} )( window.wp, window.compareKitEditor || {} );
