/**
 * The cache headers of page answers, and their validator (proxy.ts).
 *
 * A page's HTML is a function of the build, the run-time configuration, the
 * dataset and its URL. The first three are fixed for the life of a process
 * (configuration and the files in data/ are read at start), so one token per
 * process names them all: a weak ETag, the same on every page of this
 * process, and a matching If-None-Match is answered 304 before any render.
 * A restart (a new build, new settings, new data) draws a new token. Each
 * replica has its own: a revalidation that reaches another replica costs a
 * full answer, never a wrong one.
 *
 * React Server Component requests (the `rsc` header of Next's client router)
 * carry another body at the same URL: they get the cache policy (Next sends
 * the Vary that keeps them apart) but no validator.
 */
import { SHARED, etagMatches } from './cache-policy';

const PROCESS_TOKEN = `W/"${crypto.randomUUID()}"`;

export function pageCacheHeaders(request: Request): Record<string, string> {
  if (request.headers.has('rsc')) return { 'Cache-Control': SHARED };
  return { 'Cache-Control': SHARED, ETag: PROCESS_TOKEN };
}

/** True when the request already holds this version (GET and HEAD only, RFC 9110 §13.1.2). */
export function notModified(request: Request, headers: Record<string, string>): boolean {
  if (!headers.ETag || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
  return etagMatches(request.headers.get('if-none-match'), headers.ETag);
}
