/**
 * Text queries in the seconds after start-up. The index of words for `q` is
 * built in the background (lib/index/startup.ts); a query that needs it
 * before it is done would otherwise finish the build at once, holding every
 * other request for seconds at 100,000 incidents (docs/PERFORMANCE.md). The
 * custom server (scripts/start.mjs) asks `textWait` before routing a request
 * and, for a text query, waits for the background build instead: only that
 * request waits, and the others keep flowing.
 */
import { searchWords } from '../text';

/** Where scripts/start.mjs finds the wait (Next bundles this module apart from the server script). */
export const TEXT_WAIT = Symbol.for('incident-map.text-wait');

type TextWait = (url: string) => Promise<void> | undefined;

/** True when the request URL `url` (path and query) asks for incidents by text: a `q` with at least one word. */
export function asksForText(url: string): boolean {
  const start = url.indexOf('?');
  if (start < 0) return false;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(url.slice(start + 1));
  } catch {
    return false;
  }
  return params.getAll('q').some((q) => searchWords(q).length > 0);
}

/**
 * Offers the server a wait on `built` (the background build of the index of
 * words) for text queries, until it settles; then nothing waits any more.
 * A failed build is not the wait's to report: the queries then build the
 * index themselves, as without a server in front.
 */
export function offerTextWait(built: Promise<unknown>): void {
  const slot = globalThis as Record<symbol, TextWait | undefined>;
  const waiting = built.then(
    () => undefined,
    () => undefined,
  );
  slot[TEXT_WAIT] = (url) => (asksForText(url) ? waiting : undefined);
  void waiting.then(() => {
    slot[TEXT_WAIT] = undefined;
  });
}
