import { expect, mapReady, openPanel, test } from './fixtures';
import type { Page } from '@playwright/test';

const count = (page: Page) => page.locator('.panel__count');
const listIds = (page: Page) =>
  page
    .locator('.incident-list [data-incident-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-incident-id')));

test.describe('filters', () => {
  test('by kind of place, with Back undoing it', async ({ page }) => {
    await page.goto('/');
    await mapReady(page);
    await openPanel(page);
    await page.getByText('Kind of place and agency').click();
    // What the map shows comes from the API, tile by tile (/api/tiles/{z}/{x}/{y}), under the filters.
    const request = page.waitForRequest((r) => {
      const url = new URL(r.url());
      return (
        /^\/api\/tiles\/\d+\/\d+\/\d+$/.test(url.pathname) &&
        url.searchParams.getAll('setting').join() === 'courthouse' &&
        !url.searchParams.has('bbox')
      );
    });
    // Checked once the URL says so (a click, then the state follows the address).
    await page.getByRole('checkbox', { name: 'Courthouse' }).click();
    await request;
    await expect(page.getByRole('checkbox', { name: 'Courthouse' })).toBeChecked();
    await expect(page).toHaveURL(/setting=courthouse/);
    await expect(count(page)).toHaveText('1 of 1 incident');
    expect(await listIds(page)).toEqual(['sf-immigration-court-2025-07-08']);
    await expect(page.locator('.leaflet-marker-pane .incident-marker')).toHaveCount(1);
    await page.goBack();
    await expect(count(page)).toHaveText('6 of 6 incidents');
    await expect(page.getByRole('checkbox', { name: 'Courthouse' })).not.toBeChecked();
  });

  test('by agency', async ({ page, isMobile }) => {
    test.skip(
      isMobile,
      'desktop only: the same filter code on a phone, where "by kind of place" runs through the sheet',
    );
    await page.goto('/');
    await mapReady(page);
    await openPanel(page);
    await page.getByText('Kind of place and agency').click();
    await page.getByRole('checkbox', { name: 'U.S. Border Patrol' }).click();
    await expect(page).toHaveURL(/agency=border-patrol/);
    await expect(count(page)).toHaveText('1 of 1 incident');
    expect(await listIds(page)).toEqual(['sacred-heart-el-paso-2023-01-04']);
  });

  test('text search, an empty result that says so, and Clear filters', async ({ page, isMobile }) => {
    test.skip(
      isMobile,
      'desktop only: the same filter code on a phone, where "by kind of place" runs through the sheet',
    );
    await page.goto('/');
    await mapReady(page);
    await openPanel(page);
    const search = page.getByRole('searchbox', { name: 'Search incidents' });
    await search.fill('surgical');
    await expect(page).toHaveURL(/q=surgical/);
    // The list follows once the answer is in (the previous one stays on screen while it loads).
    await expect(count(page)).toHaveText('1 of 1 incident');
    expect(await listIds(page)).toEqual(['ontario-surgery-center-2025-07-08']);
    await search.fill('zzzzzz');
    await expect(page.getByText('No incidents match these filters.')).toBeVisible();
    await expect(count(page)).toHaveText('0 of 0 incidents');
    await page.locator('.panel__empty').getByRole('button', { name: 'Clear filters' }).click();
    await expect(count(page)).toHaveText('6 of 6 incidents');
    await expect(search).toHaveValue('');
    await expect(page).not.toHaveURL(/q=/);
  });

  test('a shared filtered URL reproduces the same list', async ({ page, browser, isMobile }) => {
    test.skip(
      isMobile,
      'desktop only: the same filter code on a phone, where "by kind of place" runs through the sheet',
    );
    await page.goto('/');
    await mapReady(page);
    await openPanel(page);
    await page.getByText('Kind of place and agency').click();
    await page.getByRole('checkbox', { name: 'Place of worship' }).click();
    await expect(page).toHaveURL(/setting=place-of-worship/);
    await page.getByRole('searchbox', { name: 'Search incidents' }).fill('church');
    await expect(page).toHaveURL(/q=church/);
    await expect(count(page)).toHaveText(/^[1-5] of [1-5] incidents?$/);
    const ids = await listIds(page);
    const shared = page.url();
    const other = await browser.newPage();
    await other.route(/tile\.openstreetmap\.org/, (route) => route.fulfill({ status: 204 }));
    await other.goto(shared);
    await expect(other.locator('.panel__count')).toHaveText((await count(page).textContent())!);
    expect(await listIds(other)).toEqual(ids);
    await expect(other.getByRole('searchbox', { name: 'Search incidents' })).toHaveValue('church');
    await other.close();
  });

  test('the timeline: a handle moved by keyboard, and a range brushed by dragging', async ({ page, isMobile }) => {
    test.skip(
      isMobile,
      'desktop only: the same filter code on a phone, where "by kind of place" runs through the sheet',
    );
    await page.goto('/');
    await mapReady(page);
    await openPanel(page);
    const start = page.getByRole('slider', { name: 'Start of the date range' });
    await start.focus();
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/from=2025-07-01/);
    await expect(count(page)).toHaveText(/ of 3 incidents$/);
    await expect(start).toHaveAttribute('aria-valuetext', /Jul 2025/);
    await page.keyboard.press('Home');
    await expect(count(page)).toHaveText('6 of 6 incidents');

    // Brush from 2024 into June 2025 (the chart spans Jan 2023 to Jul 2025): the two June 2025 incidents.
    const box = (await page.locator('.timeline__track').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(page).toHaveURL(/from=2024-01-01&to=2025-06-30/);
    await expect(count(page)).toHaveText('2 of 2 incidents');
    await expect(page.locator('.timeline__range')).toHaveText('Jan 2024 – Jun 2025');
  });
});
