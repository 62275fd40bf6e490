import type { Page } from '@playwright/test';
import { expect, mapReady, test } from './fixtures';

/** Tiles of the outlines with something drawn on them (images drawn on a canvas to read their pixels). */
const drawnOutlineTiles = (page: Page) =>
  page.locator('.leaflet-basemap-pane .basemap-outlines img').evaluateAll(
    (tiles) =>
      tiles.filter((t) => {
        const img = t as HTMLImageElement;
        if (!img.complete || !img.naturalWidth) return false;
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) return true;
        return false;
      }).length,
  );

test.describe('the basemap', () => {
  test.describe('with the tile server unreachable', () => {
    test.use({ tilesOffline: true });

    test('draws the shipped state and county outlines instead, and says so', async ({ page }) => {
      await page.goto('/');
      await mapReady(page);
      await expect(page.getByRole('status').filter({ hasText: 'map tiles could not be loaded' })).toBeVisible();
      // Land, county borders and state borders, drawn into tiles in their own pane under the incidents.
      await expect.poll(() => drawnOutlineTiles(page)).toBeGreaterThan(0);
      await expect(page.locator('.leaflet-tile-pane img')).toHaveCount(0);
      await expect(page.locator('.leaflet-control-attribution')).toContainText('U.S. Census Bureau');
      // The incidents are still drawn over it.
      await expect(page.locator('.leaflet-overlay-pane path.leaflet-interactive')).toHaveCount(1);
      await expect(page.locator('.leaflet-marker-pane .leaflet-marker-icon').first()).toBeVisible();
    });

    test('a popup opened under the notice is panned below it', async ({ page, isMobile }) => {
      test.skip(isMobile, 'desktop only: on a phone the details open in the sheet, not in a popup');
      // The marker in the map's middle: its popup, taller than the map's upper half, is panned down to fit.
      await page.goto('/?map=12/34.0633/-117.6509');
      await mapReady(page);
      const notice = page.getByRole('status').filter({ hasText: 'map tiles could not be loaded' });
      await expect(notice).toBeVisible();
      await page.locator('.incident-marker[title^="ICE arrest inside a surgical center"]').click();
      const popup = page.locator('.leaflet-popup');
      await expect(popup.getByRole('heading', { level: 2 })).toBeFocused();
      // Once the pan has settled: the popup's top is below the notice's bottom.
      await expect
        .poll(async () => {
          const [p, n] = [await popup.boundingBox(), await notice.boundingBox()];
          return p && n ? Math.round(p.y - (n.y + n.height)) : NaN;
        })
        .toBeGreaterThanOrEqual(8);
    });
  });

  test('the outlines can be chosen on purpose in the layer control', async ({ page, isMobile }) => {
    test.skip(isMobile, 'desktop only: the same layer control on a phone');
    await page.goto('/');
    await mapReady(page);
    await expect(page.locator('.leaflet-tile-pane img').first()).toBeAttached();
    await page.locator('.leaflet-control-layers').hover();
    await page
      .locator('.leaflet-control-layers-toggle')
      .click({ force: true })
      .catch(() => undefined);
    await page.getByRole('radio', { name: 'State and county outlines (works offline)' }).check();
    await expect.poll(() => drawnOutlineTiles(page)).toBeGreaterThan(0);
    await expect(page.locator('.leaflet-tile-pane img')).toHaveCount(0);
    await page.getByRole('radio', { name: 'Street map (OpenStreetMap)' }).check();
    await expect(page.locator('.leaflet-tile-pane img').first()).toBeAttached();
  });
});
