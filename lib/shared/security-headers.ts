/**
 * The security headers of every answer, in one place. Pages get theirs from
 * proxy.ts, per request, because the Content-Security-Policy names the tile
 * host of TILE_URL, read at run time; everything else (the API, Next's
 * assets, public files) gets the fixed ones from next.config.ts. Both are
 * part of Next itself, so `next start`, `next dev` and the standalone server
 * send the same headers. Pure: no `node:` imports.
 *
 * Pages (and embeds) get the strictest policy the app runs under, checked in
 * Chromium (e2e/security.spec.ts fails on any violation):
 *
 *   default-src 'self'          everything not named below: same origin only.
 *   script-src 'self' 'unsafe-inline'
 *                               Next's App Router writes its bootstrap and the
 *                               React Server Components payload as inline
 *                               <script>s that differ on every page and query.
 *                               Nonces would need a nonce per response, which
 *                               a shared cache cannot keep; hashes cannot be
 *                               known before a page renders. So inline scripts
 *                               are allowed, scripts from other hosts are not,
 *                               and nothing may eval. The defence against
 *                               injected markup is that React writes data as
 *                               text (test/http/hostile.test.ts, e2e/hostile.spec.ts).
 *   style-src 'self' 'unsafe-inline'
 *                               the pages' CSS is written into the HTML
 *                               (next.config.ts, inlineCss) as <style>s that
 *                               differ by route. CSS cannot run script, and
 *                               the images and fonts a rule could fetch are
 *                               held to the hosts below.
 *   style-src-attr 'unsafe-inline'
 *                               style="" attributes in server-rendered markup
 *                               (the timeline's brush, the disputes' columns).
 *   img-src 'self' data: <tile host>
 *                               the tiles of TILE_URL; Leaflet stops a loading
 *                               tile by pointing it at a data: GIF.
 *   connect-src 'self'          the API and the offline basemap's outlines.
 *   (worker-src, manifest-src)  not set: they fall back to script-src and
 *                               default-src, 'self', which is where /sw.js
 *                               and the manifests are.
 *   object-src 'none'           no plugins.
 *   base-uri 'none'             a <base> cannot redirect relative links.
 *   form-action 'self'          the search forms submit here.
 *   frame-ancestors             'none' except for /embed and /embed/* (and the
 *                               Spanish /es/embed, /es/embed/*), which any site
 *                               may frame ('*'). X-Frame-Options: DENY says the
 *                               same to browsers older than frame-ancestors.
 *
 * API answers are data, never documents: `default-src 'none'` (a JSON error
 * opened in a tab loads nothing) and `frame-ancestors 'none'`. The SVG
 * picture of the map's first view may style itself, and do nothing else.
 *
 * Not set: upgrade-insecure-requests (it would upgrade a local http:// server's
 * own requests) and report-uri (no endpoint collects reports).
 */
import { isEmbedPath } from './routes';

/** The tile template lib/config.ts falls back to. */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export interface Header {
  key: string;
  value: string;
}

/** Headers that depend on nothing: every answer carries them. */
export const STATIC_HEADERS: Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Other sites learn the origin a reader came from, never the incident or filters in the path and query.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // The map needs none of these powers; geolocation stays off until a feature asks for it.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The picture of the map's first view (/map-picture.svg): an image whose media queries are in its own <style>, and nothing else. */
export const PICTURE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/**
 * The CSP source that matches every tile of a template: its scheme, host and
 * port. A placeholder in the host's first label (`{s}.tile.example.org`,
 * `tiles-{s}.example.org`) becomes the wildcard label `*`; CSP has no other
 * wildcard, so a placeholder anywhere else in the host is refused. A relative
 * template (tiles served by this site) needs no source: undefined.
 *
 * @example
 * tileSource('https://{s}.tile.openstreetmap.fr/hot/{z}/{x}/{y}.png') // 'https://*.tile.openstreetmap.fr'
 */
export function tileSource(template: string): string | undefined {
  if (template.startsWith('/') && !template.startsWith('//')) return undefined;
  const m = /^(https?):\/\/([^/?#]+)/i.exec(template);
  if (!m) throw new Error(`TILE_URL must be an http(s) URL template or a path on this site, not "${template}"`);
  const scheme = m[1].toLowerCase();
  const [first, ...rest] = m[2].toLowerCase().split('.');
  if (rest.some((label) => label.includes('{')) || (first.includes('{') && rest.length === 0)) {
    throw new Error(
      `TILE_URL "${template}": a placeholder may only stand in the first label of the host (CSP allows a wildcard only there)`,
    );
  }
  const host = [first.includes('{') ? '*' : first, ...rest].join('.');
  if (!/^(\*|[a-z0-9-]+)(\.[a-z0-9-]+)*(:\d{1,5})?$/.test(host))
    throw new Error(`TILE_URL "${template}": "${m[2]}" is not a host`);
  return `${scheme}://${host}`;
}

/**
 * The policy of a page at `pathname` (not the API), as a header value.
 * `dev`: `next dev`, whose React evaluates code for its error overlay and
 * stack traces ('unsafe-eval'); never in a production build.
 */
export function pagePolicy(pathname: string, tileUrl = DEFAULT_TILE_URL, dev = false): string {
  const tiles = tileSource(tileUrl);
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "style-src-attr 'unsafe-inline'",
    `img-src 'self' data:${tiles ? ` ${tiles}` : ''}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${isEmbedPath(pathname) ? '*' : "'none'"}`,
  ].join('; ');
}

/** Every security header of the page at `pathname`: the static ones, its CSP and, unless it is an embed, X-Frame-Options. */
export function pageSecurityHeaders(pathname: string, tileUrl?: string, dev = false): Header[] {
  const headers = [...STATIC_HEADERS, { key: 'Content-Security-Policy', value: pagePolicy(pathname, tileUrl, dev) }];
  if (!isEmbedPath(pathname)) headers.push({ key: 'X-Frame-Options', value: 'DENY' });
  return headers;
}
