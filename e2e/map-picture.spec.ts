/**
 * The server's picture of the first view (components/map/MapPicture.tsx,
 * lib/og/first-view.ts): in the page's HTML, so the first paint is the map,
 * and honest: it draws each marker where the map then draws it, at the zoom
 * Leaflet picks for the box (the picture chooses it with media queries).
 */
import type { Page } from '@playwright/test';
import { expect, mapReady, test } from './fixtures';

const ONTARIO = 'ontario-surgery-center-2025-07-08';

type Mark = { kind: 'badge' | 'cluster'; x: number; y: number };

/**
 * The marks the picture shows in the box its <img> had: the SVG drawn in a frame
 * of the same class (so the same box), its centres in page coordinates.
 */
async function pictureMarks(page: Page, src: string, className: string): Promise<Mark[]> {
  const svg = await (await page.request.get(src)).text();
  return page.evaluate(
    async ({ svg, className }) => {
      const frame = document.createElement('iframe');
      frame.className = className;
      frame.style.border = '0';
      frame.srcdoc = `<!doctype html><style>html,body{margin:0;height:100%;overflow:hidden}</style>${svg}`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
      document.querySelector('.map-region')!.prepend(frame);
      await loaded;
      const doc = frame.contentDocument!;
      const at = frame.getBoundingClientRect();
      const shown = [...doc.querySelectorAll('g.z')].filter((g) => getComputedStyle(g).display !== 'none');
      if (shown.length !== 1) throw new Error(`${shown.length} zooms shown`);
      const centre = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: at.left + r.left + r.width / 2, y: at.top + r.top + r.height / 2 };
      };
      const marks = [
        ...[...shown[0].querySelectorAll('use.badge')].map((el) => ({ kind: 'badge' as const, ...centre(el) })),
        ...[...shown[0].querySelectorAll('circle.cluster')].map((el) => ({ kind: 'cluster' as const, ...centre(el) })),
      ];
      frame.remove();
      // What the box shows (the picture holds the whole selection, the map what is in view).
      return marks.filter((m) => m.x >= at.left && m.x <= at.right && m.y >= at.top && m.y <= at.bottom);
    },
    { svg, className },
  );
}

/** The marks the map draws in its box: each incident's badge and each cluster's disc. */
function mapMarks(page: Page): Promise<Mark[]> {
  return page.evaluate(() => {
    const at = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    const centre = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    };
    return [
      ...[...document.querySelectorAll('.leaflet-marker-pane .incident-marker > svg')].map((el) => ({
        kind: 'badge' as const,
        ...centre(el),
      })),
      ...[...document.querySelectorAll('.leaflet-marker-pane .incident-cluster__disc')].map((el) => ({
        kind: 'cluster' as const,
        ...centre(el),
      })),
    ].filter((m) => m.x >= at.left && m.x <= at.right && m.y >= at.top && m.y <= at.bottom);
  });
}

/** The picture's <img> in the server's HTML of `path` (the page's own may be gone by the time a test looks). */
async function servedPicture(page: Page, path: string) {
  const html = await (await page.request.get(path)).text();
  const img = html.match(/<img[^>]*class="map-picture[^"]*"[^>]*>/)?.[0];
  if (!img) throw new Error(`no picture in the HTML of ${path}`);
  const attribute = (name: string) => img.match(new RegExp(`${name}="([^"]+)"`))![1].replace(/&amp;/g, '&');
  return { img, src: attribute('src'), className: attribute('class') };
}

const sorted = (marks: Mark[]) => [...marks].sort((a, b) => a.kind.localeCompare(b.kind) || a.x - b.x || a.y - b.y);

test.describe('the picture of the first view', () => {
  test('is in the HTML, decorative, and cached as pages are', async ({ page, request, isMobile }) => {
    test.skip(isMobile, 'desktop only: the answers are the same for a phone');
    const { img, src } = await servedPicture(page, `/?incident=${ONTARIO}`);
    expect(img).toContain('alt=""');
    expect(src).toBe(`/map-picture.svg?incident=${ONTARIO}`);
    const answer = await request.get(src);
    expect(answer.headers()['content-type']).toBe('image/svg+xml');
    expect(answer.headers()['cache-control']).toMatch(/public, max-age=\d+, s-maxage=\d+/);
    expect(answer.headers()['etag']).toBeTruthy();
    // The same picture for the Spanish page: it has no words.
    expect((await (await request.get(`/es?incident=${ONTARIO}`)).text()).includes(`src="${src}"`)).toBe(true);
    await page.goto('/');
    await mapReady(page);
    // Covered once the basemap covers the map: the map's own background is back.
    await expect(page.locator('.map-region')).not.toHaveClass(/map-region--pictured/);
    await expect(page.locator('.incident-map')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  });

  // A view fitted to the incidents (its zoom chosen by the media queries, above the phone's sheet) and one from the URL.
  for (const path of ['/', '/?map=9/34.05/-117.65']) {
    test(`draws the markers where the map first draws them: ${path}`, async ({ page, isMobile }) => {
      test.skip(isMobile && path !== '/', 'a view from the URL is centred alike on a phone');
      const { src, className } = await servedPicture(page, path);
      await page.goto(path);
      await mapReady(page);
      const pictured = sorted(await pictureMarks(page, src, className));
      // The map adds its markers a slice a frame.
      await expect
        .poll(async () => sorted(await mapMarks(page)).map((m) => m.kind))
        .toEqual(pictured.map((m) => m.kind));
      const drawn = sorted(await mapMarks(page));
      pictured.forEach((m, i) => {
        expect(Math.abs(m.x - drawn[i].x), `${m.kind} ${i} x`).toBeLessThanOrEqual(2);
        expect(Math.abs(m.y - drawn[i].y), `${m.kind} ${i} y`).toBeLessThanOrEqual(2);
      });
    });
  }
});
