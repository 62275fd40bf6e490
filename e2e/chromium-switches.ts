/**
 * Features to turn off in the Chromium that runs the tests and benchmarks.
 * Chromium obeys only the last `--disable-features` it is given, and
 * Playwright passes its own list first (features that break automation), so
 * a second switch would quietly turn those back on (measured: a feature
 * disabled in the first switch is enabled again by a second). This switch
 * repeats Playwright's list, read from the installed Playwright, with ours.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Chromium 156 loads its address bar's suggestion popup, a page of its own
 * (chrome://omnibox-popup.top-chrome), in a renderer of its own for each new
 * window, headless too: 0.8–1.4 s of CPU while the page under test loads.
 * Every test opens a window. With the first two names alone a
 * `--top-chrome-webui` renderer still ran beside each of four windows opened
 * one after another (ps); with the third, the popup's "AI mode" variant,
 * none did.
 */
export const QUIET_BROWSER_UI = ['WebUIOmniboxPopup', 'PreloadTopChromeWebUI', 'WebUIOmniboxAimPopup'];

/** The features Playwright turns off in Chromium (its chromiumSwitches). */
export function playwrightDisabledFeatures(): string[] {
  const bundle = fs.readFileSync(createRequire(__filename).resolve('playwright-core/lib/coreBundle'), 'utf8');
  const list = /\bdisabledFeatures = \[([^\]]*)\]/.exec(bundle)?.[1];
  const names = list ? [...list.matchAll(/^\s*"(\w+)"/gm)].map((m) => m[1]) : [];
  if (names.length === 0)
    throw new Error(
      "e2e/chromium-switches.ts: Playwright's list of disabled Chromium features was not found in playwright-core/lib/coreBundle.js: update the reading of it",
    );
  return names;
}

/** One `--disable-features` switch: Playwright's features, ours, and `more`. */
export function disableFeatures(...more: string[]): string {
  return `--disable-features=${[...new Set([...playwrightDisabledFeatures(), ...QUIET_BROWSER_UI, ...more])].join(',')}`;
}
