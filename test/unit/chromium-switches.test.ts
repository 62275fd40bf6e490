import { describe, expect, it } from 'vitest';
import { QUIET_BROWSER_UI, disableFeatures, playwrightDisabledFeatures } from '../../e2e/chromium-switches';

describe("the browser tests' --disable-features (e2e/chromium-switches.ts)", () => {
  it("reads Playwright's own list from the installed Playwright", () => {
    const features = playwrightDisabledFeatures();
    // Two Playwright has long turned off (its chromiumSwitches), whatever else a version adds.
    expect(features).toEqual(expect.arrayContaining(['PaintHolding', 'DestroyProfileOnBrowserClose']));
    for (const name of features) expect(name).toMatch(/^\w+$/);
  });

  it("is one switch holding Playwright's features, ours and the test's, each once", () => {
    const [, list] = /^--disable-features=(.*)$/.exec(disableFeatures('LocalNetworkAccessChecks', 'PaintHolding'))!;
    const names = list.split(',');
    expect(names).toEqual([...new Set(names)]);
    expect(names).toEqual(
      expect.arrayContaining([...playwrightDisabledFeatures(), ...QUIET_BROWSER_UI, 'LocalNetworkAccessChecks']),
    );
  });
});
