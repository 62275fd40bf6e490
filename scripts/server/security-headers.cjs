/**
 * The security headers of every answer, in one place. The server `npm start`
 * runs (scripts/start.mjs) sets them all before Next or any fast path writes
 * its own headers: the Content-Security-Policy can only be set there, since
 * it names the tile host of TILE_URL, which is read at run time (lib/config.ts;
 * Next compiles next.config.js's headers into the build). next.config.js sets
 * STATIC_HEADERS and X-Frame-Options too, so a bare `next start` still sends
 * all but the CSP. CommonJS, so both next.config.js (require) and start.mjs
 * (import) can load it.
 *
 * Pages (and embeds) get the strictest policy the app runs under, measured
 * with Debian's Chromium (e2e/security.spec.ts fails on any violation):
 *
 *   default-src 'self'          everything not named below: same origin only.
 *   script-src 'self' 'unsafe-inline'
 *                               Next's App Router writes its bootstrap and the
 *                               React Server Components payload as inline
 *                               <script>s (3 to 5 a page, different on every
 *                               page and, on the map, for every query). Without
 *                               'unsafe-inline' Chromium refuses them and no page
 *                               hydrates: the map is never drawn (measured on /,
 *                               an incident page and /embed). Nonces would force
 *                               every page to render per request (the incident
 *                               pages are statically generated, and stay so);
 *                               hashes cannot be known before a dynamic page
 *                               renders. So inline scripts are allowed, scripts
 *                               from other hosts are not, and nothing may eval
 *                               ('unsafe-eval' is absent). The defence against
 *                               injected markup is that React writes data as
 *                               text (test/http/hostile.test.ts, e2e/hostile.spec.ts).
 *   style-src 'self' 'unsafe-inline'
 *                               stylesheets only from here, and <style> elements:
 *                               the pages' CSS is written into the HTML
 *                               (next.config.js, inlineCss), so the first paint
 *                               waits for no stylesheet. React joins a page's
 *                               files into <style>s that differ by route, so
 *                               hashes would have to be guessed from its output,
 *                               and a wrong one leaves a page unstyled. CSS cannot
 *                               run script, the images and fonts a rule could
 *                               fetch are held to the hosts below, and inline
 *                               scripts are allowed already; stylesheets from
 *                               other hosts stay refused.
 *   style-src-attr 'unsafe-inline'
 *                               style="" attributes in server-rendered markup:
 *                               the timeline's brush (left, width) and the
 *                               disputes' column count (3 on /, 1 on an incident
 *                               page, refused without it). Leaflet sets its styles
 *                               through the CSSOM, which CSP does not govern.
 *   img-src 'self' data: <tile host>
 *                               the tiles of TILE_URL; everything else (Leaflet's
 *                               control images, icons) is served from here, but
 *                               Leaflet stops a tile that is still loading by
 *                               pointing it at a 1×1 data: GIF (L.Util.emptyImageUrl),
 *                               seen when tiles hang (e2e/security.spec.ts). An
 *                               image cannot run script.
 *   connect-src 'self'          the API and the offline basemap's outlines.
 *   object-src 'none'           no plugins.
 *   base-uri 'none'             a <base> cannot redirect relative links.
 *   form-action 'self'          the search forms submit here.
 *   frame-ancestors             'none' except for /embed and /embed/* (and the
 *                               Spanish /es/embed, /es/embed/*), which any site
 *                               may frame ('*'). X-Frame-Options: DENY says the
 *                               same to browsers older than frame-ancestors.
 *
 * API answers are data, never documents: `default-src 'none'` (a JSON error
 * opened in a tab loads nothing) and `frame-ancestors 'none'`.
 *
 * Not set: upgrade-insecure-requests (it would upgrade a local http:// server's
 * own requests) and report-uri (no endpoint collects reports; violations show
 * in the browser's console).
 */

/** The tile template lib/config.ts falls back to (test/unit/security-headers.test.ts keeps them equal). */
const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Headers that depend on nothing: every answer carries them. */
const STATIC_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Other sites learn the origin a reader came from, never the incident or filters in the path and query.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // The map needs none of these powers; geolocation stays off until a feature asks for it.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

const EMBED_PATH = /^\/(?:es\/)?embed(?:\/|$)/;

/**
 * The same paths in the route syntax of next.config.js's headers(): every path
 * but the embeds. Next sends X-Frame-Options: DENY on them from the build, so
 * a bare `next start` (without this server's CSP) still refuses to be framed.
 */
const NOT_EMBED_SOURCE = '/:path((?!embed(?:/|$)|es/embed(?:/|$)).*)';

/** True for the pages other sites may frame. */
function isEmbedPath(pathname) {
  return EMBED_PATH.test(pathname);
}

/** True for the API's paths (/api, /api/…, /api.x is not). */
function isApiPath(pathname) {
  return pathname === '/api' || pathname.startsWith('/api/');
}

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
function tileSource(template) {
  if (template.startsWith('/') && !template.startsWith('//')) return undefined;
  const m = /^(https?):\/\/([^/?#]+)/i.exec(template);
  if (!m) throw new Error(`TILE_URL must be an http(s) URL template or a path on this site, not "${template}"`);
  const scheme = m[1].toLowerCase();
  const [first, ...rest] = m[2].toLowerCase().split('.');
  if (rest.some((label) => label.includes('{')) || (first.includes('{') && rest.length === 0)) {
    throw new Error(`TILE_URL "${template}": a placeholder may only stand in the first label of the host (CSP allows a wildcard only there)`);
  }
  const host = [first.includes('{') ? '*' : first, ...rest].join('.');
  if (!/^(\*|[a-z0-9-]+)(\.[a-z0-9-]+)*(:\d{1,5})?$/.test(host)) throw new Error(`TILE_URL "${template}": "${m[2]}" is not a host`);
  return `${scheme}://${host}`;
}

/** The policy of the answer to `pathname`, as a header value. */
function contentSecurityPolicy(pathname, tileUrl = DEFAULT_TILE_URL) {
  if (isApiPath(pathname)) return "default-src 'none'; frame-ancestors 'none'";
  const tiles = tileSource(tileUrl);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
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

/**
 * A function that sets the policy headers on a response from the request's
 * path; call it first, before any handler writes. The tile source is checked
 * once, here: a TILE_URL the policy cannot express stops the server at start.
 */
function securityHeaders(tileUrl = process.env.TILE_URL || DEFAULT_TILE_URL) {
  tileSource(tileUrl);
  const cache = new Map();
  const policyFor = (kind) => {
    if (!cache.has(kind)) cache.set(kind, contentSecurityPolicy(kind === 'api' ? '/api' : kind === 'embed' ? '/embed' : '/', tileUrl));
    return cache.get(kind);
  };
  return function setSecurityHeaders(req, res) {
    for (const { key, value } of STATIC_HEADERS) res.setHeader(key, value);
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q === -1 ? url : url.slice(0, q);
    const kind = isApiPath(pathname) ? 'api' : isEmbedPath(pathname) ? 'embed' : 'page';
    res.setHeader('Content-Security-Policy', policyFor(kind));
    if (kind !== 'embed') res.setHeader('X-Frame-Options', 'DENY');
  };
}

module.exports = { DEFAULT_TILE_URL, NOT_EMBED_SOURCE, STATIC_HEADERS, contentSecurityPolicy, isApiPath, isEmbedPath, securityHeaders, tileSource };
