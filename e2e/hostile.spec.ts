/**
 * Hostile content in a real browser: a second server serves
 * test/fixtures/hostile-data (titles, summaries, excerpts, publishers, notes
 * and source URLs full of HTML, scripts, event handlers and "</script>").
 * Every payload tries to set `window.__pwned`; in the popup, the list, the
 * incident page, the embed and the Atom feed it stays text, and nothing runs.
 * The shared fixture fails a test on any console error (a CSP violation
 * included) or uncaught exception.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { details, test as base, expect, mapReady, openPanel } from './fixtures';
import { startAppServer } from './app-server';

const DIR = path.resolve('test/fixtures/hostile-data');
const incidents: { id: string; properties: { title: string; summary: string } }[] = readdirSync(
  path.join(DIR, 'incidents'),
).map((f) => JSON.parse(readFileSync(path.join(DIR, 'incidents', f), 'utf8')));
const SF = 'hostile-sf-immigration-court-2025-07-08';
const sf = incidents.find((f) => f.id === SF)!;

/** One hostile server per worker, beside the main test server's port. */
const test = base.extend<object, { hostileBase: string }>({
  hostileBase: [
    async ({}, use, workerInfo) => {
      const port = Number(process.env.E2E_PORT ?? 3210) + 10 + workerInfo.parallelIndex;
      const server = await startAppServer(port, {
        DATA_DIR: DIR,
        TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      });
      await use(server.url);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ hostileBase }, use) => use(hostileBase),
});

/** Nothing of the payloads ran, and none of their elements exists. */
async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload], b:text-is("b"), b:text-is("bold")').count()).toBe(0);
}

/** Every link from the data to another site: http(s) and rel="noopener noreferrer". */
async function expectSafeLinks(page: Page, scope = 'body') {
  // Leaflet's own attribution links (Leaflet, the tile provider) come from configuration, not the data.
  const links = await page
    .locator(`${scope} a[href]:not(.leaflet-control-attribution a)`)
    .evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') })));
  const origin = new URL(page.url()).origin;
  const external = links.filter((l) => !l.href.startsWith(origin) && !l.href.startsWith('http://localhost:3000/'));
  expect(external.length).toBeGreaterThan(0);
  for (const l of external) {
    expect(l.href).toMatch(/^https?:\/\//);
    expect(l.rel, l.href).toBe('noopener noreferrer');
  }
}

test.describe('hostile content stays text', () => {
  // The same components render on a phone (the popup in a sheet); one project keeps CI short.
  test.skip(({ isMobile }) => isMobile, 'desktop only');

  test('in the popup', async ({ page }) => {
    await page.goto(`/?incident=${SF}`);
    await mapReady(page);
    const popup = details(page);
    await expect(popup.getByRole('heading', { level: 2 })).toHaveText(sf.properties.title);
    await expect(popup).toContainText('Witnesses said <script>window.__pwned="excerpt"</script>');
    await expect(popup).toContainText('+publisher <script>');
    await expectSafeLinks(page, '.incident-popup');
    await expectNothingRan(page);
  });

  test('in the list', async ({ page }) => {
    await page.goto('/');
    await openPanel(page);
    for (const f of incidents) {
      await expect(page.locator(`.incident-list [data-incident-id="${f.id}"]`)).toContainText(f.properties.title);
    }
    await expectNothingRan(page);
  });

  test('on the incident page, in its JSON-LD and its title', async ({ page }) => {
    await page.goto(`/incidents/${SF}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sf.properties.title);
    await expect(page.locator('#sources-heading ~ ol blockquote').first()).toContainText(
      '</blockquote></script><b>bold</b>',
    );
    expect(await page.title()).toContain(sf.properties.title);
    const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(ld).toHaveLength(1);
    expect(JSON.parse(ld[0]).name).toBe(sf.properties.title);
    await expectSafeLinks(page, 'main');
    await expectNothingRan(page);
  });

  test('in the embed', async ({ page }) => {
    await page.goto(`/embed/incidents/${SF}`);
    await expect(page.locator('[data-embed-content]')).toContainText(sf.properties.title);
    await expectSafeLinks(page);
    await expectNothingRan(page);
  });

  test('in the Atom feed, which stays well-formed XML', async ({ page, request }) => {
    // The feed is rendered per request from the served dataset (the hostile one here); the browser's XML parser reads it.
    const xml = await (await request.get('/feed.xml')).text();
    await page.goto('/about');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
        titles: [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')].map(
          (e) => e.getElementsByTagName('title')[0].textContent,
        ),
        scripts: doc.getElementsByTagName('script').length,
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.scripts).toBe(0);
    expect(parsed.titles.sort()).toEqual(incidents.map((f) => f.properties.title).sort());
  });
});
