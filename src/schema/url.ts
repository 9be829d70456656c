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

/**
 * Whether a browser can open the URL: an http(s) URL whose host and port it reads. The allow-list's pattern lets
 * through some that it cannot ("https://example.com:99999/", "http://[", a bidi control in the host), which would
 * be dead links. Other URLs: true.
 */
export function opens(url: string): boolean {
  try {
    return !/^https?:/i.test(url) || !!new URL(url);
  } catch {
    return false;
  }
}

export function isAllowedLink(url: string): boolean {
  return LINK_URL.test(url) && opens(url);
}
