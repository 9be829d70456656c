/**
 * The URL allow-list of the format: https:, http:, mailto: (links only), or a
 * relative URL starting with /, ./ or ../. Everything else (javascript:, data:,
 * vbscript:, protocol-relative //host, bare words) is refused. A `/` may not be
 * followed by `\` either: browsers read `/\host` as `//host`, another site.
 * No whitespace or control characters anywhere, so "java\tscript:" (or
 * "/\t/host", which a browser reads as "//host") cannot slip through.
 */
export const LINK_URL = /^(?:https?:\/\/[^\s\u0000-\u001f\u007f]+|mailto:[^\s\u0000-\u001f\u007f]+|\/(?![\/\\])[^\s\u0000-\u001f\u007f]*|\.\.?\/[^\s\u0000-\u001f\u007f]*)$/i;

/** Same as LINK_URL without mailto: (images). */
export const RESOURCE_URL = /^(?:https?:\/\/[^\s\u0000-\u001f\u007f]+|\/(?![\/\\])[^\s\u0000-\u001f\u007f]*|\.\.?\/[^\s\u0000-\u001f\u007f]*)$/i;

export const URL_RULE = 'use https:, http:, mailto: or a relative URL starting with /, ./ or ../';

export function isAllowedLink(url: string): boolean {
  return LINK_URL.test(url);
}
