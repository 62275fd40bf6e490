/**
 * Benchmark 2: viewport queries, as the map asks them (bbox of a 1280×800
 * screen at a zoom, around the cities where incidents concentrate), one at a
 * time: latency from request to last byte, and answer size raw and gzipped.
 * Text search (`q`) is timed apart, first and repeated (textViews).
 */
import { gzipSync } from 'node:zlib';
import { seeded } from '../generate/random';

const CENTRES: [number, number][] = [
  [-118.24, 34.05], [-74.0, 40.71], [-87.65, 41.85], [-95.36, 29.76], [-112.07, 33.45], [-117.16, 32.72],
  [-96.8, 32.78], [-122.42, 37.77], [-106.49, 31.76], [-80.19, 25.77], [-84.39, 33.75], [-98.5, 39.5],
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

/** The query a map of WIDTH×HEIGHT pixels asks at `zoom` around `centre`. */
export function viewQuery([lon, la]: [number, number], zoom: number): string {
  const world = 256 * 2 ** zoom;
  const dx = (WIDTH / 2 / world) * 360;
  const y = mercY(la);
  const dy = HEIGHT / 2 / world;
  const r = (x: number) => Math.round(x * 1e5) / 1e5;
  const bbox = [Math.max(-180, lon - dx), lat(Math.min(1, y + dy)), Math.min(180, lon + dx), lat(Math.max(0, y - dy))].map(r);
  return `bbox=${bbox.join(',')}&zoom=${zoom}`;
}

/** Deterministic queries: zooms 3 to 16, centres jittered around the cities; a fifth with a filter. */
export function viewQueries(count: number): string[] {
  const r = seeded(42);
  return Array.from({ length: count }, (_, i) => {
    const [lon, la] = r.pick(CENTRES);
    const zoom = r.int(3, 16);
    const jitter = 2 / 2 ** (zoom - 3);
    const q = viewQuery([lon + r.gauss() * jitter, la + r.gauss() * jitter * 0.8], zoom);
    // One in ten with one setting (kept clusters), one in ten with a date range (clusters gathered per request).
    return i % 10 === 9 ? `${q}&setting=workplace` : i % 10 === 4 ? `${q}&from=2024-01-01` : q;
  });
}

export interface ViewportResult {
  queries: number;
  /** The same unfiltered queries through Next's router and route handler (`&format=geojson`), in the same run. */
  routed: { p50: number; p95: number; max: number };
  filtered: { p50: number; p95: number; max: number };
  /** With a date range, which no kept index holds. */
  dated: { p50: number; p95: number; max: number };
  unfiltered: { p50: number; p95: number; max: number };
  rawKb: { p50: number; max: number };
  gzipKb: { p50: number; p95: number; max: number };
  maxFeatures: number;
  clustered: number;
  non200: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};
const stats = (xs: number[]) => ({ p50: pct(xs, 50), p95: pct(xs, 95), max: Math.max(...xs) });

/** What Chromium asks for (Node's fetch alone asks gzip and deflate, which no browser the map runs in would be answered with). */
const BROWSER = { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } };

export async function viewport(appUrl: string, count: number): Promise<ViewportResult> {
  // Ten views to warm the connection and the code, never measured: the server keeps recent answers, so a measured view must be a new one.
  const all = viewQueries(count + 10);
  const queries = all.slice(10);
  for (const q of all.slice(0, 10)) await (await fetch(`${appUrl}/api/incidents?${q}`, BROWSER)).arrayBuffer();
  const unfiltered: number[] = [];
  const filtered: number[] = [];
  const dated: number[] = [];
  const routed: number[] = [];
  const raw: number[] = [];
  const gz: number[] = [];
  let maxFeatures = 0;
  let clustered = 0;
  let non200 = 0;
  for (const [i, q] of queries.entries()) {
    // The route's figure for the same query, before or after ours in turn (so neither always runs on a warmer cache).
    const timeRouted = async () => {
      if (q.includes('setting=') || q.includes('from=')) return;
      const t = performance.now();
      await (await fetch(`${appUrl}/api/incidents?${q}&format=geojson`, BROWSER)).arrayBuffer();
      routed.push(performance.now() - t);
    };
    if (i % 2) await timeRouted();
    const t = performance.now();
    const res = await fetch(`${appUrl}/api/incidents?${q}`, BROWSER);
    const body = Buffer.from(await res.arrayBuffer());
    (q.includes('setting=') ? filtered : q.includes('from=') ? dated : unfiltered).push(performance.now() - t);
    if (i % 2 === 0) await timeRouted();
    if (res.status !== 200) {
      non200++;
      continue;
    }
    raw.push(body.length / 1024);
    gz.push(gzipSync(body, { level: 6 }).length / 1024);
    const features = (JSON.parse(body.toString()) as { features: { properties: { cluster?: boolean } }[] }).features;
    maxFeatures = Math.max(maxFeatures, features.length);
    if (features.some((f) => f.properties.cluster)) clustered++;
  }
  return { queries: queries.length, routed: stats(routed), unfiltered: stats(unfiltered), filtered: stats(filtered), dated: stats(dated), rawKb: { p50: pct(raw, 50), max: Math.max(...raw) }, gzipKb: stats(gz), maxFeatures, clustered, non200 };
}

/**
 * Text queries as a reader types them on the map, over the generated
 * dataset's vocabulary: one and several words, a prefix, an accent, digits,
 * a very broad prefix ("a") and no match.
 */
const TEXT_QUERIES = ['houston', 'father of four', 'clínica', 'clinica espera', 'tactical vests', 'report 113', 'hou', 'a', 'detuvieron tribunal', 'bus stop', 'teen', 'zzzz'];
/** The first view of the map: the whole country at zoom 4. */
const COUNTRY = viewQuery([-98.5, 39.5], 4);

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
 * Text search, timed from a fresh server: each query's first view (the whole
 * country), its summary, then `perQuery` new views with the same `q`. Run it
 * before anything else asks a `q`, so the first figure is the server's first.
 */
export async function textViews(appUrl: string, perQuery: number): Promise<TextResult> {
  const views = viewQueries(TEXT_QUERIES.length * perQuery + 10).slice(10);
  const first: number[] = [];
  const summary: number[] = [];
  const repeated: number[] = [];
  let non200 = 0;
  const time = async (url: string, into: number[]) => {
    const t = performance.now();
    const res = await fetch(url, BROWSER);
    await res.arrayBuffer();
    into.push(performance.now() - t);
    if (res.status !== 200) non200++;
  };
  for (const [k, text] of TEXT_QUERIES.entries()) {
    const q = `q=${encodeURIComponent(text)}`;
    await time(`${appUrl}/api/incidents?${COUNTRY}&${q}`, first);
    await time(`${appUrl}/api/summary?${q}`, summary);
    for (const view of views.slice(k * perQuery, (k + 1) * perQuery)) await time(`${appUrl}/api/incidents?${view}&${q}`, repeated);
  }
  return { queries: first.length + summary.length + repeated.length, firstOfServer: first[0], first: stats(first), summary: stats(summary), repeated: stats(repeated), non200 };
}
