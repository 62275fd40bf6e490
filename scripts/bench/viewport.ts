/**
 * Benchmark 2: the map's data, asked as the map asks it: the tiles
 * (/api/tiles/{z}/{x}/{y}, lib/shared/api-keys.ts viewTileKeys) covering a
 * 1280×800 screen at a zoom, around the cities where incidents concentrate,
 * a view after another, each tile the run has not asked yet (the map keeps
 * the tiles it has, tile-cache.ts). Each tile is timed alone, from request
 * to last byte (the app's answer, not a queue of them); then the view's
 * tiles are asked again six at a time, as a browser asks one host, for the
 * time a view takes. Tile sizes raw and gzipped; the same views asked as
 * API users do (?bbox&zoom). Text search (`q`) is timed apart, first and
 * repeated (textViews).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { viewTileKeys } from '../../lib/shared/api-keys';
import type { BBox } from '../../lib/shared/filters';
import type { MapFilters } from '../../lib/shared/url-state';
import { seeded } from '../generate/random';

const CENTRES: [number, number][] = [
  [-118.24, 34.05],
  [-74.0, 40.71],
  [-87.65, 41.85],
  [-95.36, 29.76],
  [-112.07, 33.45],
  [-117.16, 32.72],
  [-96.8, 32.78],
  [-122.42, 37.77],
  [-106.49, 31.76],
  [-80.19, 25.77],
  [-84.39, 33.75],
  [-98.5, 39.5],
];
const WIDTH = 1280;
const HEIGHT = 800;

function lat(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}
function mercY(latitude: number): number {
  const s = Math.sin((latitude * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

/** A view of the map: its box as Leaflet reports it, its zoom and filters. */
export interface View {
  bbox: BBox;
  zoom: number;
  filters: MapFilters;
}

/** The box a map of WIDTH×HEIGHT pixels shows at `zoom` around `centre`. */
export function viewBox([lon, la]: [number, number], zoom: number): BBox {
  const world = 256 * 2 ** zoom;
  const dx = (WIDTH / 2 / world) * 360;
  const y = mercY(la);
  const dy = HEIGHT / 2 / world;
  return [lon - dx, lat(Math.min(1, y + dy)), lon + dx, lat(Math.max(0, y - dy))];
}

const NONE: MapFilters = { setting: [], agency: [] };

/** Deterministic views: zooms 3 to 16, centres jittered around the cities; one in ten with one setting, one in ten with a date range. */
export function views(count: number): View[] {
  const r = seeded(42);
  return Array.from({ length: count }, (_, i) => {
    const [lon, la] = r.pick(CENTRES);
    const zoom = r.int(3, 16);
    const jitter = 2 / 2 ** (zoom - 3);
    const bbox = viewBox([lon + r.gauss() * jitter, la + r.gauss() * jitter * 0.8], zoom);
    const filters: MapFilters =
      i % 10 === 9 ? { setting: ['workplace'], agency: [] } : i % 10 === 4 ? { ...NONE, from: '2024-01-01' } : NONE;
    return { bbox, zoom, filters };
  });
}

/** The query API users send for a view: its box rounded to about a metre, within the world. */
export function bboxQuery({ bbox, zoom }: View): string {
  const r = (x: number) => Math.round(x * 1e5) / 1e5;
  const [w, s, e, n] = bbox;
  return `bbox=${[Math.max(-180, w), s, Math.min(180, e), n].map(r).join(',')}&zoom=${zoom}`;
}

export interface ViewportResult {
  views: number;
  /** Tiles asked (each once per run). */
  tiles: number;
  /** Tile answers without a filter, with one setting, with a date range. */
  unfiltered: Stats;
  filtered: Stats;
  dated: Stats;
  /** Every tile answer. */
  all: Stats;
  /** A view's new tiles asked again, six at a time, from the first request to the last byte. */
  view: Stats;
  /** The same views as API users ask them (?bbox&zoom). */
  bbox: Stats;
  rawKb: { p50: number; max: number };
  gzipKb: { p50: number; p95: number; max: number };
  /** The most features in one tile. */
  maxFeatures: number;
  /** Tiles answered with clusters. */
  clustered: number;
  non200: number;
}

type Stats = { p50: number; p95: number; max: number };

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
const stats = (xs: number[]): Stats => ({ p50: pct(xs, 50), p95: pct(xs, 95), max: Math.max(...xs) });

/** What Chromium asks for (Node's fetch alone asks gzip and deflate, which no browser the map runs in would be answered with). */
const BROWSER = { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } };

/** Connections a browser opens to one host over HTTP/1.1. */
const CONNECTIONS = 6;

interface Timed {
  url: string;
  ms: number;
  status: number;
  body: Buffer;
}

/** Fetches `urls` `connections` at a time; each one's time from its request to its last byte. */
async function fetchAll(urls: readonly string[], connections = CONNECTIONS): Promise<Timed[]> {
  const out: Timed[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++];
      const t = performance.now();
      const res = await fetch(url, BROWSER);
      const body = Buffer.from(await res.arrayBuffer());
      out.push({ url, ms: performance.now() - t, status: res.status, body });
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return out;
}

/**
 * `digests`, when given, receives each measured tile's status and answer
 * hashed, by its key (to compare two servers' answers to the same views).
 */
export async function viewport(appUrl: string, count: number, digests?: Map<string, string>): Promise<ViewportResult> {
  // Ten views to warm the connection and the code, never measured.
  const all = views(count + 10);
  const asked = new Set<string>();
  const newTiles = (v: View) =>
    viewTileKeys(v.filters, v.bbox, v.zoom).filter((key) => !asked.has(key) && asked.add(key));
  for (const v of all.slice(0, 10)) await fetchAll(newTiles(v).map((key) => appUrl + key));
  const measured = all.slice(10);
  const unfiltered: number[] = [];
  const filtered: number[] = [];
  const dated: number[] = [];
  const view: number[] = [];
  const bbox: number[] = [];
  const raw: number[] = [];
  const gz: number[] = [];
  let tiles = 0;
  let maxFeatures = 0;
  let clustered = 0;
  let non200 = 0;
  for (const v of measured) {
    const urls = newTiles(v).map((key) => appUrl + key);
    const answers = await fetchAll(urls, 1);
    const t = performance.now();
    if (urls.length) await fetchAll(urls);
    if (urls.length) view.push(performance.now() - t);
    const into = v.filters.setting.length ? filtered : v.filters.from ? dated : unfiltered;
    for (const a of answers) {
      tiles++;
      digests?.set(
        a.url.slice(appUrl.length),
        createHash('sha256').update(`${a.status} `).update(a.body).digest('hex'),
      );
      into.push(a.ms);
      if (a.status !== 200) {
        non200++;
        continue;
      }
      raw.push(a.body.length / 1024);
      gz.push(gzipSync(a.body, { level: 6 }).length / 1024);
      const features = (JSON.parse(a.body.toString()) as { features: { properties: { cluster?: boolean } }[] })
        .features;
      maxFeatures = Math.max(maxFeatures, features.length);
      if (features.some((f) => f.properties.cluster)) clustered++;
    }
    const filters = v.filters.setting.length ? '&setting=workplace' : v.filters.from ? '&from=2024-01-01' : '';
    const b = performance.now();
    const res = await fetch(`${appUrl}/api/incidents?${bboxQuery(v)}${filters}`, BROWSER);
    await res.arrayBuffer();
    bbox.push(performance.now() - b);
    if (res.status !== 200) non200++;
  }
  return {
    views: measured.length,
    tiles,
    unfiltered: stats(unfiltered),
    filtered: stats(filtered),
    dated: stats(dated),
    all: stats([...unfiltered, ...filtered, ...dated]),
    view: stats(view),
    bbox: stats(bbox),
    rawKb: { p50: pct(raw, 50), max: Math.max(...raw) },
    gzipKb: stats(gz),
    maxFeatures,
    clustered,
    non200,
  };
}

/**
 * Text queries as a reader types them on the map, over the generated
 * dataset's vocabulary: one and several words, a prefix, an accent, digits,
 * a very broad prefix ("a") and no match.
 */
const TEXT_QUERIES = [
  'houston',
  'father of four',
  'clínica',
  'clinica espera',
  'tactical vests',
  'report 113',
  'hou',
  'a',
  'detuvieron tribunal',
  'bus stop',
  'teen',
  'zzzz',
];
/** The first view of the map: the whole country at zoom 4. */
const COUNTRY: View = { bbox: viewBox([-98.5, 39.5], 4), zoom: 4, filters: NONE };

export interface TextResult {
  queries: number;
  /** The server's very first text query (the country view), which paid for anything built on first use. */
  firstOfServer: number;
  /** The country view of each query, the first time the server sees that `q`. */
  first: { p50: number; p95: number; max: number };
  /** /api/summary for the same `q`, after it (the map asks both). */
  summary: { p50: number; p95: number; max: number };
  /** New views (other boxes and zooms) with a `q` already asked. */
  repeated: { p50: number; p95: number; max: number };
  non200: number;
}

/**
 * Text search, timed from a fresh server: each query's first view (the
 * whole country: its tiles, six at a time), its summary, then `perQuery`
 * new views with the same `q`. Run it before anything else asks a `q`, so
 * the first figure is the server's first. Times are of whole views.
 */
export async function textViews(appUrl: string, perQuery: number): Promise<TextResult> {
  const later = views(TEXT_QUERIES.length * perQuery + 10).slice(10);
  const first: number[] = [];
  const summary: number[] = [];
  const repeated: number[] = [];
  let non200 = 0;
  const time = async (urls: string[], into: number[]) => {
    const t = performance.now();
    const answers = await fetchAll(urls);
    into.push(performance.now() - t);
    non200 += answers.filter((a) => a.status !== 200).length;
  };
  const tilesOf = (v: View, q: string) => viewTileKeys({ ...v.filters, q }, v.bbox, v.zoom).map((key) => appUrl + key);
  for (const [k, q] of TEXT_QUERIES.entries()) {
    await time(tilesOf(COUNTRY, q), first);
    await time([`${appUrl}/api/summary?q=${encodeURIComponent(q)}`], summary);
    for (const v of later.slice(k * perQuery, (k + 1) * perQuery)) await time(tilesOf(v, q), repeated);
  }
  return {
    queries: first.length + summary.length + repeated.length,
    firstOfServer: first[0],
    first: stats(first),
    summary: stats(summary),
    repeated: stats(repeated),
    non200,
  };
}
