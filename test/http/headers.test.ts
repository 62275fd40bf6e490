/**
 * Security headers on every kind of answer: pages, embeds, the API (errors
 * too), files; framing allowed only for embeds; no cookies anywhere.
 */
import { describe, expect, it } from 'vitest';
import { SHARED } from '@/lib/shared/cache-policy';
import { get } from './helpers';
import { htmlDocument, links } from './markup';

const SF = 'sf-immigration-court-2025-07-08';

/** The policy as a map of directive → sources. */
function directives(policy: string | null): Map<string, string[]> {
  expect(policy, 'Content-Security-Policy').toBeTruthy();
  return new Map(
    policy!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
}

function expectCommon(res: Response) {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(res.headers.get('permissions-policy')).toContain('geolocation=()');
  expect(res.headers.get('permissions-policy')).toContain('camera=()');
  expect(res.headers.get('x-powered-by')).toBeNull();
  expect(res.headers.get('set-cookie')).toBeNull();
}

/** The tile host the server was started with (the same default as lib/config.ts). */
const tileOrigin = new URL(
  (process.env.TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png').replace(/\{[^}]+\}/g, 'x'),
).origin;

const PAGES: [path: string, status: number][] = [
  ['/', 200],
  ['/?incident=no-such-incident&setting=spaceship', 200],
  [`/incidents/${SF}`, 200],
  ['/about', 200],
  ['/no-such-page', 404],
  ['/incidents/no-such-incident-2025-01-01', 404],
  ['/incidents/%E0%A4%A', 400],
  ['/feed.xml', 200],
  ['/sitemap.xml', 200],
  [`/incidents/${SF}/share-image`, 200],
];

describe('pages and files', () => {
  it.each(PAGES)('%s: the page policy, not framable, nosniff, no cookie', async (path, status) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expectCommon(res);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', tileOrigin]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('files in public/', () => {
  it.each(['/embed.js', '/basemap/us-outlines.geojson'])(
    '%s: data, never a document: loads nothing, not framable, kept as pages are',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expectCommon(res);
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cache-control')).toBe(SHARED);
    },
  );
});

describe("the picture of the map's first view", () => {
  it('/map-picture.svg: an image that may style itself and load nothing, not framable, kept as pages are', async () => {
    const res = await get('/map-picture.svg?setting=courthouse');
    expect(res.status).toBe(200);
    expectCommon(res);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    );
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe(SHARED);
    expect(await res.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });
});

describe('the stylesheets are in the HTML (what style-src allows inline)', () => {
  it.each(['/', '/es', `/incidents/${SF}`, '/embed'])(
    '%s: its CSS in <style>, no stylesheet to wait for',
    async (path) => {
      const html = await (await get(path)).text();
      expect(links(html, 'stylesheet')).toEqual([]);
      const styles = [...htmlDocument(html).querySelectorAll('style')].map((s) => s.textContent).join('');
      // Leaflet's rules and ours, so the map and the page are styled at the first paint.
      expect(styles).toContain('.leaflet-container');
      expect(styles).toContain('.incident-marker');
    },
  );
});

describe('embeds', () => {
  it.each([
    ['/embed', 200],
    ['/embed?incident=x&map=99/0/0', 200],
    [`/embed/incidents/${SF}`, 200],
    ['/embed/incidents/no-such-incident-2025-01-01', 404],
  ])('%s: the page policy, but any site may frame it', async (path, status) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expectCommon(res);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('frame-ancestors')).toEqual(['*']);
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(res.headers.get('x-frame-options')).toBeNull();
  });
});

describe('the API', () => {
  it.each([
    ['/api/incidents', 200],
    ['/api/incidents?setting=courthouse', 200],
    ['/api/incidents?bbox=1,2,3', 400],
    [`/api/incidents/${SF}`, 200],
    ['/api/incidents/no-such-incident-2025-01-01', 404],
    ['/api/incidents/%', 400],
    ['/api/incidents.csv', 200],
    ['/api/oembed', 400],
    ['/api/openapi.json', 200],
    ['/api/nothing-here', 404],
  ])('%s: loads nothing, not framable, nosniff, no cookie', async (path, status) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expectCommon(res);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('a 304 and a method refused carry them too', async () => {
    const first = await get('/api/incidents');
    const notModified = await get('/api/incidents', { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    const post = await get('/api/incidents', { method: 'POST' });
    expect(post.status).toBe(405);
    expectCommon(post);
    expect(post.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
