/**
 * The cache headers of page answers, and their validator (proxy.ts).
 *
 * A page's HTML is a function of the build, the run-time configuration, the
 * dataset and its URL. The first two are fixed for the life of a process, so
 * one token per process names them, and the served dataset's version is
 * added to it (a database store switches versions without a restart): a weak
 * ETag, the same on every page of this process and version, and a matching
 * If-None-Match is answered 304 before any render. A restart (a new build,
 * new settings) draws a new token, a new dataset a new version. Each
 * replica has its own: a revalidation that reaches another replica costs a
 * full answer, never a wrong one.
 *
 * React Server Component requests (the `rsc` header of Next's client router)
 * carry another body at the same URL: they get the cache policy (Next sends
 * the Vary that keeps them apart) but no validator.
 */
import 'server-only';
import { SHARED, etagMatches } from '../shared/cache-policy';

const PROCESS_TOKEN = crypto.randomUUID();

/** `version`: the served dataset's (lib/incidents.ts datasetVersion), a URL-safe hash. */
export function pageCacheHeaders(request: Request, version: string): Record<string, string> {
  if (request.headers.has('rsc')) return { 'Cache-Control': SHARED };
  return { 'Cache-Control': SHARED, ETag: `W/"${PROCESS_TOKEN}.${version}"` };
}

/** True when the request already holds this version (GET and HEAD only, RFC 9110 §13.1.2). */
export function notModified(request: Request, headers: Record<string, string>): boolean {
  if (!headers.ETag || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
  return etagMatches(request.headers.get('if-none-match'), headers.ETag);
}
