import { expect, mapReady, test } from './fixtures';

test.describe('the basemap', () => {
  test.describe('with the tile server unreachable', () => {
    test.use({ tilesOffline: true });

    test('draws the shipped state and county outlines instead, and says so', async ({ page }) => {
      await page.goto('/');
      await mapReady(page);
      await expect(page.getByRole('status').filter({ hasText: 'map tiles could not be loaded' })).toBeVisible();
      // Land, county borders and state borders, in their own pane under the incidents.
      await expect(page.locator('.leaflet-basemap-pane path')).toHaveCount(3);
      await expect(page.locator('.leaflet-tile-pane img')).toHaveCount(0);
      await expect(page.locator('.leaflet-control-attribution')).toContainText('U.S. Census Bureau');
      // The incidents are still drawn over it.
      await expect(page.locator('.area-label')).toBeVisible();
    });
  });

  test('the outlines can be chosen on purpose in the layer control', async ({ page }) => {
    await page.goto('/');
    await mapReady(page);
    await expect(page.locator('.leaflet-tile-pane img').first()).toBeAttached();
    await page.locator('.leaflet-control-layers').hover();
    await page.locator('.leaflet-control-layers-toggle').click({ force: true }).catch(() => undefined);
    await page.getByRole('radio', { name: 'State and county outlines (works offline)' }).check();
    await expect(page.locator('.leaflet-basemap-pane path')).toHaveCount(3);
    await expect(page.locator('.leaflet-tile-pane img')).toHaveCount(0);
    await page.getByRole('radio', { name: 'Street map (OpenStreetMap)' }).check();
    await expect(page.locator('.leaflet-tile-pane img').first()).toBeAttached();
  });
});
