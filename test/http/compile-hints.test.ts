/**
 * The map page's scripts reach the browser marked for eager compilation
 * (scripts/compile-hints.mjs, run by `npm run build`): without the hint,
 * Chromium compiles Next's and React's start-up on the main thread, in one
 * long task (docs/PERFORMANCE.md, section 3).
 */
import { describe, expect, it } from 'vitest';
import { get } from './helpers';
import { htmlDocument } from './markup';

const HINT = '//# allFunctionsCalledOnLoad\n';

describe('the JavaScript of the map page', () => {
  it('starts, in every script the page loads, with the compile hint on the first line', async () => {
    const html = await (await get('/')).text();
    const scripts = [...htmlDocument(html).querySelectorAll('script[src]')]
      .map((s) => s.getAttribute('src')!)
      .filter((src) => src.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    for (const src of scripts) {
      const res = await get(src);
      expect(res.status, src).toBe(200);
      expect((await res.text()).slice(0, HINT.length), src).toBe(HINT);
    }
  });
});
