/**
 * How long answers may be kept, in one place. Pure: proxy.ts, next.config.ts
 * and the route handlers share it.
 *
 * Pages and API answers may be kept by any shared cache (a CDN, Varnish) for
 * four minutes, then served stale for one more while it revalidates: a
 * correction reaches every reader through any standard cache within five
 * minutes, without purging. Browsers keep an answer for a minute. A validator
 * (ETag) comes with every such answer, so revalidation usually costs a 304.
 */

/** Pages, feeds and API answers. */
export const SHARED = 'public, max-age=60, s-maxage=240, stale-while-revalidate=60';

/** Errors that depend on nothing but the request (a malformed query): a fix of the request shows at once. */
export const NO_STORE = 'no-store';

/** Files in public/ whose names carry no hash (the outline basemap, embed.js): kept as pages are. */
export const PUBLIC_FILE = SHARED;

/**
 * True when If-None-Match names `etag`. The header may list several tags, weak
 * (W/) ones included: RFC 9110 §13.1.2 compares them weakly for GET and HEAD.
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = strip(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === wanted);
}
