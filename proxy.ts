/**
 * The edge of every request, run by Next itself (`next start`, `next dev`,
 * the standalone server, a platform that runs Next).
 *
 * Languages: English pages keep their published addresses (`/`,
 * `/incidents/{id}`, …) and are served from `app/[lang]` by next.config.ts's
 * rewrite to `/en/…`; Spanish pages live at `/es/…` and need none. The root
 * never redirects by Accept-Language: links stay stable. `?lang=es` (how the
 * map spoke Spanish before `/es` existed) answers 308 to the `/es` address.
 *
 * Addresses no page answers get status 404 here, and the edition's 404 page
 * from app/[lang]/[...rest] (or, for an unknown incident, from its page).
 *
 * Permanent ids: a renamed or merged id answers 308 to where it went (the
 * end of its redirect chain), and a retracted id answers 410: the page says
 * when and why, the API says so in JSON. An incident page for an id that
 * never existed gets the site's 404 page in its language, rendered on the
 * server: a page that calls notFound() renders the 404 only in the client
 * payload (a blank page without JavaScript; vercel/next.js#95613).
 *
 * Headers: every page answer gets its security headers (the CSP names the
 * run-time tile host), its cache policy and a validator (lib/serve/page-cache.ts),
 * and a matching If-None-Match is answered 304 here, before any render. An
 * API query string longer than any query the API understands gets a JSON 414,
 * and a path that is not valid percent-encoding a 400 (lib/serve/bad-path.ts).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { idStatus, servedDatasetVersion } from '@/lib/ids';
import { localePath, DEFAULT_LOCALE } from '@/lib/shared/i18n/paths';
import { classifyPath, type PathKind } from '@/lib/shared/routes';
import { pageSecurityHeaders } from '@/lib/shared/security-headers';
import { mapConfig } from '@/lib/config';
import { NO_STORE } from '@/lib/shared/cache-policy';
import { notModified, pageCacheHeaders } from '@/lib/serve/page-cache';
import { MAX_API_QUERY } from '@/lib/index/limits';
import { badPathAnswer, isDecodable } from '@/lib/serve/bad-path';

export const config = {
  matcher: [
    '/api/:path*',
    // Pages: everything but Next's own files and files (a dot in the last segment, which no page
    // address has; ids cannot hold one). The feeds are pages here.
    '/((?!api(?:/|$)|_next/|.*\\.\\w+$).*)',
    '/feed.xml',
    '/es/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
  ],
};

/** `pathname` on this server, for redirects. */
function here(request: NextRequest, pathname: string): URL {
  const to = request.nextUrl.clone();
  to.pathname = pathname;
  return to;
}

/** The page, with the status the page itself cannot set (404, 410). */
function toPage(status?: number): NextResponse {
  return NextResponse.next(status ? { status } : undefined);
}

function apiError(status: number, body: Record<string, unknown>): NextResponse {
  return NextResponse.json(body, {
    status,
    headers: { 'access-control-allow-origin': '*', 'cache-control': NO_STORE },
  });
}

async function api(request: NextRequest, incident: string | undefined): Promise<NextResponse> {
  const { search } = request.nextUrl;
  if (new TextEncoder().encode(search).length - 1 > MAX_API_QUERY) {
    return apiError(414, {
      error: `the query string is longer than ${MAX_API_QUERY} bytes: no API query needs that many`,
      parameter: 'query',
      limit: MAX_API_QUERY,
    });
  }
  const id = incident === undefined ? undefined : decoded(incident);
  if (id === undefined) return NextResponse.next();
  const change = await idStatus(id);
  if (change.status === 'live' || change.status === 'unknown') return NextResponse.next(); // the route answers the incident, or its own 404
  if (change.status === 'moved')
    return NextResponse.redirect(here(request, `/api/incidents/${encodeURIComponent(change.to)}`), 308);
  const { date, reason } = change.retraction;
  return NextResponse.json(
    { error: `incident "${id}" was retracted on ${date}`, id, retracted: date, reason },
    { status: 410, headers: { 'access-control-allow-origin': '*' } },
  );
}

/** Where a page address goes: the page, a redirect, or a 404. */
async function route(
  request: NextRequest,
  { locale, path, page, incident }: Extract<PathKind, { kind: 'page' }>,
): Promise<NextResponse> {
  if (locale === DEFAULT_LOCALE && request.nextUrl.searchParams.get('lang') === 'es') {
    const to = here(request, localePath('es', path));
    to.searchParams.delete('lang');
    return NextResponse.redirect(to, 308);
  }

  // English pages have no /en prefix of their own: /en/about is /about.
  if (locale === DEFAULT_LOCALE && /^\/en(?:\/|$)/.test(path))
    return NextResponse.redirect(here(request, path.slice(3) || '/'), 308);
  // app/[lang]/[...rest] draws the edition's 404 page.
  if (!page) return toPage(404);
  const id = incident && decoded(incident.segment);
  if (!incident || id === undefined) return toPage();
  const status = await idStatus(id);
  if (status.status === 'moved')
    return NextResponse.redirect(
      here(request, localePath(locale, incident.prefix + encodeURIComponent(status.to))),
      308,
    );
  if (status.status === 'retracted') return toPage(410); // the page renders the notice
  // An unknown id: the page renders the 404 page (or, in an embed, a framable notice).
  return toPage(status.status === 'unknown' ? 404 : undefined);
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const where = classifyPath(pathname);
  // The maintainers' editor (app/editor) is not an edition and never kept by a cache: it answers 404
  // itself outside `npm run editor`.
  if (where.kind === 'editor') {
    const response = withSecurityHeaders(pathname, NextResponse.next());
    response.headers.set('Cache-Control', NO_STORE);
    return response;
  }
  const isApi = where.kind === 'api';
  if (!isDecodable(pathname))
    return isApi ? badPathAnswer(pathname, true) : withSecurityHeaders(pathname, badPathAnswer(pathname, false));
  if (isApi) return api(request, where.incident);
  const cache = pageCacheHeaders(request, await servedDatasetVersion().catch(() => 'unavailable'));
  if (notModified(request, cache)) return new NextResponse(null, { status: 304, headers: cache });
  const response = withSecurityHeaders(
    pathname,
    where.kind === 'page' ? await route(request, where) : NextResponse.next(),
  );
  for (const [key, value] of Object.entries(cache)) response.headers.set(key, value);
  return response;
}

/** The answer with a page's security headers (API answers get theirs from next.config.ts). */
function withSecurityHeaders<R extends Response>(pathname: string, response: R): R {
  for (const { key, value } of pageSecurityHeaders(
    pathname,
    mapConfig().tileUrl,
    process.env.NODE_ENV === 'development',
  ))
    response.headers.set(key, value);
  return response;
}

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
