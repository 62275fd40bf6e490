/**
 * The pages' content is in the HTML as it is sent, not in a streamed Suspense
 * boundary (a hidden `<div id="S:…">` moved into place by React's `$RC`
 * script). React 19.2 batches those reveals and holds one up to 300 ms after
 * the first frame, so a boundary around the map page put its first paint
 * among the scripts being compiled, in one long task (docs/PERFORMANCE.md,
 * section 3, eleventh round). Nothing in these pages suspends on the server.
 */
import { describe, expect, it } from 'vitest';
import { get, ID } from './helpers';

const PAGES = ['/', '/es', '/embed', `/incidents/${ID.ontario}`, `/es/incidents/${ID.ontario}`];

describe('the HTML of the pages', () => {
  it.each(PAGES)('%s carries its content in place, with no boundary revealed by a script', async (page) => {
    const res = await get(page);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/<div hidden id="S:\d+">/);
    expect(html).not.toContain('$RC(');
  });
});
