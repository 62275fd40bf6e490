/**
 * The in-memory store's work: the files in `data/` (or DATA_DIR), read,
 * checked and indexed in this process. Callers go through lib/incidents.ts,
 * which chooses this store or PostgreSQL (lib/store/memory.ts adapts it).
 */
import 'server-only';
import path from 'node:path';
import { readDataDir } from './dataset/read';
import { checkDataset, type Dataset } from './check/dataset';
import { DatasetError } from './shared/problem';
import { readIdHistory } from './check/ids';
import { idChangeIn, publishMemoryIds, type IdChange, type IdHistory } from './ids';
import bboxPolygon from '@turf/bbox-polygon';
import booleanIntersects from '@turf/boolean-intersects';
import { matchesFilters, searchFields } from './shared/match';
import { filtersToParams, type Filters, type BBox } from './shared/filters';
import { toApiFeature } from './api-feature';
import type { ApiFeature, ApiFeatureCollection } from './shared/types';
import { SpatialIndex } from './index/spatial';
import type { ApiCluster } from './shared/tiles/cells';
import type { Tile } from './shared/tiles/address';
import { tileIncidents, type TileContext, type TileView } from './index/tile';
import { buildTileOrder, type TileOrder } from './index/tile-order';
import { viewIndices, type View } from './index/viewport';
import { buildColumns, compileFilters, type Columns } from './index/columns';
import { textTest, wordIndexSteps, type WordIndex } from './index/words';

/** UTF-8 bytes that a Response can take as its body. */
type Bytes = Buffer<ArrayBuffer>;

interface Loaded {
  dataset: Dataset;
  /** The SHA-256 of the files read (lib/dataset/read.ts). */
  version: string;
  /** Newest first; positions in this array are the indices the spatial index returns. */
  features: ApiFeature[];
  byId: Map<string, ApiFeature>;
  /** The words of every feature, for `q` (lib/index/words.ts): built in the background after start-up (indexWordsFor), or by the first text query. */
  words?: WordIndex;
  /** Its build while under way. */
  wordSteps?: Generator<void, WordIndex, void>;
  index: SpatialIndex;
  /** The filter attributes in typed arrays, for views (lib/index/columns.ts). */
  columns: Columns;
  /** The points in tile order, for tiles (lib/index/tile-order.ts). */
  order: TileOrder;
  /** Each feature's JSON as UTF-8, kept once serialised while the budget lasts (JSON_BUDGET): outside the JS heap, and joined by copying. */
  json: (Bytes | undefined)[];
  jsonBytes: number;
}

/**
 * The loaded dataset lives on globalThis, not in a module variable: Next
 * bundles instrumentation.ts (which loads it at start-up) apart from the
 * routes, and each bundle has its own copy of this module. One process, one
 * dataset in memory.
 */
const LOADED = Symbol.for('incident-map.loaded');
const store = globalThis as typeof globalThis & { [LOADED]?: Loaded };

/** The data directory: DATA_DIR, or `data/` in the working directory. */
export function dataDir(): string {
  // Read at run time (DATA_DIR can point elsewhere), so the bundler must not trace it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(process.cwd(), 'data'));
}

/** What the order reads: the same on an incident as on its API feature. */
type Dated = { id: string; properties: { date: string } };

/** Newest first; ties by id, so the order is stable. */
export function byDateDesc(a: Dated, b: Dated): number {
  return b.properties.date.localeCompare(a.properties.date) || a.id.localeCompare(b.id);
}

/**
 * Loads and checks the dataset once per process. Throws a DatasetError naming
 * every problem: invalid data is never served, and `next build` fails on it.
 */
export function loadIncidents(dir = dataDir()): Loaded {
  const cached = store[LOADED];
  if (cached) return cached;
  const raw = readDataDir(dir);
  const { problems, dataset } = checkDataset(raw);
  if (!dataset) throw new DatasetError(problems);
  const features = dataset.incidents.map((inc) => toApiFeature(inc, dataset.sources)).sort(byDateDesc);
  const columns = buildColumns(features);
  const loaded: Loaded = {
    dataset,
    version: raw.version,
    features,
    byId: new Map(features.map((f) => [f.id, f])),
    index: new SpatialIndex(features),
    columns,
    order: buildTileOrder(columns),
    json: new Array(features.length),
    jsonBytes: 0,
  };
  store[LOADED] = loaded;
  publishMemoryIds({
    version: raw.version,
    status: (id) => idChange(id) ?? (loaded.byId.has(id) ? { status: 'live', id } : { status: 'unknown', id }),
  });
  return loaded;
}

/** Forgets the loaded dataset (tests that switch DATA_DIR). */
export function resetIncidents(): void {
  store[LOADED] = undefined;
  publishMemoryIds(undefined);
  history = undefined;
  unfilteredSummary = undefined;
  summaries.clear();
}

/**
 * Reads the data directory again now (the editor changed it): the proxy
 * resolves ids from what a load publishes (lib/ids.ts), and cannot load.
 */
export function reloadIncidents(): void {
  resetIncidents();
  loadIncidents();
}

/**
 * The next step of the build of the index of words, started if need be. A
 * step that throws ends the build: the next call starts it again rather
 * than finding a spent generator (and no index).
 */
function nextWordStep(loaded: Loaded): IteratorResult<void, WordIndex> {
  loaded.wordSteps ??= wordIndexSteps(loaded.features.length, (i) => searchFields(loaded.features[i]));
  try {
    return loaded.wordSteps.next();
  } catch (error) {
    loaded.wordSteps = undefined;
    throw error;
  }
}

/**
 * How many incidents a text query tests one by one while the index of words
 * is still being built (about 50 ms of folding at most); past that it
 * finishes the build (textTest).
 */
const TEXT_SCAN_LIMIT = 2_000;

/**
 * The index of words for `q`. A text query that comes before the background
 * build is done and needs more than TEXT_SCAN_LIMIT incidents tested
 * finishes it at once: what is left costs no more than scanning every
 * incident's text would (a country view holds them all).
 */
function wordsOf(loaded: Loaded): WordIndex {
  buildWords(loaded, () => true);
  return loaded.words!;
}

/** Steps the build of the index of words until it is done or `more()` says to pause; true when it is done. */
function buildWords(loaded: Loaded, more: () => boolean): boolean {
  while (!loaded.words) {
    const step = nextWordStep(loaded);
    if (step.done) {
      loaded.words = step.value;
      loaded.wordSteps = undefined;
    } else if (!more()) return false;
  }
  return true;
}

/**
 * Builds the index of words for `q` for about `ms` milliseconds (a pause
 * comes every 64 incidents), so that start-up can build it between requests
 * (lib/index/startup.ts). Returns its size once it is built, else undefined.
 */
export function indexWordsFor(
  ms: number,
): { words: number; postings: number; bitsets: number; bytes: number } | undefined {
  const loaded = loadIncidents();
  const started = performance.now();
  if (!buildWords(loaded, () => performance.now() - started < ms)) return undefined;
  const words = loaded.words!;
  return { words: words.words.length, postings: words.pairs, bitsets: words.bitsetWords, bytes: words.bytes };
}

function boxesIntersect(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** True when the incident's geometry (not only its bounding box) meets the query box. */
function meetsBox(f: ApiFeature, box: BBox): boolean {
  // A box whose west exceeds its east crosses the antimeridian: test both halves.
  if (box[0] > box[2]) return meetsBox(f, [box[0], box[1], 180, box[3]]) || meetsBox(f, [-180, box[1], box[2], box[3]]);
  if (!boxesIntersect(f.bbox, box)) return false;
  if (f.geometry.type === 'Point') return true;
  // An area wholly inside the box needs no geometry test (that test costs milliseconds on a county outline).
  if (f.bbox[0] >= box[0] && f.bbox[1] >= box[1] && f.bbox[2] <= box[2] && f.bbox[3] <= box[3]) return true;
  return booleanIntersects(bboxPolygon(box), f.geometry);
}

/** True when the incident matches every filter. */
export function matches(f: ApiFeature, filters: Filters): boolean {
  if (filters.bbox && !meetsBox(f, filters.bbox)) return false;
  return matchesFilters(f, filters);
}

/**
 * A test of feature indices against every filter, compiled once for a
 * query: typed columns for the rest (lib/index/columns.ts), the index of
 * words for `q`. Answers as matches() does.
 */
function matcherOf(loaded: Loaded, filters: Filters): (i: number) => boolean {
  const test = compileFilters(loaded.columns, filters, (i, box) => meetsBox(loaded.features[i], box));
  if (!filters.q) return test;
  const q: Filters = { setting: [], agency: [], q: filters.q };
  const text = textTest(
    filters.q,
    { ready: loaded.words, finish: () => wordsOf(loaded) },
    (i) => matchesFilters(loaded.features[i], q),
    TEXT_SCAN_LIMIT,
  );
  // The other filters first: before the index is built, only what passes them is scanned.
  return text ? (i) => test(i) && text(i) : test;
}

/** The incidents that match `filters`, newest first. A bbox is looked up in the spatial index. */
export function listIncidents(filters: Filters = { setting: [], agency: [] }): ApiFeature[] {
  const loaded = loadIncidents();
  const selected = matcherOf(loaded, filters);
  if (!filters.bbox) return loaded.features.filter((_, i) => selected(i));
  return loaded.index
    .candidates(filters.bbox)
    .filter((i) => selected(i))
    .map((i) => loaded.features[i]);
}

/**
 * Bytes of feature JSON kept in memory: every feature of 100,000 generated
 * incidents (about 170 MB); of 1,000,000, the newest. An answer is then a
 * copy of kept bytes instead of a JSON.stringify of its features.
 */
const JSON_BUDGET = 200_000_000;

/** Feature `i`'s JSON, kept while the budget lasts. */
function jsonAt(loaded: Loaded, i: number): Bytes {
  let json = loaded.json[i];
  if (json === undefined) {
    json = Buffer.from(JSON.stringify(loaded.features[i]));
    if (loaded.jsonBytes + json.length <= JSON_BUDGET) {
      loaded.json[i] = json;
      loaded.jsonBytes += json.length;
    }
  }
  return json;
}

/**
 * Does at start-up what the first requests would otherwise pay for, so that
 * no reader's view is the slow first one: every feature's JSON (while the
 * budget lasts). (The words for `q` are built after: indexWordsFor.)
 * Returns how many it kept.
 */
export function warmIncidents(): { json: number } {
  const loaded = loadIncidents();
  for (let i = 0; i < loaded.features.length && loaded.jsonBytes < JSON_BUDGET; i++) jsonAt(loaded, i);
  return { json: loaded.json.filter((j) => j !== undefined).length };
}

function contextOf(loaded: Loaded): TileContext {
  return {
    features: loaded.features,
    index: loaded.index,
    order: loaded.order,
    positions: loaded.columns,
    matcher: (f) => matcherOf(loaded, f),
    areaMeets: (i, box) => meetsBox(loaded.features[i], box),
    size: (i) => jsonAt(loaded, i).length + 1,
  };
}

/**
 * The view of `filters` (with a zoom) for API users: the incidents in the
 * box, or clusters where they would not fit in one answer. See
 * lib/index/viewport.ts.
 */
export function viewIncidents(filters: Filters): { kind: View['kind']; features: (ApiFeature | ApiCluster)[] } {
  const loaded = loadIncidents();
  const view = viewIndices(contextOf(loaded), filters);
  return { kind: view.kind, features: [...view.indices.map((i) => loaded.features[i]), ...view.clusters] };
}

/** The incidents of one map tile under `filters`, points or clusters: see lib/index/tile.ts. */
export function tileFeatures(filters: Filters, tile: Tile): (ApiFeature | ApiCluster)[] {
  const loaded = loadIncidents();
  const view = tileIncidents(contextOf(loaded), filters, tile);
  return [...view.indices.map((i) => loaded.features[i]), ...view.clusters];
}

const HEAD = Buffer.from('{"type":"FeatureCollection","features":[');
const COMMA = Buffer.from(',');
const TAIL = Buffer.from(']}');

/**
 * A FeatureCollection's JSON in UTF-8, exactly what JSON.stringify({ type,
 * features }) would give, copied from each feature's kept JSON.
 */
function joinJson(loaded: Loaded, view: TileView): Bytes {
  const parts = [HEAD];
  const add = (part: Bytes) => {
    if (parts.length > 1) parts.push(COMMA);
    parts.push(part);
  };
  for (const i of view.indices) add(jsonAt(loaded, i));
  for (const c of view.clusters) add(Buffer.from(JSON.stringify(c)));
  parts.push(TAIL);
  return Buffer.concat(parts);
}

/** viewIncidents as the API serves it. */
export function viewJson(filters: Filters): Bytes {
  const loaded = loadIncidents();
  return joinJson(loaded, viewIndices(contextOf(loaded), filters));
}

/** tileFeatures as the API serves it. */
export function tileJson(filters: Filters, tile: Tile): Bytes {
  const loaded = loadIncidents();
  return joinJson(loaded, tileIncidents(contextOf(loaded), filters, tile));
}

/** What GET /api/health reports: the dataset served, and whether text search has its index yet. */
export function datasetStatus(): { version: string; incidents: number; textIndex: 'built' | 'building' } {
  const loaded = loadIncidents();
  return { version: loaded.version, incidents: loaded.features.length, textIndex: loaded.words ? 'built' : 'building' };
}

/** One incident by id, or undefined. */
export function getIncident(id: string): ApiFeature | undefined {
  return loadIncidents().byId.get(id);
}

/** A FeatureCollection of `features`, as the API serves it. */
export function toFeatureCollection(features: ApiFeature[]): ApiFeatureCollection {
  return { type: 'FeatureCollection', features };
}

let history: IdHistory | undefined;

/** The id history of the data directory, checked (lib/check/ids.ts). */
function idHistory(): IdHistory {
  if (history) return history;
  const { history: h, problems } = readIdHistory(dataDir());
  if (problems.length > 0) throw new DatasetError(problems);
  history = {
    moved: new Map(h.redirects.map((r) => [r.from, r])),
    retracted: new Map(h.retractions.map((r) => [r.id, r])),
  };
  return history;
}

/** A renamed, merged or retracted id (what `npm run db:load` writes for the database's lib/ids.ts). */
export function idChange(id: string): IdChange | undefined {
  return idChangeIn(idHistory(), id);
}

/** The size of a selection, as the map's panel shows it (GET /api/summary). */
export interface Summary {
  /** Incidents matching every filter. */
  count: number;
  /** Incidents matching every filter but the dates, per month of their date ("YYYY-MM"): the timeline's histogram. */
  months: Record<string, number>;
  /** The box around every incident matching every filter (where "show all" flies); absent when none match. */
  bbox?: BBox;
}

let unfilteredSummary: Summary | undefined;
/** Recent summaries by selection: the page, the map and the API ask the same one again and again (LRU). */
const summaries = new Map<string, Summary>();
const KEPT_SUMMARIES = 64;

/**
 * How many incidents match `filters` (a bbox is ignored: the summary is of
 * the whole map), and the histogram of the timeline. One pass over the
 * dataset's typed columns (3–45 ms at 100,000 incidents, docs/PERFORMANCE.md);
 * the unfiltered summary is kept for the process, the last KEPT_SUMMARIES
 * others while they are asked.
 *
 * @example
 * summarize({ setting: ['courthouse'], agency: [] }) // { count: 1, months: { '2025-07': 1 } }
 */
export function summarize(filters: Filters): Summary {
  const plain = !filters.from && !filters.to && !filters.q && !filters.setting.length && !filters.agency.length;
  if (plain && unfilteredSummary) return unfilteredSummary;
  const key = filtersToParams({ ...filters, bbox: undefined, zoom: undefined }).toString();
  const kept = summaries.get(key);
  if (kept) {
    summaries.delete(key);
    summaries.set(key, kept);
    return kept;
  }
  const summary = summaryOf(filters);
  if (plain) unfilteredSummary = summary;
  else {
    summaries.set(key, summary);
    if (summaries.size > KEPT_SUMMARIES) summaries.delete(summaries.keys().next().value!);
  }
  return summary;
}

function summaryOf(filters: Filters): Summary {
  const loaded = loadIncidents();
  const { columns: c, features } = loaded;
  const undated: Filters = { ...filters, bbox: undefined, from: undefined, to: undefined };
  const dated: Filters = { setting: [], agency: [], from: filters.from, to: filters.to };
  // Months as yyyymm read from the typed column of first days (a year alone counts in its January),
  // in the order first met, as the string keys were: reading each incident's date cost most of the pass.
  const perMonth = new Map<number, number>();
  let count = 0;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const undatedMatch = matcherOf(loaded, undated);
  const datedMatch = matcherOf(loaded, dated);
  for (let i = 0; i < features.length; i++) {
    if (!undatedMatch(i)) continue;
    const month = Math.floor(c.start[i] / 100);
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    if (!datedMatch(i)) continue;
    count++;
    // A point's box is its own coordinates, read from the columns (no array made per incident).
    const b = c.area[i] ? features[i].bbox : undefined;
    box[0] = Math.min(box[0], b ? b[0] : c.x[i]);
    box[1] = Math.min(box[1], b ? b[1] : c.y[i]);
    box[2] = Math.max(box[2], b ? b[2] : c.x[i]);
    box[3] = Math.max(box[3], b ? b[3] : c.y[i]);
  }
  const months: Record<string, number> = {};
  for (const [month, n] of perMonth) months[`${Math.floor(month / 100)}-${String(month % 100).padStart(2, '0')}`] = n;
  return count ? { count, months, bbox: box } : { count, months };
}
