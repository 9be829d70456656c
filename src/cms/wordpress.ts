/**
 * A comparison as JSON text that WordPress passes through unchanged, for
 * every role and every editor (measured on WordPress 6.1, see
 * ../shared/docs/wordpress.md):
 *
 * - one line: a blank line inside classic content becomes `</p><p>`, and a
 *   multi-line script opened in the block editor gets `<br />` on every line;
 * - `[` and `]` inside strings as `\u005b` `\u005d`: shortcodes run inside
 *   `<script>` and `<pre>` (`[gallery]` vanishes), and `]]>` becomes `]]&gt;`;
 * - `<` `>` `&` inside strings as `\u003c` `\u003e` `\u0026`: kses (authors)
 *   reads `</script>` as a tag and entity-encodes `&` and `>`, and no
 *   `</script>` or `<!--` can end or bend the carrier;
 * - `Wordpress` inside strings as `\u0057ordpress`: `capital_P_dangit` turns
 *   ` Wordpress` into ` WordPress` everywhere, scripts included;
 * - U+2028 and U+2029 as `\u2028` `\u2029`, so no line break of any kind is left.
 *
 * The result is still plain JSON: `JSON.parse` gives back the same value.
 * Brackets outside strings (arrays) are left alone: a shortcode needs a name
 * right after `[`, and JSON has only `{`, `[`, `"`, digits or `t/f/n` there.
 */

/** Characters written as `\uXXXX` inside JSON strings. */
const UNSAFE_IN_STRING = /[[\]<>&\u2028\u2029]|Wordpress/g;

/** One JSON string literal of JSON.stringify's output (which is well formed). */
const STRING_LITERAL = /"(?:[^"\\]|\\.)*"/g;

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `value` (a comparison, or any JSON value) as one line of JSON that a
 * WordPress post keeps byte for byte inside `<script type="application/json">`
 * or `<pre class="compare-kit-json">`. Throws a TypeError for values JSON
 * cannot represent (undefined, a function, a BigInt, a cycle).
 */
export function toWordPressJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('toWordPressJson: the value has no JSON form');
  return json.replace(STRING_LITERAL, (literal) =>
    literal.replace(UNSAFE_IN_STRING, (m) => (m === 'Wordpress' ? `${hex('W')}ordpress` : hex(m))),
  );
}
