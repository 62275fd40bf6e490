/**
 * The shared test fixture: every request that leaves the app is answered
 * here. Tile requests get a 1×1 PNG (or fail, when a test asks for the tile
 * server to be unreachable); anything else third-party is aborted, which the
 * console check then reports. Any console error or uncaught exception fails
 * the test.
 */
import { test as base, expect, type LaunchOptions, type Page } from '@playwright/test';
import { disableFeatures } from './chromium-switches';

export const TILE_HOST = 'tile.openstreetmap.org';

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export interface Options {
  /** When true, tile requests fail as if the tile server could not be reached. */
  tilesOffline: boolean;
  /** Console errors a test provokes on purpose (the browser reports each failed request it made to fail). */
  expectedConsoleErrors?: RegExp;
}

export const test = base.extend<Options>({
  tilesOffline: [false, { option: true }],
  expectedConsoleErrors: [undefined, { option: true }],
  page: async ({ page, tilesOffline, expectedConsoleErrors, baseURL }, use) => {
    const errors: string[] = [];
    const own = new URL(baseURL!).host;
    await page.route(
      (url) => url.host !== own,
      (route) => {
        const url = new URL(route.request().url());
        if (url.hostname.endsWith(TILE_HOST) && /\/\d+\/\d+\/\d+\.png$/.test(url.pathname)) {
          return tilesOffline
            ? route.abort('internetdisconnected')
            : route.fulfill({ status: 200, contentType: 'image/png', body: PNG_1X1 });
        }
        return route.abort('blockedbyclient');
      },
    );
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      // With the tile server unreachable, the browser itself reports each failed tile: expected there.
      if (tilesOffline && msg.location().url.includes(TILE_HOST)) return;
      if (expectedConsoleErrors?.test(msg.text())) return;
      errors.push(`${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await use(page);
    expect(errors, 'console errors and uncaught exceptions').toEqual([]);
  },
});

export { expect };

/**
 * For tests that play another site framing the app: Chromium's Local Network
 * Access checks would block a public, non-secure host page from reaching the
 * loopback server at all. A real host frames a public site, so these tests
 * turn the checks off: `test.extend<object, object>(localNetworkChecksOff)`.
 */
const withChecksOff = async (
  { launchOptions }: { launchOptions: LaunchOptions },
  use: (options: LaunchOptions) => Promise<void>,
) =>
  use({
    ...launchOptions,
    args: [
      // Chromium obeys only the last --disable-features: this one repeats the others (e2e/chromium-switches.ts).
      ...(launchOptions.args ?? []).filter((arg) => !arg.startsWith('--disable-features=')),
      disableFeatures(
        'LocalNetworkAccessChecks',
        'BlockInsecurePrivateNetworkRequests',
        'PrivateNetworkAccessForIframes',
        'PrivateNetworkAccessForNavigations',
        'PrivateNetworkAccessSendPreflights',
      ),
    ],
  });
export const localNetworkChecksOff: { launchOptions: [typeof withChecksOff, { scope: 'worker' }] } = {
  launchOptions: [withChecksOff, { scope: 'worker' }],
};

/** Waits until the map has drawn its incidents. */
export async function mapReady(page: Page) {
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await expect(page.locator('.incident-marker, .incident-cluster').first()).toBeVisible();
}

/** On a phone, slides the bottom sheet up (the list and filters live in it); elsewhere does nothing. */
export async function openPanel(page: Page) {
  // The sheet works once the page is interactive, by when the map is drawn.
  await mapReady(page);
  const toggle = page.locator('.sheet-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** The open incident's details: a popup on the map, or the sheet on a phone. */
export const details = (page: Page) => page.locator('.incident-popup');

/** Opens an incident from the list, leaving any open one first (on a phone its details cover the list). */
export async function chooseFromList(page: Page, id: string) {
  await openPanel(page);
  const close = page.locator('.panel .incident-popup__close');
  if (await close.isVisible()) await close.click();
  await page.locator(`.incident-list [data-incident-id="${id}"]`).click();
}
