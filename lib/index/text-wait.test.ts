import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_WAIT, asksForText, offerTextWait } from './text-wait';

type Wait = ((url: string) => Promise<void> | undefined) | undefined;
const wait = (url: string) => ((globalThis as Record<symbol, Wait>)[TEXT_WAIT] ?? (() => undefined))(url);

describe('asksForText', () => {
  it('is true for a q with a word, on any path', () => {
    expect(asksForText('/api/incidents?bbox=-125,24,-66,50&zoom=4&q=church')).toBe(true);
    expect(asksForText('/es?q=Sagrado%20Coraz%C3%B3n')).toBe(true);
    expect(asksForText('/api/summary?q=abc&q=')).toBe(true);
  });

  it('is false without a q, or for a q with no words (every incident matches it)', () => {
    expect(asksForText('/api/incidents')).toBe(false);
    expect(asksForText('/api/incidents?bbox=-125,24,-66,50&zoom=4')).toBe(false);
    expect(asksForText('/?q=')).toBe(false);
    expect(asksForText('/?q=%20%21%21%20%E2%80%94')).toBe(false);
    expect(asksForText('/?query=church')).toBe(false);
  });
});

describe('offerTextWait', () => {
  afterEach(() => {
    (globalThis as Record<symbol, Wait>)[TEXT_WAIT] = undefined;
  });

  it('makes text queries wait until the build is done, and nothing else', async () => {
    let done!: () => void;
    offerTextWait(new Promise<void>((resolve) => (done = resolve)));
    const waiting = wait('/api/incidents?q=court');
    expect(waiting).toBeInstanceOf(Promise);
    expect(wait('/api/incidents?zoom=3&bbox=-180,-90,180,90')).toBeUndefined();
    let settled = false;
    void waiting!.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(settled).toBe(false);
    done();
    await waiting;
    expect(settled).toBe(true);
    expect(wait('/api/incidents?q=court')).toBeUndefined();
  });

  it('lets text queries through when the build fails (they build the index themselves)', async () => {
    offerTextWait(Promise.reject(new Error('out of memory')));
    await expect(wait('/?q=court')).resolves.toBeUndefined();
    expect(wait('/?q=court')).toBeUndefined();
  });
});
