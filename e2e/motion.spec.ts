import type { Page } from '@playwright/test';
import { chooseFromList, details, expect, mapReady, test } from './fixtures';

const ONTARIO = 'ontario-surgery-center-2025-07-08';
const zoomInUrl = (page: Page) =>
  page.evaluate(() => Number(new URLSearchParams(location.search).get('map')?.split('/')[0]));

/**
 * From now on, records each sign of the map animating: Leaflet's zoom
 * animation (its class on the map pane), or a flight's in-between frames
 * (a layer scaled by other than a power of two; a jump only ever scales the
 * tiles of the zoom it left by whole levels).
 */
async function watchMotion(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __motion: string[] }).__motion = seen;
    const container = document.querySelector<HTMLElement>('.leaflet-container')!;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (r.attributeName === 'class' && el.classList.contains('leaflet-zoom-anim')) seen.push('zoom animation');
        const scale = /scale\(([\d.e-]+)\)/.exec(el.style?.transform ?? '')?.[1];
        if (scale && !Number.isInteger(Math.log2(Number(scale)))) seen.push(`scale(${scale})`);
      }
    }).observe(container, { attributes: true, attributeFilter: ['class', 'style'], subtree: true });
  });
}
const motion = (page: Page) => page.evaluate(() => (window as unknown as { __motion: string[] }).__motion);

/** A keyboard zoom, then a flight to an incident chosen from the list. */
async function zoomThenFly(page: Page) {
  await page.goto('/?map=5/37/-110');
  await mapReady(page);
  await watchMotion(page);
  await page.locator('.leaflet-container').focus();
  await page.keyboard.press('+');
  await expect.poll(() => zoomInUrl(page)).toBe(6);
  await chooseFromList(page, ONTARIO);
  await expect(
    details(page).getByRole('heading', { name: 'ICE arrest inside a surgical center in Ontario, California' }),
  ).toBeVisible();
  await expect.poll(() => zoomInUrl(page)).toBeGreaterThan(6);
}

test.describe('motion', () => {
  test.skip(
    ({ isMobile }) => isMobile,
    'desktop only: a phone runs the same map code; its sheet follows the same setting in CSS',
  );

  test('a reader who asks for reduced motion gets jumps: no zoom animation, no flight', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await zoomThenFly(page);
    expect(await motion(page)).toEqual([]);
  });

  test('otherwise the map animates its zooms and flies', async ({ page }) => {
    await zoomThenFly(page);
    const seen = await motion(page);
    expect(seen).toContain('zoom animation');
    expect(seen.some((s) => s.startsWith('scale('))).toBe(true);
  });
});
