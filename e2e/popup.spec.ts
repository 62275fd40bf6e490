import { chooseFromList, details, expect, mapReady, test } from './fixtures';

const ONTARIO = 'ontario-surgery-center-2025-07-08';
const SF = 'sf-immigration-court-2025-07-08';

declare global {
  interface Window {
    /** An element of the popup, held across a move to see whether it was replaced. */
    held?: Element | null;
  }
}

test.describe('the popup', () => {
  test('Copy link copies the permanent URL and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/?incident=${ONTARIO}`);
    await mapReady(page);
    await details(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(details(page).getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`^https?://[^/]+/incidents/${ONTARIO}$`),
    );
  });

  test('Escape closes it and focus returns to the marker that opened it', async ({ page, isMobile }) => {
    test.skip(isMobile, 'on a phone the details open in the sheet (phone.spec.ts)');
    await page.goto('/?map=11/34.05/-117.6');
    await mapReady(page);
    const marker = page.locator('.incident-marker[title^="ICE arrest inside a surgical center"]');
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(details(page).getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(details(page)).toHaveCount(0);
    await expect(marker).toBeFocused();
  });

  test('a date the sources disagree on says so, with who says what', async ({ page }) => {
    await page.goto('/?incident=sf-immigration-court-2025-07-08');
    await mapReady(page);
    await expect(details(page)).toContainText('Sources differ on the date: July 8, 2025 (ktvu.com); July 7, 2025');
  });

  test('in Spanish, with the place and precision in words', async ({ page }) => {
    await page.goto(`/es?incident=${ONTARIO}`);
    await mapReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mapa de incidentes');
    await expect(details(page)).toContainText('Arresto de ICE dentro de un centro quirúrgico en Ontario, California');
    await expect(details(page)).toContainText('Ubicación aproximada: ciudad de Ontario');
    await expect(details(page)).toContainText('3 fuentes');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute(
      'href',
      new RegExp(`incident=${ONTARIO}`),
    );
  });

  test('a flight keeps the open popup: the same link, which then works', async ({ page, isMobile }) => {
    test.skip(isMobile, 'on a phone the details open in the sheet (phone.spec.ts)');
    await page.goto(`/?incident=${ONTARIO}&map=5/37/-100`);
    await mapReady(page);
    const link = details(page).getByRole('link', { name: 'Incident page' });
    await expect(link).toBeVisible();
    await link.evaluate((a) => (window.held = a));
    // Choosing the open incident again flies to it, the popup open all the way.
    await chooseFromList(page, ONTARIO);
    await expect(page).toHaveURL(/map=1\d%2F/);
    expect(await link.evaluate((a) => a === window.held)).toBe(true);
    await link.click();
    await expect(page).toHaveURL(`/incidents/${ONTARIO}`);
  });

  test('a popup keeps its scroll and its elements while the map moves under it', async ({ page, isMobile }) => {
    test.skip(isMobile, 'on a phone the details open in the sheet (phone.spec.ts)');
    // Short enough that the popup scrolls.
    await page.setViewportSize({ width: 1000, height: 560 });
    await page.goto(`/es?setting=courthouse&incident=${SF}`);
    await mapReady(page);
    const content = page.locator('.leaflet-popup-content');
    const link = details(page).getByRole('link', { name: 'Página del incidente' });
    await link.scrollIntoViewIfNeeded();
    const scrolled = await content.evaluate((el) => el.scrollTop);
    expect(scrolled).toBeGreaterThan(0);
    await link.evaluate((a) => (window.held = a));
    const url = page.url();
    // A move re-renders the page (the URL takes the new view) and everything on the map.
    await page.locator('.leaflet-container').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).not.toBe(url);
    expect(await content.evaluate((el) => el.scrollTop)).toBe(scrolled);
    expect(await link.evaluate((a) => a === window.held)).toBe(true);
    await link.click();
    await expect(page).toHaveURL(`/es/incidents/${SF}`);
  });
});
