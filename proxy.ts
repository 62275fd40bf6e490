/**
 * The edge of every page request.
 *
 * Languages: English pages keep their published addresses (`/`,
 * `/incidents/{id}`, …) and are served from `app/[lang]` by an internal
 * rewrite to `/en/…`; Spanish pages live at `/es/…` and need none. The root
 * never redirects by Accept-Language: links stay stable. `?lang=es` (how the
 * map spoke Spanish before `/es` existed) answers 308 to the `/es` address.
 *
 * Addresses no page answers get the edition's 404 page here, with status 404.
 *
 * Permanent ids: a renamed or merged id answers 308 to where it went (the
 * end of its redirect chain), and a retracted id answers 410: the page says
 * when and why, the API says so in JSON. An incident page for an id that
 * never existed gets the site's 404 page in its language, rendered on the
 * server: a page that calls notFound() after its static params renders the
 * 404 only in the client payload (a blank page without JavaScript;
 * vercel/next.js#95613). All through the data module.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { resolveId } from '@/lib/incidents';
import { localePath, splitLocale, DEFAULT_LOCALE } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n';

export const config = {
  matcher: [
    '/api/incidents/:id',
    // Pages: everything but the API, Next's own files and files (a dot in the last segment, which no
    // page address has; ids cannot hold one). The feeds are pages here.
    '/((?!api(?:/|$)|_next/|.*\\.\\w+$).*)',
    '/feed.xml',
    '/es/feed.xml',
  ],
};

const ID_PATH = /^(\/(?:embed\/)?incidents\/)([^/]+)$/;
/** Every page address an edition has (unprefixed); anything else is its 404. */
const PAGES = [/^\/$/, /^\/about$/, /^\/embed$/, /^\/feed\.xml$/, /^\/incidents\/[^/]+\/share-image$/, ID_PATH];

/** The page's answer once ids are settled: English rewritten into app/[lang], Spanish as it is. */
function page(request: NextRequest, locale: Locale, path: string, status?: number): NextResponse {
  const init = status ? { status } : undefined;
  if (locale !== DEFAULT_LOCALE) return NextResponse.next(init);
  const to = request.nextUrl.clone();
  to.pathname = `/${DEFAULT_LOCALE}${path === '/' ? '' : path}`;
  return NextResponse.rewrite(to, init);
}

function apiIncident(request: NextRequest, id: string): NextResponse {
  const change = resolveId(id);
  if (change.status === 'live' || change.status === 'unknown') return NextResponse.next(); // the route answers its own 404
  if (change.status === 'moved') {
    const to = request.nextUrl.clone();
    to.pathname = `/api/incidents/${encodeURIComponent(change.to)}`;
    return NextResponse.redirect(to, 308);
  }
  const { date, reason } = change.retraction;
  return NextResponse.json(
    { error: `incident "${id}" was retracted on ${date}`, id, retracted: date, reason },
    { status: 410, headers: { 'access-control-allow-origin': '*' } },
  );
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname.startsWith('/api/')) {
    const id = decoded(pathname.slice(pathname.lastIndexOf('/') + 1));
    return id === undefined ? NextResponse.next() : apiIncident(request, id);
  }

  // The maintainers' editor (app/editor) is not an edition: no language, no rewrite; it answers 404 itself outside `npm run editor`.
  if (pathname === '/editor') return NextResponse.next();

  const { locale, path } = splitLocale(pathname);
  if (locale === DEFAULT_LOCALE && searchParams.get('lang') === 'es') {
    const to = request.nextUrl.clone();
    to.searchParams.delete('lang');
    to.pathname = localePath('es', path);
    return NextResponse.redirect(to, 308);
  }

  if (!PAGES.some((p) => p.test(path))) return notFoundPage(request, locale);
  const m = ID_PATH.exec(path);
  const id = m ? decoded(m[2]) : undefined;
  if (!m || id === undefined) return page(request, locale, path);
  const change = resolveId(id);
  if (change.status === 'live') return page(request, locale, path);
  if (change.status === 'moved') {
    const to = request.nextUrl.clone();
    to.pathname = localePath(locale, m[1] + encodeURIComponent(change.to));
    return NextResponse.redirect(to, 308);
  }
  if (change.status === 'retracted') return page(request, locale, path, 410); // the page renders the notice
  // An embed renders its own notice (framable, unlike the site's 404 page); a page gets the site's 404.
  if (m[1] === '/embed/incidents/') return page(request, locale, path, 404);
  return notFoundPage(request, locale);
}

/** The edition's 404 page (app/[lang]/[...rest]), with its status. */
function notFoundPage(request: NextRequest, locale: Locale): NextResponse {
  const to = request.nextUrl.clone();
  to.pathname = `/${locale}/not-found`;
  return NextResponse.rewrite(to, { status: 404 });
}

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
