/**
 * The map at scale: 1,500 generated incidents (the second server of
 * playwright.config.ts), more than one answer of the API may hold. The
 * country view is drawn from server clusters, a city's long list is
 * virtualized and stays a list, and a deep link reaches an incident by id.
 */
import { expect, mapReady, openPanel, test } from './fixtures';

const SCALE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 1}`;
test.use({ baseURL: SCALE });

const zoomInUrl = (page: import('@playwright/test').Page) =>
  page.evaluate(() => Number(new URLSearchParams(location.search).get('map')?.split('/')[0]));

test('the country view shows the server clusters with their counts, and one zooms in', async ({ page, isMobile }) => {
  await page.goto('/?map=4/38/-96');
  await mapReady(page);
  const cluster = page.locator('.incident-cluster[title$="incidents here: zoom in"]').first();
  await expect(cluster).toBeVisible();
  const count = Number(/^(\d+)/.exec((await cluster.getAttribute('title'))!)![1]);
  expect(count).toBeGreaterThan(1);
  await openPanel(page);
  // The incidents in view are counted, listed or in a cluster, against all 1,500 (a phone's view holds fewer).
  await expect(page.locator('.panel__count')).toHaveText(
    isMobile ? /^[\d,]+ of 1,500 incidents$/ : /^1,500 of 1,500 incidents$/,
  );
  await expect(page.locator('.panel__more')).toBeVisible();
  const before = await zoomInUrl(page);
  // By keyboard: on a phone the open sheet covers part of the map.
  await cluster.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => zoomInUrl(page)).toBeGreaterThan(before);
});

test('a long list is virtualized, stays a list, and the keyboard walks all of it', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the phone shows a smaller view: fewer incidents than a long list');
  await page.goto('/?map=7/40.71/-74');
  await mapReady(page);
  // The view's answer for the settled map, not the first one drawn: the rows must not change under the keyboard.
  await page.waitForLoadState('networkidle');
  const list = page.locator('ul.incident-list--virtual');
  await expect(list).toBeVisible();
  const rows = list.locator('li');
  const size = Number(await rows.first().getAttribute('aria-setsize'));
  expect(size).toBeGreaterThan(100);
  // Only the rows near the window are in the page.
  expect(await rows.count()).toBeLessThan(size);
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
  await rows.first().getByRole('button').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('li:focus-within')).toHaveAttribute('aria-posinset', '2');
  await page.keyboard.press('End');
  await expect(page.locator('li:focus-within')).toHaveAttribute('aria-posinset', String(size));
  await page.keyboard.press('Home');
  await expect(page.locator('li:focus-within')).toHaveAttribute('aria-posinset', '1');
  // Choosing a row still opens it. The last row takes the focus once it is rendered, after a scroll: wait for it before reading its id.
  await page.keyboard.press('End');
  await expect(page.locator('li:focus-within')).toHaveAttribute('aria-posinset', String(size));
  const id = await page.locator('li:focus-within button').getAttribute('data-incident-id');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`incident=${id}`));
  await expect(page.locator(`.incident-popup[data-incident-id="${id}"]`)).toBeVisible();
});

test('a deep link to an incident far from the view flies there and opens it', async ({ page, request }) => {
  // An incident the country view holds only inside a cluster.
  const answer = await (
    await request.get(`${SCALE}/api/incidents?bbox=-125,24,-66,50&zoom=10&setting=courthouse`)
  ).json();
  const some = (answer.features as { id: string; properties: { cluster?: boolean; title: string } }[]).find(
    (f) => !f.properties.cluster,
  )!;
  await page.goto(`/?incident=${some.id}`);
  await mapReady(page);
  await expect(page.locator('.incident-popup').getByRole('heading', { name: some.properties.title })).toBeVisible();
  expect(await zoomInUrl(page)).toBeGreaterThanOrEqual(10);
});
