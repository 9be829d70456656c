import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Author text (the comparison's names, values, claims…) keeps its own
 * direction on a page written the other way: English data on an Arabic page
 * reads "4 GB", "$15/month", "Rust (2015)." and not "GB 4", "month/$15",
 * ".(Rust (2015". `unicode-bidi: plaintext` lets the text's first strong
 * letter decide its direction (an inline element is isolated, like `<bdi>`).
 * A block's `start` alignment would then follow its text too, so blocks are
 * aligned with the layout instead (right in a right-to-left element).
 *
 * `inline` and `block` are selector lists of the element's own styles: constants, never data.
 * Put it last in an element's styles: the build leaves rules after a `${…}` unminified (lightningcss reads them as part of an at-rule).
 */
export function authorText(inline: string, block = ''): CSSResult {
  const all = [inline, block].filter(Boolean).join(', ');
  // (Written minified: the build minifies the styles' templates, not strings given to unsafeCSS.)
  return unsafeCSS(`:is(${all}){unicode-bidi:plaintext}${block ? `:is(${block}):dir(rtl){text-align:right}:is(${block}):dir(ltr){text-align:left}` : ''}`);
}
