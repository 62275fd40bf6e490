/**
 * Installable and offline, over HTTP against the built app: the favicon and
 * icons at their sizes, the web app manifest of each edition and the pages
 * that name it, and the service worker script (versioned with the build and
 * the dataset, revalidated on every use, allowed by the pages' CSP).
 */
import { describe, expect, it } from 'vitest';
import { get } from './helpers';
import { links, page, pngSize } from './markup';

async function png(path: string) {
  const res = await get(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  return pngSize(new Uint8Array(await res.arrayBuffer()));
}

describe('icons', () => {
  it('/favicon.ico is an icon with 16, 32 and 48 px images', async () => {
    const res = await get('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const count = bytes.readUInt16LE(4);
    expect(Array.from({ length: count }, (_, i) => bytes[6 + 16 * i])).toEqual([16, 32, 48]);
  });

  it('the manifest icons and the Apple touch icon have the sizes they claim', async () => {
    expect(await png('/icons/icon-192.png')).toEqual({ width: 192, height: 192 });
    expect(await png('/icons/icon-512.png')).toEqual({ width: 512, height: 512 });
    expect(await png('/icons/maskable-512.png')).toEqual({ width: 512, height: 512 });
    expect(await png('/icons/apple-touch-icon.png')).toEqual({ width: 180, height: 180 });
  });
});

describe('web app manifests', () => {
  for (const [path, lang, start, name] of [
    ['/manifest.webmanifest', 'en', '/', 'Incident map'],
    ['/es/manifest.webmanifest', 'es', '/es', 'Mapa de incidentes'],
  ] as const) {
    it(`${path}: installs the ${lang} edition, with any and maskable icons that answer`, async () => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
      expect(res.headers.get('etag')).toBeTruthy();
      const m = await res.json();
      expect(m).toMatchObject({
        lang,
        start_url: start,
        id: start,
        short_name: name,
        display: 'standalone',
        scope: '/',
      });
      expect(m.name).toBeTruthy();
      expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/);
      const purposes = m.icons.map((i: { purpose: string; sizes: string }) => `${i.purpose} ${i.sizes}`);
      expect(purposes).toEqual(expect.arrayContaining(['any 192x192', 'any 512x512', 'maskable 512x512']));
      for (const icon of m.icons) {
        const [w, h] = icon.sizes.split('x').map(Number);
        expect(await png(icon.src)).toEqual({ width: w, height: h });
      }
    });
  }

  it("every page names its edition's manifest and the icons", async () => {
    for (const [path, manifest] of [
      ['/', '/manifest.webmanifest'],
      ['/incidents/sf-immigration-court-2025-07-08', '/manifest.webmanifest'],
      ['/es', '/es/manifest.webmanifest'],
      ['/es/about', '/es/manifest.webmanifest'],
    ]) {
      const { html } = await page(path);
      expect(
        links(html, 'manifest').map((l) => l.href),
        path,
      ).toEqual([manifest]);
      expect(
        links(html, 'icon').map((l) => l.href),
        path,
      ).toContain('/favicon.ico');
      expect(
        links(html, 'apple-touch-icon').map((l) => l.href),
        path,
      ).toEqual(['/icons/apple-touch-icon.png']);
    }
  });
});

describe('GET /sw.js', () => {
  it('is a script, revalidated on every use, versioned with the build and the dataset', async () => {
    const res = await get('/sw.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const script = await res.text();
    const health = await (await get('/api/health')).json();
    expect(script).toContain(`-${health.dataset.version.slice(0, 16)}"`);
    // Parses as a script (the worker is one function and its arguments).
    expect(() => new Function(script)).not.toThrow();
    const again = await get('/sw.js', { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it("is allowed by the pages' policy: workers and manifests from the site itself", async () => {
    const csp = (await get('/')).headers.get('content-security-policy')!;
    // worker-src and manifest-src fall back to script-src and default-src.
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/worker-src|manifest-src/);
  });
});
