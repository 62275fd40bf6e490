/**
 * The API failing after the map has loaded: the map keeps what it shows,
 * says so, and recovers by itself (SWR retries) once the API answers again.
 */
import { expect, mapReady, test } from './fixtures';

// The browser logs each request made to fail here as a console error: expected in this file only.
test.use({ expectedConsoleErrors: /status of 503/ });

const drawn = '.leaflet-marker-pane .incident-marker, .leaflet-marker-pane .incident-cluster';
/** The map's data: its tiles. */
const viewQuery = (url: URL) => url.pathname.startsWith('/api/tiles/');

test('the map keeps its markers, shows a notice, and recovers when the API comes back', async ({ page }) => {
  await page.goto('/');
  await mapReady(page);
  const before = await page.locator(drawn).count();
  expect(before).toBeGreaterThan(0);

  let failed = 0;
  await page.route(viewQuery, (route) => {
    failed++;
    return route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'down for the test' }),
    });
  });
  // A new view asks the API, which now fails.
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Incidents could not be loaded' });
  await expect(notice).toBeVisible();
  expect(failed).toBeGreaterThan(0);
  await expect(page.locator(drawn).first()).toBeVisible();
  expect(await page.locator(drawn).count()).toBeGreaterThan(0);

  // Back up: SWR's retry (about 2 s, then backing off) brings the view, and the notice goes.
  await page.unroute(viewQuery);
  const answered = page.waitForResponse((r) => viewQuery(new URL(r.url())) && r.status() === 200, { timeout: 20_000 });
  await answered;
  await expect(notice).toHaveCount(0);
  await expect(page.locator(drawn).first()).toBeVisible();
});
