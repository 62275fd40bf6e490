/**
 * Which URLs from the data may become links. The data check accepts only
 * http and https URLs (lib/shared/schema.ts httpUrl); this is the renderer's own
 * guard, so a `javascript:` or `data:` URL that got past it (a hand-edited
 * DATA_DIR, a future field) is shown as text and never becomes a link.
 * Pure: safe to import from client code.
 */

/**
 * The URL as written when the URL parser reads it as an absolute http or
 * https URL (as a browser would: leading spaces, tabs and case ignored);
 * otherwise undefined.
 *
 * @example
 * httpHref('https://example.org/a')  // 'https://example.org/a'
 * httpHref(' JavaScript:alert(1)')   // undefined
 */
export function httpHref(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
}

/** The host of an http(s) URL without "www.", or undefined. */
export function httpHost(url: string | undefined | null): string | undefined {
  return httpHref(url) ? new URL(url!).hostname.replace(/^www\./, '') : undefined;
}
