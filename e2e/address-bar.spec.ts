/**
 * Any address bar renders a page: random URL states (fast-check, a fixed seed
 * unless FC_SEED is set; a failure names its seed) on the map and the
 * whole-map embed load, draw the map and raise no console error or uncaught
 * exception (the shared fixture fails the test on either). The server side of
 * the same property, at many more runs, is test/http/properties.test.ts.
 */
import fc from 'fast-check';
import { expect, test } from './fixtures';

const SEED = Number(process.env.FC_SEED ?? 7);
// Each run loads two pages in a real browser; the server side runs hundreds (test/http/properties.test.ts).
const RUNS = 4;

const NASTY = [
  '',
  '%',
  '%E0%A4%A',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '\u202E',
  'NaN',
  '-1',
  '1e309',
  '2025-02-30',
  '99/99/999',
  '0/0/0',
  '18/85.1/180',
];
const text = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ minLength: 201, maxLength: 400 }),
);
const KEYS = ['incident', 'setting', 'agency', 'from', 'to', 'q', 'map', 'lang', 'bbox', 'zoom', 'x'];
const pair = fc.tuple(
  fc.constantFrom(...KEYS),
  fc.oneof(
    text,
    fc.constantFrom(
      'courthouse',
      'ice',
      'es',
      '2025-07-08',
      '9/34.05/-117.6',
      'ontario-surgery-center-2025-07-08',
      'no-such-incident',
    ),
  ),
);
/** Raw: a bare "%" stays as it is, as a hand-edited address would have it. */
const raw = (s: string) => s.replace(/[^%A-Za-z0-9\-._~!$'()*+,;:@/]/gu, encodeURIComponent);
const search = fc
  .array(pair, { minLength: 1, maxLength: 5 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${raw(v)}`).join('&'));

const addresses = fc.sample(search, { numRuns: RUNS, seed: SEED });

test.describe(`random addresses (seed ${SEED})`, () => {
  // The page code is the same on a phone; one project is enough for this.
  test.skip(({ isMobile }) => isMobile, 'desktop only');

  for (const [i, query] of addresses.entries()) {
    for (const path of ['/', '/embed']) {
      test(`${path} with random address #${i + 1}`, async ({ page }) => {
        test.info().annotations.push({ type: 'address', description: `${path}?${query}` });
        const res = await page.goto(`${path}?${query}`);
        expect(res?.status(), `${path}?${query}`).toBe(200);
        await expect(page.locator('.leaflet-container')).toBeVisible();
        await page.waitForLoadState('networkidle');
        // The page is still alive: the map answers a zoom.
        await page.locator('.leaflet-control-zoom-in').click();
      });
    }
  }
});
