import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_WAIT, offerTextWait, textQueryOf } from './text-wait';

type Wait = ((url: string) => Promise<void> | undefined) | undefined;
const wait = (url: string) => ((globalThis as Record<symbol, Wait>)[TEXT_WAIT] ?? (() => undefined))(url);

describe('textQueryOf', () => {
  it('finds a q with a word, on any path, with its bbox when valid', () => {
    expect(textQueryOf('/api/incidents?bbox=-125,24,-66,50&zoom=4&q=church')).toEqual({ bbox: [-125, 24, -66, 50] });
    expect(textQueryOf('/es?q=Sagrado%20Coraz%C3%B3n')).toEqual({});
    expect(textQueryOf('/api/summary?q=abc&q=')).toEqual({});
    // Crossing the antimeridian is a valid box.
    expect(textQueryOf('/api/incidents?bbox=170,-10,-170,10&q=x')).toEqual({ bbox: [170, -10, -170, 10] });
  });

  it('counts an invalid or repeated bbox as none (the whole map)', () => {
    for (const bbox of ['1,2,3', '1,2,3,x', '0,10,1,5', '']) expect(textQueryOf(`/api/incidents?q=court&bbox=${bbox}`), bbox).toEqual({});
    expect(textQueryOf('/api/incidents?q=court&bbox=0,0,1,1&bbox=0,0,2,2')).toEqual({});
  });

  it('is undefined without a q, or for a q with no words (every incident matches it)', () => {
    expect(textQueryOf('/api/incidents')).toBeUndefined();
    expect(textQueryOf('/api/incidents?bbox=-125,24,-66,50&zoom=4')).toBeUndefined();
    expect(textQueryOf('/?q=')).toBeUndefined();
    expect(textQueryOf('/?q=%20%21%21%20%E2%80%94')).toBeUndefined();
    expect(textQueryOf('/?query=church')).toBeUndefined();
  });
});

describe('offerTextWait', () => {
  afterEach(() => {
    (globalThis as Record<symbol, Wait>)[TEXT_WAIT] = undefined;
  });

  /** A city holds few incidents: its box is west of -100. */
  const fewToScan = ([west]: number[]) => west < -100;

  it('makes text queries that need the index wait until the build is done, and nothing else', async () => {
    let done!: () => void;
    const waited = offerTextWait(new Promise<void>((resolve) => (done = resolve)), fewToScan);
    const waiting = wait('/api/incidents?q=court');
    expect(waiting).toBeInstanceOf(Promise);
    expect(wait('/api/summary?q=court&setting=courthouse')).toBe(waiting);
    expect(wait('/api/incidents?bbox=-90,30,-80,40&zoom=6&q=court')).toBe(waiting);
    // Few incidents in the box: scanned at once.
    expect(wait('/api/incidents?bbox=-118.5,33.8,-117.9,34.2&zoom=12&q=court')).toBeUndefined();
    expect(wait('/api/incidents?zoom=3&bbox=-180,-90,180,90')).toBeUndefined();
    let settled = false;
    void waiting!.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(settled).toBe(false);
    done();
    await waiting;
    expect(settled).toBe(true);
    expect(wait('/api/incidents?q=court')).toBeUndefined();
    // The three given the wait; not the city's view, the view without text, or the query after.
    await expect(waited).resolves.toBe(3);
  });

  it('lets text queries through when the build fails (they build the index themselves)', async () => {
    const waited = offerTextWait(Promise.reject(new Error('out of memory')), fewToScan);
    await expect(wait('/?q=court')).resolves.toBeUndefined();
    expect(wait('/?q=court')).toBeUndefined();
    await expect(waited).resolves.toBe(1);
  });
});
