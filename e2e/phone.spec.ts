import { details, expect, mapReady, openPanel, test } from './fixtures';

const ONTARIO = 'ontario-surgery-center-2025-07-08';

test.describe('on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'phone layout only');

  test('the map fills the screen and the list slides up as a sheet', async ({ page }) => {
    await page.goto('/');
    await mapReady(page);
    const viewport = page.viewportSize()!;
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    expect(map.width).toBe(viewport.width);
    expect(map.y + map.height).toBeGreaterThanOrEqual(viewport.height - 1);
    const toggle = page.locator('.sheet-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toContainText('6 of 6 incidents');
    await openPanel(page);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.panel__body')).toBeInViewport();
    await expect(page.locator('.panel__count')).toBeInViewport();
    await page.locator(`.incident-list [data-incident-id="${ONTARIO}"]`).scrollIntoViewIfNeeded();
    await expect(page.locator(`.incident-list [data-incident-id="${ONTARIO}"]`)).toBeInViewport();
    // Nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });

  test('details slide up in the sheet; closing returns to the list', async ({ page }) => {
    await page.goto('/');
    await mapReady(page);
    await openPanel(page);
    await page.locator(`.incident-list [data-incident-id="${ONTARIO}"]`).click();
    await expect(page.locator('.panel .incident-popup')).toContainText('Approximate location: city of Ontario');
    await expect(page.locator('.leaflet-popup')).toHaveCount(0);
    await page.locator('.panel').getByRole('button', { name: 'Close' }).click();
    await expect(details(page)).toHaveCount(0);
    await expect(page.locator(`.incident-list [data-incident-id="${ONTARIO}"]`)).toBeFocused();
  });

  test('touch targets are at least 44 px', async ({ page }) => {
    await page.goto('/');
    await mapReady(page);
    await openPanel(page);
    await page.getByText('Kind of place and agency').click();
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'button, a, input, summary, [role="slider"], .leaflet-marker-icon.leaflet-interactive, label:has(input)',
        ),
      ]
        .filter((el) => el.offsetParent !== null && !el.closest('.leaflet-control-attribution'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        // A checkbox counts by its label, which is the target.
        .filter(({ el }) => !(el instanceof HTMLInputElement && el.type === 'checkbox'))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(({ el, box }) => `${el.tagName}.${el.className} ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
  });
});
