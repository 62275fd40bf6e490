/**
 * The built app under each of Next's own servers, as deployers run it:
 * `next start` bound to 127.0.0.1 and to 0.0.0.0, and the standalone
 * output's server.js, each started with SITE_URL and TILE_URL set only at
 * run time. They answer every route alike (statuses, security headers, cache
 * policy), with the run-time settings in the CSP, permanent links, share
 * images, embed codes and tiles, never the request's Host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '@/lib/shared/cache-policy';
import { startSecondServer, type SecondServer } from './second-server';

const SITE = 'https://map.example.org';
const TILES = 'https://tiles.example.net/{z}/{x}/{y}.png';
const ID = 'ontario-surgery-center-2025-07-08';
const SETTINGS = { SITE_URL: SITE, TILE_URL: TILES };

/** Every kind of GET the app answers, with its status. */
const ROUTES: [path: string, status: number][] = [
  ['/', 200],
  ['/es', 200],
  [`/?incident=${ID}`, 200],
  [`/incidents/${ID}`, 200],
  [`/es/incidents/${ID}`, 200],
  [`/incidents/${ID}/share-image`, 200],
  ['/embed', 200],
  [`/embed/incidents/${ID}`, 200],
  ['/about', 200],
  ['/feed.xml', 200],
  ['/es/feed.xml', 200],
  ['/sitemap.xml', 200],
  ['/robots.txt', 200],
  ['/basemap/us-outlines.geojson', 200],
  ['/embed.js', 200],
  ['/api/incidents', 200],
  ['/api/incidents?setting=courthouse', 200],
  ['/api/incidents?bbox=-125,24,-66,50&zoom=4', 200],
  ['/api/tiles/4/2/6', 200],
  ['/api/tiles/4/2/6?setting=courthouse', 200],
  [`/api/incidents/${ID}`, 200],
  ['/api/incidents.csv', 200],
  ['/api/summary', 200],
  [`/api/oembed?url=${encodeURIComponent(`${SITE}/incidents/${ID}`)}`, 200],
  ['/api/openapi.json', 200],
  ['/api/health', 200],
  ['/incidents/never-published', 404],
  ['/no-such-page', 404],
  ['/api/incidents/never-published', 404],
  ['/api/incidents?bbox=1,2,3', 400],
  ['/api/tiles/4/2/16', 400],
  ['/api/incidents/%', 400],
  ['/incidents/%E0%A4%A', 400],
  ['/en/about', 308],
];

/** What must be the same whichever server answers. */
const COMPARED = [
  'content-type',
  'cache-control',
  'content-security-policy',
  'x-frame-options',
  'x-content-type-options',
  'referrer-policy',
  'access-control-allow-origin',
  'location',
];

type Answer = { status: number; headers: Record<string, string | null>; etag: string | null; body: string };

async function answer(base: string, path: string, init?: RequestInit): Promise<Answer> {
  const res = await fetch(base + path, { redirect: 'manual', ...init });
  const body = res.headers.get('content-type')?.startsWith('image/') ? '' : await res.text();
  return {
    status: res.status,
    headers: Object.fromEntries(COMPARED.map((h) => [h, res.headers.get(h)])),
    etag: res.headers.get('etag'),
    body,
  };
}

/** Seconds a shared cache may keep an answer before it must revalidate, stale time included. */
function sharedLifetime(cacheControl: string): number {
  const n = (name: string) => Number(new RegExp(`(?:^|,)\\s*${name}=(\\d+)`).exec(cacheControl)?.[1] ?? 0);
  return (cacheControl.includes('s-maxage') ? n('s-maxage') : n('max-age')) + n('stale-while-revalidate');
}

const servers: [name: string, start: () => Promise<SecondServer>][] = [
  ['next start -H 127.0.0.1', () => startSecondServer(SETTINGS, { host: '127.0.0.1' })],
  ['next start -H 0.0.0.0', () => startSecondServer(SETTINGS, { host: '0.0.0.0' })],
  ['the standalone server', () => startSecondServer(SETTINGS, { standalone: true, host: '127.0.0.1' })],
];

const answers = new Map<string, Map<string, Answer>>();
const running: SecondServer[] = [];

beforeAll(async () => {
  for (const [name, start] of servers) {
    const server = await start();
    running.push(server);
    const byPath = new Map<string, Answer>();
    for (const [path] of ROUTES) byPath.set(path, await answer(server.base, path));
    answers.set(name, byPath);
  }
}, 180_000);

afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
});

describe.each(servers.map(([name]) => name))('%s', (name) => {
  const at = (path: string) => answers.get(name)!.get(path)!;

  it.each(ROUTES)('%s answers %i', (path, status) => {
    expect(at(path).status).toBe(status);
  });

  it('answers every route as next start on 127.0.0.1 does: statuses and headers', () => {
    const reference = answers.get(servers[0][0])!;
    for (const [path] of ROUTES)
      expect({ path, ...at(path).headers }).toEqual({ path, ...reference.get(path)!.headers });
  });

  it('says how long every answer may be kept: a cacheable one at most 5 minutes by a shared cache, with a validator', () => {
    for (const [path, status] of ROUTES) {
      const { headers, etag } = at(path);
      expect(headers['cache-control'], path).toBeTruthy();
      if (status === 200 && path !== '/api/health') {
        expect(headers['cache-control'], path).toBe(SHARED);
        expect(sharedLifetime(headers['cache-control']!), path).toBeLessThanOrEqual(300);
        expect(etag, path).toBeTruthy();
      }
    }
    expect(at('/api/health').headers['cache-control']).toBe('no-store');
    expect(at('/api/incidents?bbox=1,2,3').headers['cache-control']).toBe('no-store');
  });

  it('sends the page CSP with the run-time tile host, and frames only embeds', () => {
    for (const [path] of ROUTES.filter(([p, s]) => !p.startsWith('/api') && !p.includes('.') && s !== 308)) {
      const csp = at(path).headers['content-security-policy'] ?? '';
      expect(csp, path).toContain("img-src 'self' data: https://tiles.example.net");
      expect(csp, path).toContain(path.startsWith('/embed') ? 'frame-ancestors *' : "frame-ancestors 'none'");
    }
    expect(at('/api/incidents').headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('names SITE_URL in permanent links, never localhost, and draws the run-time tiles', () => {
    const page = at(`/incidents/${ID}`).body;
    expect(page).toContain(`<link rel="canonical" href="${SITE}/incidents/${ID}"/>`);
    expect(page).toContain(`${SITE}/incidents/${ID}/share-image`);
    expect(page).toContain('https://tiles.example.net/{z}/{x}/{y}.png');
    expect(page).not.toContain('tile.openstreetmap.org');
    for (const path of [
      '/',
      `/incidents/${ID}`,
      '/feed.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/api/openapi.json',
      '/api/incidents.csv',
    ]) {
      expect(at(path).body, path).not.toMatch(/localhost|127\.0\.0\.1|0\.0\.0\.0/);
    }
    expect(at('/robots.txt').body).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(JSON.parse(at(`/api/oembed?url=${encodeURIComponent(`${SITE}/incidents/${ID}`)}`).body).html).toContain(
      `src="${SITE}/embed/incidents/${ID}"`,
    );
  });
});

describe('one server, more closely', () => {
  const base = () => running[0].base;

  it('ignores a forged Host header in permanent links (a shared cache would keep it)', async () => {
    const page = await answer(base(), `/incidents/${ID}`, { headers: { host: 'evil.example' } });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('evil.example');
    expect(page.body).toContain(`${SITE}/incidents/${ID}`);
  });

  it('answers a page 304 when the validator matches, before rendering', async () => {
    const first = await answer(base(), `/incidents/${ID}`);
    const again = await fetch(`${base()}/incidents/${ID}`, { headers: { 'if-none-match': first.etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe(SHARED);
  });

  it('keeps hashed assets for a year', async () => {
    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(at0('/'))![1];
    const res = await fetch(base() + script);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  function at0(path: string): string {
    return answers.get(servers[0][0])!.get(path)!.body;
  }
});

describe('without SITE_URL in production', () => {
  it('says so at start, and links name this machine at its port', async () => {
    const server = await startSecondServer({ SITE_URL: '' });
    try {
      expect(server.log()).toContain('SITE_URL is not set');
      const port = new URL(server.base).port;
      expect(await (await fetch(`${server.base}/robots.txt`)).text()).toContain(
        `Sitemap: http://localhost:${port}/sitemap.xml`,
      );
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('refuses to start with a TILE_URL the CSP cannot name', async () => {
    await expect(startSecondServer({ TILE_URL: 'https://a.{s}.example.org/{z}/{x}/{y}.png' })).rejects.toThrow(
      /TILE_URL/,
    );
  }, 60_000);
});
