/**
 * The page's tiles (tile-cache.ts): a tile asked again while kept is not
 * fetched again; after the API's max-age it is; a failed one is asked again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchTile, forgetTiles } from './tile-cache';

function answering(...bodies: (object | Error)[]) {
  const fetch = vi.fn(async () => {
    const body = bodies.shift()!;
    if (body instanceof Error) throw body;
    return new Response(JSON.stringify(body), { status: 200 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  forgetTiles();
  vi.unstubAllGlobals();
});

describe('fetchTile', () => {
  it('fetches a tile once while it is kept, and again after the max-age', async () => {
    const fetch = answering({ n: 1 }, { n: 2 });
    expect(await fetchTile('/api/tiles/1/0/0', 0)).toEqual({ n: 1 });
    expect(await fetchTile('/api/tiles/1/0/0', 59_000)).toEqual({ n: 1 });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await fetchTile('/api/tiles/1/0/0', 61_000)).toEqual({ n: 2 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('asks again for a tile whose request failed', async () => {
    const fetch = answering(new TypeError('offline'), { n: 1 });
    await expect(fetchTile('/api/tiles/1/1/0', 0)).rejects.toThrow('offline');
    expect(await fetchTile('/api/tiles/1/1/0', 1)).toEqual({ n: 1 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
