/**
 * What reporters rely on, in a real browser: the incident page without
 * JavaScript shows every excerpt; the small map draws the incident (and its
 * offline outlines when the tile server is unreachable); the citation and
 * embed copy buttons copy; the embeds draw; and a host page on another origin
 * that frames an embed with /embed.js receives its height and resizes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, localNetworkChecksOff, mapReady, test } from './fixtures';

interface DataIncident {
  id: string;
  properties: { title: string; sources: { source: string; excerpts: { text: string }[] }[] };
}

const incidents: DataIncident[] = readdirSync(path.join('data', 'incidents'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join('data', 'incidents', f), 'utf8')));

const SF = 'sf-immigration-court-2025-07-08';
const DIOCESE = 'diocese-san-bernardino-2025-07-08';
const ONTARIO = 'ontario-surgery-center-2025-07-08';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** An element's layout height in CSS pixels (a bounding box is fractional on a phone's pixel ratio). */
const heightOf = (locator: Locator) => locator.evaluate((el) => (el as HTMLElement).offsetHeight);

/** The small map of the page, drawn with its incident. */
async function miniMap(page: Page, id: string) {
  const frame = page.locator(`[data-incident-map="${id}"]`);
  await expect(frame.locator('.leaflet-container')).toBeVisible();
  return frame;
}

test.describe('the incident page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test.skip(({ isMobile }) => isMobile, "desktop only: without JavaScript the server's HTML is the same on a phone");

  for (const incident of incidents) {
    test(`${incident.id}: every excerpt of every source`, async ({ page }) => {
      const res = await page.goto(`/incidents/${incident.id}`);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(incident.properties.title);
      const quoted = (await page.locator('#sources-heading ~ ol blockquote').allTextContents()).map(squash);
      const expected = incident.properties.sources.flatMap((s) => s.excerpts).map((e) => squash(e.text));
      expect(quoted).toEqual(expected);
      for (const text of expected)
        await expect(page.locator('blockquote', { hasText: text.slice(0, 80) }).first()).toBeVisible();
      // No map without scripts, and the page says so; the copy buttons stay hidden, the texts selectable.
      await expect(page.locator('.leaflet-container')).toHaveCount(0);
      await expect(page.locator(`[data-incident-map="${incident.id}"]`)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Copy plain citation' })).toBeHidden();
      await expect(page.locator('[data-citation="plain"]')).toContainText(incident.properties.title);
    });
  }

  test('the embed of an incident shows its lead excerpts', async ({ page }) => {
    const incident = incidents.find((i) => i.id === ONTARIO)!;
    expect((await page.goto(`/embed/incidents/${ONTARIO}`))?.status()).toBe(200);
    for (const s of incident.properties.sources.slice(0, 2))
      await expect(page.locator('blockquote', { hasText: squash(s.excerpts[0].text) })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Every source and excerpt, and how to cite it' })).toHaveAttribute(
      'href',
      `/incidents/${ONTARIO}`,
    );
  });
});

test.describe('the small map on the incident page', () => {
  test.skip(
    ({ isMobile }) => isMobile,
    'desktop only: the same page code on a phone (embeds, which articles show at phone widths, run on both)',
  );
  test('draws a point incident: its setting marker and circle of uncertainty', async ({ page }) => {
    await page.goto(`/incidents/${ONTARIO}`);
    const map = await miniMap(page, ONTARIO);
    await expect(map.locator('.incident-marker')).toHaveCount(1);
    await expect(map.locator('.incident-marker svg')).toBeVisible();
    await expect(map.locator('.leaflet-overlay-pane path')).toHaveCount(1); // the circle
    await expect(map.locator('.leaflet-tile-pane img').first()).toBeAttached();
    await expect(map.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
    // Scrolling the page over the map does not zoom it.
    await expect(map.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  });

  test('draws an area incident as its area', async ({ page }) => {
    await page.goto(`/incidents/${DIOCESE}`);
    const map = await miniMap(page, DIOCESE);
    await expect(map.locator('.leaflet-overlay-pane path')).toHaveCount(1);
    await expect(map.locator('.area-label')).toHaveText('Roman Catholic Diocese of San Bernardino');
    await expect(map.locator('.incident-marker')).toHaveCount(0);
  });

  test.describe('with the tile server unreachable', () => {
    test.use({ tilesOffline: true });

    test('shows the shipped outlines of the state and counties under the incident', async ({ page }) => {
      await page.goto(`/incidents/${SF}`);
      const map = await miniMap(page, SF);
      await expect(map.locator('.incident-marker')).toHaveCount(1);
      // California, then San Francisco County: drawn in the pane under the tiles.
      await expect(map.locator('.leaflet-offline-basemap-pane path')).toHaveCount(2);
      const box = await map.locator('.leaflet-offline-basemap-pane svg').boundingBox();
      expect(box?.width).toBeGreaterThan(100);
    });
  });
});

test.describe('copy buttons', () => {
  test.skip(
    ({ isMobile }) => isMobile,
    'desktop only: the same page code on a phone (embeds, which articles show at phone widths, run on both)',
  );
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('the citations copy, with the date accessed filled in', async ({ page }) => {
    await page.goto(`/incidents/${SF}`);
    for (const [id, name] of [
      ['plain', 'Copy plain citation'],
      ['apa', 'Copy APA citation'],
    ]) {
      const text = page.locator(`[data-citation="${id}"]`);
      await expect(text).not.toContainText('[date accessed]');
      await page.getByRole('button', { name }).click();
      await expect(page.locator(`[data-citation="${id}"] ~ .copy [role="status"]`)).toHaveText('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.textContent());
    }
  });

  test('the Embed button shows the iframe code, which copies', async ({ page, baseURL }) => {
    await page.goto(`/incidents/${SF}`);
    const code = page.locator('[data-embed-code] pre');
    await expect(code).toBeHidden();
    await page.getByText('Embed', { exact: true }).click();
    await expect(code).toBeVisible();
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(page.locator('[data-embed-code] [role="status"]')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await code.textContent());
    expect(copied).toMatch(
      new RegExp(`^<iframe src="[^"]+/embed/incidents/${SF}" width="\\d+" height="\\d+" title="[^"]+"`),
    );
    expect(copied).toMatch(/<script async src="[^"]+\/embed\.js"><\/script>$/);
    // The copied code is what the oEmbed endpoint gives, plus the resizing script.
    const oembed = await (
      await page.request.get(
        `${baseURL}/api/oembed?url=${encodeURIComponent(copied.match(/src="([^"]+)"/)![1].replace('/embed/', '/'))}`,
      )
    ).json();
    expect(copied.startsWith(oembed.html)).toBe(true);
  });

  test('"Embed this map" on the map gives the code of the map as it is, which copies and opens that map', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/?setting=courthouse&incident=${SF}`);
    await mapReady(page);
    // The code follows the view, and the open popup may still pan the map into view: wait for the view to settle
    // (a clean-clone CI run copied one view and then read the next).
    const view = () => new URL(page.url()).searchParams.get('map');
    await expect
      .poll(async () => {
        const before = view();
        await page.waitForTimeout(500);
        return before === view();
      })
      .toBe(true);
    const code = page.locator('.site-header [data-embed-code] pre');
    await expect(code).toBeHidden();
    await page.getByText('Embed this map', { exact: true }).click();
    await expect(code).toBeVisible();
    // The code escapes the src attribute: & is written &amp;.
    await expect(code).toContainText(`/embed?incident=${SF}&amp;setting=courthouse&amp;map=`);
    await page.locator('.site-header').getByRole('button', { name: 'Copy embed code' }).click();
    await expect(page.locator('.site-header [data-embed-code] [role="status"]')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await code.textContent());
    expect(copied).toMatch(/<script async src="[^"]+\/embed\.js"><\/script>$/);
    const src = new URL(copied.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&'));
    await page.goto(`${baseURL}${src.pathname}${src.search}`);
    await expect(page.locator(`.incident-popup[data-incident-id="${SF}"]`)).toBeVisible();
  });
});

/**
 * The host pages below live on http://host.test (answered by page.route) and
 * frame the app on 127.0.0.1: Chromium's Local Network Access checks would
 * block a public, non-secure page from reaching a loopback server. A real host
 * frames a public site, so the test browser turns the check off.
 */
const hostTest = test.extend<object, object>(localNetworkChecksOff);

test.describe('embeds', () => {
  test('the incident embed draws its small map and links back to the top window', async ({ page }) => {
    await page.goto(`/embed/incidents/${DIOCESE}`);
    const map = await miniMap(page, DIOCESE);
    await expect(map.locator('.area-label')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      incidents.find((i) => i.id === DIOCESE)!.properties.title,
    );
    expect(await page.evaluate(() => document.querySelector('base')?.target)).toBe('_top');
    await expect(page.getByRole('link', { name: 'View on the full map' })).toHaveAttribute(
      'href',
      `/?incident=${DIOCESE}`,
    );
  });

  test('the whole-map embed takes the URL state of / and hands it to the full map', async ({ page }) => {
    await page.goto(`/embed?incident=${ONTARIO}`);
    await expect(page.locator('.leaflet-container')).toBeVisible();
    await expect(page.locator('.incident-popup')).toContainText(
      'ICE arrest inside a surgical center in Ontario, California',
    );
    const full = page.getByRole('link', { name: 'View on the full map' });
    await expect(full).toHaveAttribute('href', new RegExp(`^/\\?.*incident=${ONTARIO}`));
    // The embed never writes its own URL (that would fill the host page's history).
    expect(new URL(page.url()).pathname).toBe('/embed');
  });

  hostTest(
    'a host page on another site that frames an embed receives its height and resizes the frame',
    async ({ page, baseURL }) => {
      await page.route('http://host.test/', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="en"><head><title>Host</title></head><body>
          <h1>An article</h1>
          <script>
            window.reported = [];
            addEventListener('message', (e) => { if (e.data && e.data.type === 'incident-map:height') window.reported.push({ origin: e.origin, height: e.data.height }); });
          </script>
          <iframe id="frame" src="${baseURL}/embed/incidents/${ONTARIO}" width="560" height="150" title="Incident" style="border:0;display:block"></iframe>
          <iframe id="other" srcdoc="<p>not ours</p>" height="150" style="border:0;display:block"></iframe>
          <script async src="${baseURL}/embed.js"></script>
          <p>The article goes on.</p>
        </body></html>`,
        }),
      );
      await page.goto('http://host.test/');
      const frame = page.locator('#frame');
      const origin = new URL(baseURL!).origin;

      // The embed reports its height; the script sets the frame to it.
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { reported: unknown[] }).reported.length))
        .toBeGreaterThan(0);
      const lastReported = () =>
        page.evaluate(() => (window as unknown as { reported: { origin: string; height: number }[] }).reported.at(-1)!);
      await expect.poll(async () => await heightOf(frame)).not.toBe(150);
      await expect.poll(async () => await heightOf(frame)).toBe((await lastReported()).height);
      expect((await lastReported()).origin).toBe(origin);
      // The reported height is the height of the embed's content: nothing hidden, no blank space.
      const content = await page
        .frameLocator('#frame')
        .locator('[data-embed-content]')
        .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      expect(await heightOf(frame)).toBe(content);
      expect(content).toBeGreaterThan(300);

      // Narrower, the text wraps and the content grows: the frame follows.
      const before = await heightOf(frame);
      await frame.evaluate((el) => (el.style.width = '300px'));
      await expect.poll(async () => await heightOf(frame)).toBeGreaterThan(before);
      await expect.poll(async () => await heightOf(frame)).toBe((await lastReported()).height);

      // A message that does not come from our frame moves nothing.
      const height = await heightOf(frame);
      await page.evaluate(() => window.postMessage({ type: 'incident-map:height', height: 5 }, '*'));
      await page.waitForTimeout(200);
      expect(await heightOf(frame)).toBe(height);
      expect(await heightOf(page.locator('#other'))).toBe(150);
    },
  );

  hostTest('a host whose script loads after the embed reported still gets the height', async ({ page, baseURL }) => {
    await page.route('http://host.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Host</title></head><body>
          <iframe id="frame" src="${baseURL}/embed/incidents/${SF}" width="560" height="150" title="Incident" style="border:0;display:block"></iframe>
        </body></html>`,
      }),
    );
    await page.goto('http://host.test/');
    await expect(page.frameLocator('#frame').locator('.leaflet-container')).toBeVisible();
    await page.waitForTimeout(300);
    expect(await heightOf(page.locator('#frame'))).toBe(150);
    await page.evaluate((src) => {
      const s = document.createElement('script');
      s.src = src;
      document.body.append(s);
    }, `${baseURL}/embed.js`);
    const content = await page
      .frameLocator('#frame')
      .locator('[data-embed-content]')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => await heightOf(page.locator('#frame'))).toBe(content);
  });
});
