/**
 * The tiles of map data held in the page, by URL: a view asks only for the
 * tiles it has not got, so a pan or a zoom back reuses what was fetched.
 * An answer is kept as long as the API lets a browser keep it (max-age), so
 * the page is never staler than the browser's own cache would be; a failed
 * one is forgotten, so a retry asks again.
 */
import { fetchJson } from './fetch-json';

/** The API's max-age (lib/shared/cache-policy.ts). */
const KEEP_MS = 60_000;
/** A few screenfuls of tiles (a view asks a few dozen). */
const MAX_TILES = 256;

const kept = new Map<string, { at: number; answer: Promise<unknown> }>();

/**
 * The answer for tile `url`, fetched once while it is kept.
 *
 * @example
 * await fetchTile<FeatureCollection>('/api/tiles/9/88/204?setting=courthouse')
 */
export function fetchTile<T>(url: string, now = Date.now()): Promise<T> {
  const hit = kept.get(url);
  kept.delete(url);
  if (hit && now - hit.at < KEEP_MS) {
    // Most recently used last: the oldest go first.
    kept.set(url, hit);
    return hit.answer as Promise<T>;
  }
  const entry = { at: now, answer: fetchJson<T>(url) };
  kept.set(url, entry);
  entry.answer.catch(() => {
    if (kept.get(url) === entry) kept.delete(url);
  });
  for (const old of kept.keys()) {
    if (kept.size <= MAX_TILES) break;
    kept.delete(old);
  }
  return entry.answer;
}

/** Forgets every tile (tests). */
export function forgetTiles(): void {
  kept.clear();
}
