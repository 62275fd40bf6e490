/**
 * Text queries in the seconds after start-up. The index of words for `q` is
 * built in the background (lib/index/startup.ts); a query that needs it
 * before it is done would otherwise finish the build at once, holding every
 * other request for seconds at 100,000 incidents (docs/PERFORMANCE.md). The
 * custom server (scripts/start.mjs) asks `textWait` before routing a request
 * and, for a text query that needs the index, waits for the background build
 * instead: only that request waits, and the others keep flowing. A text
 * query whose box holds few incidents is answered at once (by scanning them).
 */
import { parseBBox, type BBox } from '../filters';
import { searchWords } from '../text';

/** Where scripts/start.mjs finds the wait (Next bundles this module apart from the server script). */
export const TEXT_WAIT = Symbol.for('incident-map.text-wait');

type TextWait = (url: string) => Promise<void> | undefined;

/**
 * What decides whether a request can be answered before the index of words
 * is built: undefined when `url` (path and query) asks for nothing by text
 * (no `q` with a word); else its `bbox` when it gives a valid one.
 */
export function textQueryOf(url: string): { bbox?: BBox } | undefined {
  const start = url.indexOf('?');
  if (start < 0) return undefined;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(url.slice(start + 1));
  } catch {
    return undefined;
  }
  if (!params.getAll('q').some((q) => searchWords(q).length > 0)) return undefined;
  const bboxes = params.getAll('bbox');
  // An invalid box gets its 400 from the route; until then it counts as none (the whole map).
  try {
    return bboxes.length === 1 ? { bbox: parseBBox(bboxes[0]) } : {};
  } catch {
    return {};
  }
}

/**
 * Offers the server a wait on `built` (the background build of the index of
 * words) for text queries that need it, until it settles; then nothing waits
 * any more. `fewToScan(bbox)` says whether a box holds few enough incidents
 * to test their texts one by one (lib/incidents.ts): such a query does not
 * wait. A failed build is not the wait's to report: the queries then build
 * the index themselves, as without a server in front. Resolves, once the
 * build has settled, with how many requests were given the wait.
 */
export function offerTextWait(built: Promise<unknown>, fewToScan: (bbox: BBox) => boolean): Promise<number> {
  const slot = globalThis as Record<symbol, TextWait | undefined>;
  const waiting = built.then(
    () => undefined,
    () => undefined,
  );
  let waited = 0;
  slot[TEXT_WAIT] = (url) => {
    const text = textQueryOf(url);
    if (!text || (text.bbox && fewToScan(text.bbox))) return undefined;
    waited++;
    return waiting;
  };
  return waiting.then(() => {
    slot[TEXT_WAIT] = undefined;
    return waited;
  });
}
