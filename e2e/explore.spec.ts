import { chooseFromList, details, expect, mapReady, openPanel, test } from './fixtures';
import type { Page } from '@playwright/test';

const ONTARIO = 'ontario-surgery-center-2025-07-08';
const MONTCLAIR = 'our-lady-of-lourdes-montclair-2025-06-20';
const DIOCESE = 'diocese-san-bernardino-2025-07-08';
const SF = 'sf-immigration-court-2025-07-08';

const popup = details;
const listItem = (page: Page, id: string) => page.locator(`.incident-list [data-incident-id="${id}"]`);
const zoomInUrl = (page: Page) =>
  page.evaluate(() => Number(new URLSearchParams(location.search).get('map')?.split('/')[0]));

test.describe('exploring the map', () => {
  test('crowded pins form a cluster showing its count; choosing it zooms in', async ({ page, isMobile }) => {
    test.skip(isMobile, 'desktop only: the same clusters on a phone, where scale.spec.ts zooms into a server cluster');
    await page.goto('/');
    await mapReady(page);
    const cluster = page.locator('.incident-cluster').first();
    await expect(cluster).toHaveText('3');
    await expect(cluster).toHaveAttribute('title', /3 incidents here/);
    const before = await zoomInUrl(page);
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => zoomInUrl(page)).toBeGreaterThan(before);
    // Highland splits off first; Ontario and Montclair (6 km apart) stay together a little longer.
    await expect(
      page.locator('.incident-marker[title^="Men detained in the parking lot of St. Adelaide"]'),
    ).toBeVisible();
    await page.locator('.incident-cluster', { hasText: '2' }).click();
    await expect(page.locator('.incident-marker[title^="Arrest on the grounds of Our Lady of Lourdes"]')).toBeVisible();
    await expect(page.locator('.incident-marker[title^="ICE arrest inside a surgical center"]')).toBeVisible();
  });

  test('the legend explains settings and precision', async ({ page }) => {
    await page.goto('/');
    await openPanel(page);
    await page.getByText('Legend').click();
    const legend = page.locator('.legend');
    for (const label of [
      'Medical facility',
      'Place of worship',
      'Courthouse',
      'Pin: the exact building',
      'Shaded area',
    ]) {
      await expect(legend).toContainText(label);
    }
  });

  test('a deep link into a cluster fits the incident and opens its popup', async ({ page }) => {
    await page.goto(`/?incident=${MONTCLAIR}`);
    await mapReady(page);
    await expect(
      popup(page).getByRole('heading', { name: 'Arrest on the grounds of Our Lady of Lourdes, Montclair' }),
    ).toBeVisible();
    await expect(popup(page)).toContainText('Approximate location: city of Montclair');
    await expect(page.locator(`.incident-marker[title^="Arrest on the grounds of Our Lady of Lourdes"]`)).toBeVisible();
    expect(await zoomInUrl(page)).toBeGreaterThanOrEqual(10);
  });

  test('a deep link whose view shows the pin inside a cluster spreads that cluster', async ({ page }) => {
    // The whole-dataset view, where Ontario, Montclair and Highland form one cluster.
    await page.goto(`/?incident=${MONTCLAIR}&map=6/35/-117`);
    await mapReady(page);
    await expect(popup(page)).toContainText('Arrest on the grounds of Our Lady of Lourdes, Montclair');
    await expect(page.locator(`.incident-marker[title^="Arrest on the grounds of Our Lady of Lourdes"]`)).toBeVisible();
    await expect(page.locator('.incident-cluster')).toHaveCount(0);
  });

  test('a deep link to the area fits the diocese and opens its popup', async ({ page }) => {
    await page.goto(`/?incident=${DIOCESE}`);
    await mapReady(page);
    await expect(popup(page)).toContainText('Bishop of San Bernardino lifts the Sunday Mass obligation');
    await expect(popup(page)).toContainText('Area: Roman Catholic Diocese of San Bernardino');
    await expect(page.locator('.area-label')).toBeVisible();
  });

  test('an unknown incident shows the whole map and a short notice', async ({ page }) => {
    await page.goto('/?incident=no-such-incident');
    await mapReady(page);
    await expect(page.getByRole('status').filter({ hasText: 'no-such-incident' })).toBeVisible();
    await expect(page.locator('.panel__count')).toHaveText('6 of 6 incidents');
    await expect(popup(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/incident=/);
  });

  test('values the URL cannot hold are dropped, not entered', async ({ page }) => {
    await page.goto('/?setting=bogus&from=2025-13-01&incident=Bad_ID&map=99/1/1&lang=xx');
    await mapReady(page);
    await expect(page.locator('.panel__count')).toHaveText('6 of 6 incidents');
    await expect(page).not.toHaveURL(/bogus|from=|incident=|lang=|map=99/);
  });

  test('moving the map updates the list', async ({ page, isMobile }) => {
    test.skip(
      isMobile,
      'desktop only: the list follows the view through the same state on a phone, whose sheet list phone.spec.ts opens',
    );
    await page.goto('/?map=10/34.06/-117.65');
    await mapReady(page);
    await openPanel(page);
    await expect(listItem(page, ONTARIO)).toBeVisible();
    await expect(listItem(page, SF)).toHaveCount(0);
    await expect(page.locator('.panel__count')).toContainText(/^[1-5] of 6 incidents$/);
    // Zoom out until every incident is in view (fewer steps on a wide screen than on a phone).
    for (
      let zoom = 9;
      zoom >= 3 && (await page.locator('.panel__count').textContent()) !== '6 of 6 incidents';
      zoom--
    ) {
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await expect.poll(() => zoomInUrl(page)).toBe(zoom);
    }
    await expect(listItem(page, SF)).toBeVisible();
    await expect(page.locator('.panel__count')).toHaveText('6 of 6 incidents');
  });

  test('Back and Forward move through opened and closed incidents', async ({ page, isMobile }) => {
    test.skip(isMobile, "desktop only: history entries are the URL's, the same on a phone");
    await page.goto('/');
    await mapReady(page);
    await chooseFromList(page, ONTARIO);
    await expect(popup(page)).toContainText('ICE arrest inside a surgical center');
    // Escape closes the popup from inside it: the focus moves there once the flight lands (a clean-clone CI run pressed it before).
    await expect(popup(page).getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popup(page)).toHaveCount(0);
    await chooseFromList(page, MONTCLAIR);
    await expect(popup(page)).toContainText('Arrest on the grounds of Our Lady of Lourdes, Montclair');
    await page.goBack();
    await expect(popup(page)).toHaveCount(0);
    await page.goBack();
    await expect(popup(page)).toContainText('ICE arrest inside a surgical center');
    await expect(page).toHaveURL(new RegExp(`incident=${ONTARIO}`));
    await page.goBack();
    await expect(popup(page)).toHaveCount(0);
    await page.goForward();
    await expect(popup(page)).toContainText('ICE arrest inside a surgical center');
  });
});
