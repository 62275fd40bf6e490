/**
 * The map at home on a phone, even offline: after one visit the service
 * worker keeps the app, the outline basemap, the map's first picture and the data last seen; the map
 * then opens with no network, shows its incidents and how old they are, and
 * takes new data when the network is back. And "Download image" saves a
 * picture of the view.
 */
import type { Page } from '@playwright/test';
import { expect, mapReady, test } from './fixtures';

/** Until the worker controls the page and has kept it (the first visit hands it what the page loaded). */
async function keptForOffline(page: Page) {
  const kept = () =>
    page.evaluate(async () => {
      if (!navigator.serviceWorker.controller) return false;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        if (!name.startsWith('shell-') || !(await cache.match(`${location.origin}/`))) continue;
        // Every script and stylesheet the page loaded, the lazily loaded map's included, and the map's picture.
        const urls = new Set((await cache.keys()).map((r) => r.url));
        const loaded = performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((url) => url.includes('/_next/static/') || url.includes('/map-picture.svg'));
        return loaded.length > 0 && loaded.every((url) => urls.has(url));
      }
      return false;
    });
  await expect.poll(kept, { timeout: 30_000, intervals: [250] }).toBe(true);
}

test.describe('offline', () => {
  test.use({
    serviceWorkers: 'allow',
    // With the network off, the browser reports each request that fails (tiles, the worker's own tries).
    expectedConsoleErrors: /ERR_INTERNET_DISCONNECTED|Failed to load resource|net::ERR_FAILED/,
  });

  test('the map opens offline with the incidents last seen and their age, then takes new data back online', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await mapReady(page);
    await keptForOffline(page);
    const markers = await page.locator('.incident-marker').count();
    expect(markers).toBeGreaterThan(0);

    await context.setOffline(true);
    await page.reload();
    await mapReady(page);
    await expect(page.locator('.incident-marker')).toHaveCount(markers);
    // The picture of the first view came from the worker's copy too.
    const picture = page.locator('img.map-picture');
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    const notice = page.getByText(/You are offline: showing the incidents as loaded (just now|\d+ minutes? ago)\./);
    await expect(notice).toBeVisible();

    // Back online, the dataset has grown meanwhile: the count follows, the notice goes.
    await context.route('**/api/summary**', async (route) => {
      const response = await route.fetch();
      const summary = await response.json();
      await route.fulfill({ response, json: { ...summary, count: summary.count + 1 } });
    });
    await context.setOffline(false);
    await expect(notice).toBeHidden();
    await expect(page.locator('.panel__count')).toHaveText(/ of 7 incidents$/);
    // The page goes on asking (its data is fetched anew when the network is back): the answers in flight
    // finish before the test, not after it.
    await context.unrouteAll({ behavior: 'wait' });
  });
});

test.describe('a weak signal', () => {
  test.use({ serviceWorkers: 'allow' });

  test('when the network is slow to answer, the map opens from the copies, then takes the late answers', async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto('/');
    await mapReady(page);
    await keptForOffline(page);
    const markers = await page.locator('.incident-marker').count();

    // Every answer of the app's own server waits until released (the hashed scripts come from the worker).
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route(
      (url) => url.origin === new URL(baseURL!).origin && !url.pathname.startsWith('/_next/static/'),
      async (route) => {
        await released;
        await route.continue().catch(() => {});
      },
    );
    await page.reload({ waitUntil: 'commit' });
    await mapReady(page);
    await expect(page.locator('.incident-marker')).toHaveCount(markers);
    const notice = page.getByText(/The network is not answering: showing the incidents as loaded/);
    await expect(notice).toBeVisible();
    expect(
      await page.evaluate(
        () =>
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { deliveryType: string })
            .deliveryType,
      ),
    ).toBe('cache-storage');

    release();
    await expect(notice).toBeHidden();
    await context.unrouteAll({ behavior: 'wait' });
  });
});

test('"Download image" saves a picture of the view and its filters', async ({ page }) => {
  await page.goto('/?setting=courthouse&map=9/37.78/-122.42');
  await mapReady(page);
  const link = page.getByRole('link', { name: 'Download image' });
  await expect(link).toHaveAttribute('href', /^\/share-image\?setting=courthouse&map=9%2F37\.78%2F-122\.42&download$/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^incident-map-\d{4}-\d{2}-\d{2}\.png$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const png = Buffer.concat(chunks);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(png.length).toBeGreaterThan(20_000);
});
