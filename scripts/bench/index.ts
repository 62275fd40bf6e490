/**
 * `npm run bench [-- --tiny]` (or BENCH_SIZE=tiny): the benchmarks of issue 6,
 * each beside its reference in the same run, printed as Markdown for
 * docs/PERFORMANCE.md. Needs a build (`npm run build`, or NEXT_DIST_DIR for
 * another build folder). Generated datasets are kept in the system's temp
 * folder and reused. `--tiny` runs 2,000 incidents and short loads: seconds,
 * for CI, to prove the benchmark still runs. `--sizes 100000` picks the
 * generated sizes (empty: none); `--no-throughput` skips benchmark 1;
 * `--client-sizes 10000,100000` picks benchmark 3's sizes (drawing timed at
 * the first), `--no-client` skips it. `--port 3470` (or BENCH_PORT) moves the
 * app server off the default 3460. `--no-text-wait` sends the first text
 * query as soon as the server answers, before its word index is built.
 * `--smooth-runs 5` measures benchmark 3's smoothness five times per size
 * (a fresh browser each), one row per run: a single run on two shared cores
 * passes or misses by a few milliseconds, the rate over runs says more.
 * `--no-spike` skips the spike benchmark (Varnish in front of the app, a
 * browser's requests replayed by `--spike-visitors` readers, default 150).
 * `--db-sizes 200000,1000000` picks benchmark 7's sizes (the PostgreSQL
 * store against the in-memory one, scripts/bench/database.ts; not in
 * `--tiny` but with `--db-only`, which runs it alone at 2,000 and is what
 * `npm run bench:db` does), `--no-db` skips it; `--db-views 150` its views per store,
 * `--db-compare-max 200000` the largest size at which the in-memory store is
 * measured too (it takes minutes and gigabytes at 1,000,000), `--pg-port`
 * (or BENCH_PG_PORT, default 5445) its throwaway cluster's port (kept in
 * the temp folder), `--db-keep` serves what that cluster already serves when
 * it is of the size, without loading (db:load then untimed).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { distDir, INDEXED, rssMb, startApp, wordsIndexed } from './server';
import { throughput } from './throughput';
import { textViews, viewport, type TextResult } from './viewport';
import { CLIENT_NICENESS, clientDrawing, clientSmoothness } from './client';
import { spike } from './spike';
import { dataset } from './datasets';
import { databaseBenchmark } from './database';

const { values } = parseArgs({
  options: {
    tiny: { type: 'boolean' },
    sizes: { type: 'string' },
    'no-throughput': { type: 'boolean' },
    'no-client': { type: 'boolean' },
    'no-text-wait': { type: 'boolean' },
    'client-sizes': { type: 'string' },
    'smooth-runs': { type: 'string' },
    port: { type: 'string' },
    'no-spike': { type: 'boolean' },
    'spike-visitors': { type: 'string' },
    'no-db': { type: 'boolean' },
    'db-sizes': { type: 'string' },
    'db-views': { type: 'string' },
    'db-compare-max': { type: 'string' },
    'pg-port': { type: 'string' },
    'db-keep': { type: 'boolean' },
    'db-only': { type: 'boolean' },
  },
});
const tiny = values.tiny || process.env.BENCH_SIZE === 'tiny';
/** `npm run bench:db`: benchmark 7 alone. */
const dbOnly = values['db-only'] ?? false;
const sizes = dbOnly
  ? []
  : values.sizes !== undefined
    ? values.sizes.split(',').filter(Boolean).map(Number)
    : tiny
      ? [2_000]
      : [100_000, 1_000_000];
const seconds = tiny ? 1 : 10;
const queries = tiny ? 30 : 200;
/** The app server's port: `--port` or BENCH_PORT, so that two runs on one machine do not clash. */
const PORT = Number(values.port ?? process.env.BENCH_PORT ?? 3460);
/** Benchmark 3: drawing is timed at the first size, smoothness at each. */
const clientSizes =
  values['client-sizes'] !== undefined
    ? values['client-sizes'].split(',').filter(Boolean).map(Number)
    : tiny
      ? [2_000]
      : [10_000, 100_000];
/** Benchmark 3's smoothness runs per size. */
const smoothRuns = Number(values['smooth-runs'] ?? 1);
/** Benchmark 7: the PostgreSQL store's sizes, views per store, and the largest size compared with the in-memory store. */
// Not in the tiny run CI makes unless asked (`npm run bench:db -- --tiny`): its cluster, load and three servers would cost CI half a minute.
const dbSizes = values['no-db']
  ? []
  : values['db-sizes'] !== undefined
    ? values['db-sizes'].split(',').filter(Boolean).map(Number)
    : tiny
      ? dbOnly
        ? [2_000]
        : []
      : [200_000, 1_000_000];
const dbViews = Number(values['db-views'] ?? (tiny ? 20 : 150));
const dbCompareMax = Number(values['db-compare-max'] ?? 200_000);
if (!Number.isInteger(smoothRuns) || smoothRuns < 1) {
  console.error(`--smooth-runs must be a whole number of at least 1, not ${values['smooth-runs']}`);
  process.exit(2);
}

const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const out: string[] = [];
const print = (line = '') => {
  out.push(line);
  console.log(line);
};

async function main() {
  distDir();
  const cpu = os.cpus();
  print(
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, ${os.platform()}; load average at start ${os
      .loadavg()
      .map((l) => fmt(l, 2))
      .join(' ')}.`,
  );
  print(
    `Run: ${new Date().toISOString().slice(0, 16)}Z, ${tiny ? 'tiny' : 'full'} (${sizes.join(', ') || 'no'} generated incidents; ${dbSizes.join(', ') || 'none'} for the PostgreSQL store), autocannon 20 connections, 3 alternating rounds of ${seconds} s per server (median round).`,
  );
  print();

  // 1. Throughput on the shipped dataset.
  const app = values['no-throughput'] || dbOnly ? undefined : await startApp(PORT, undefined);
  if (app)
    try {
      const results = await throughput(app.url, seconds);
      const bare = results[0].rps;
      print('### 1. API throughput (shipped dataset, identity encoding)');
      print();
      print('| server | requests/s | ratio to bare | p99 ms | errors |');
      print('| --- | ---: | ---: | ---: | ---: |');
      for (const r of results)
        print(`| ${r.label} | ${fmt(r.rps, 0)} | ${fmt(r.rps / bare, 2)} | ${r.p99ms} | ${r.errors} |`);
      print();
    } finally {
      await app.stop();
    }

  if (!values['no-spike'] && !dbOnly) await spikeRun();
  if (!values['no-client'] && !dbOnly && clientSizes.length) await client();

  if (sizes.length) await tilesAndMemory();
  if (dbSizes.length) {
    const ok = await databaseBenchmark(
      {
        sizes: dbSizes,
        compare: (n) => n <= dbCompareMax,
        views: dbViews,
        loadSeconds: tiny ? 2 : 10,
        port: PORT,
        pgPort: Number(values['pg-port'] ?? process.env.BENCH_PG_PORT ?? 5445),
        keep: values['db-keep'] ?? false,
      },
      print,
    );
    if (!ok) process.exitCode = 1;
  }
  print(
    `Load average at the end: ${os
      .loadavg()
      .map((l) => fmt(l, 2))
      .join(' ')}.`,
  );
}

/** 2 and 5. Viewport queries and memory per generated size. */
async function tilesAndMemory() {
  print('### 2. Map tiles and 5. memory (generated datasets)');
  print();
  print(
    "Each view's new tiles, timed one by one from request to last byte; then asked again six at a time, as the map asks them (a view's tiles); then the same view as API users ask it (?bbox&zoom).",
  );
  print();
  print(
    "| incidents | start s | RSS after start MB | RSS after queries MB | views | tiles | tile p50 ms | tile p95 ms | tile max ms | all tiles p95 ms | one setting p50 / p95 ms | a date range p50 / p95 ms | a view's tiles p50 / p95 ms | ?bbox&zoom p50 / p95 ms | tile gzip KB p50 / p95 / max | tile raw KB max | max features | clustered tiles | non-200 |",
  );
  print(
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  const texts: [number, TextResult][] = [];
  const notes: string[] = [];
  for (const n of sizes) {
    const dir = dataset(n);
    const server = await startApp(PORT, dir, n >= 500_000 ? 16_000 : undefined);
    try {
      const rssStart = rssMb(server.child.pid!);
      // A server that indexes words in the background is warm for text once it says so (lib/index/startup.ts); a query before that finishes the build.
      const waited = values['no-text-wait'] ? 0 : await wordsIndexed(server);
      // Text first: the server's first `q` must be the one timed.
      const t = await textViews(server.url, tiny ? 2 : 10);
      texts.push([n, t]);
      // What the server said of its word index, if it builds one (lib/index/startup.ts).
      const said = INDEXED.exec(server.log());
      if (said)
        notes.push(
          `${n.toLocaleString('en')}: ${said[0].replace(/^dataset: /, '')}; ready for text ${fmt(waited)} s after the server answered (${fmt(server.startSeconds)} s after spawn), when the first text query was sent`,
        );
      const v = await viewport(server.url, queries);
      const rssEnd = rssMb(server.child.pid!);
      print(
        `| ${n.toLocaleString('en')} | ${fmt(server.startSeconds)} | ${fmt(rssStart, 0)} | ${fmt(rssEnd, 0)} | ${v.views} | ${v.tiles} | ${fmt(v.unfiltered.p50)} | ${fmt(v.unfiltered.p95)} | ${fmt(v.unfiltered.max)} | ${fmt(v.all.p95)} | ${fmt(v.filtered.p50)} / ${fmt(v.filtered.p95)} | ${fmt(v.dated.p50)} / ${fmt(v.dated.p95)} | ${fmt(v.view.p50)} / ${fmt(v.view.p95)} | ${fmt(v.bbox.p50)} / ${fmt(v.bbox.p95)} | ${fmt(v.gzipKb.p50)} / ${fmt(v.gzipKb.p95)} / ${fmt(v.gzipKb.max)} | ${fmt(v.rawKb.max)} | ${v.maxFeatures} | ${v.clustered} | ${v.non200} |`,
      );
      if (v.non200 + t.non200 > 0) process.exitCode = 1;
    } finally {
      await server.stop();
    }
  }
  print();
  print(
    "Text search (`q`), from the fresh server: each query's first view (the country at zoom 4, all its tiles), its summary, then new views (their tiles) with the same `q`:",
  );
  print();
  print(
    "| incidents | requests | the server's first text query ms | first view of a `q` p50 / p95 / max ms | its summary p50 / p95 / max ms | new views, same `q` p50 / p95 / max ms | non-200 |",
  );
  print('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const three = (s: { p50: number; p95: number; max: number }) => `${fmt(s.p50)} / ${fmt(s.p95)} / ${fmt(s.max)}`;
  for (const [n, t] of texts)
    print(
      `| ${n.toLocaleString('en')} | ${t.queries} | ${fmt(t.firstOfServer)} | ${three(t.first)} | ${three(t.summary)} | ${three(t.repeated)} | ${t.non200} |`,
    );
  print();
  for (const note of notes) print(`- ${note}`);
  if (notes.length) print();
}

/** Two incident ids of a generated dataset: its first files, or the first lines of its first shard. */
function someIds(dir: string): string[] {
  const folder = path.join(dir, 'incidents');
  const names = fs.readdirSync(folder).sort();
  const shard = names.find((f) => f.endsWith('.ndjson'));
  if (!shard)
    return names
      .filter((f) => f.endsWith('.json'))
      .slice(0, 2)
      .map((f) => f.slice(0, -'.json'.length));
  return fs
    .readFileSync(path.join(folder, shard), 'utf8')
    .split('\n')
    .slice(0, 2)
    .map((line) => JSON.parse(line).id);
}

/** 6. A spike of readers with Varnish in front (scripts/bench/spike.ts). */
async function spikeRun() {
  const n = tiny ? 2_000 : 10_000;
  const visitors = Number(values['spike-visitors'] ?? (tiny ? 20 : 150));
  const connections = 40;
  const dir = dataset(n);
  const server = await startApp(PORT, dir);
  try {
    const r = await spike(server.url, PORT + 1, someIds(dir), visitors, connections);
    print(`### 6. A spike through Varnish (${n.toLocaleString('en')} generated incidents, deploy/varnish/default.vcl)`);
    print();
    print(
      `A browser opens the shared links on a phone and a desktop and pans and zooms (${r.urls} distinct URLs); ${visitors} visitors replay its requests over ${connections} connections. Counted from a cold cache.`,
    );
    print();
    print('| client requests | reached the app | ratio | errors | client p50 ms | client p95 ms | requests/s |');
    print('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const ratio = r.backendRequests / r.clientRequests;
    print(
      `| ${r.clientRequests} | ${r.backendRequests} | **${fmt(ratio * 100, 2)}%** | ${r.errors} | ${fmt(r.p50ms)} | ${fmt(r.p95ms)} | ${fmt(r.clientRequests / r.seconds, 0)} |`,
    );
    print();
    if (r.errors > 0 || ratio > 0.02) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

/** 3. Client rendering (Chromium): drawing against Leaflet.markercluster, and the longest task. */
async function client() {
  print('### 3. Client rendering (Chromium, 1280 × 800, the whole country at zoom 4)');
  print();
  const rows: string[] = [];
  const blamed: string[] = [];
  const clean = new Map<number, number>();
  for (const [i, n] of clientSizes.entries()) {
    const dir = dataset(n);
    const server = await startApp(PORT, dir, n >= 500_000 ? 16_000 : undefined, CLIENT_NICENESS);
    try {
      // A visitor comes after the server's start-up work, not during it: its background word index (seconds at 100,000) would share the cores with the page.
      await wordsIndexed(server);
      if (i === 0) {
        const d = await clientDrawing(server.url, dir, tiny ? 1 : 3);
        print(
          `Drawing ${d.incidents.toLocaleString('en')} point incidents, from the data's last byte to the markers drawn and painted (median of ${tiny ? 1 : 3} alternating rounds):`,
        );
        print();
        print('| drawn by | ms | ratio to markercluster | longest task ms | marker elements |');
        print('| --- | ---: | ---: | ---: | ---: |');
        print(
          `| Leaflet.markercluster, every point to addLayers | ${fmt(d.reference.ms)} | 1.00 | ${fmt(d.reference.longestTaskMs)} | ${d.reference.markers} |`,
        );
        print(
          `| our map: the API's view (server clusters and points) | ${fmt(d.ours.ms)} | **${fmt(d.ours.ms / d.reference.ms, 2)}** | ${fmt(d.ours.longestTaskMs)} | ${d.ours.markers} |`,
        );
        print();
      }
      for (let run = 1; run <= smoothRuns; run++) {
        const s = await clientSmoothness(server.url);
        const label = smoothRuns > 1 ? `${n.toLocaleString('en')} (run ${run})` : n.toLocaleString('en');
        rows.push(
          `| ${label} | ${fmt(s.loadMs, 0)} | ${fmt(s.firstPaint ?? NaN, 0)} | ${fmt(s.longestLoad)} | ${fmt(s.longestPanZoom)} | ${s.tasksOver100} |`,
        );
        blamed.push(...s.over100.map((b) => `- ${label}: ${b}`));
        if (s.tasksOver100 === 0) clean.set(n, (clean.get(n) ?? 0) + 1);
      }
    } finally {
      await server.stop();
    }
  }
  print(
    'Longest main-thread task (PerformanceObserver "longtask") on our map while it loads, then pans and zooms by keyboard (13 steps, each asking the API for the new view):',
  );
  print();
  print(
    '| incidents | load ms | first paint ms | longest task loading ms | longest task panning and zooming ms | tasks over 100 ms |',
  );
  print('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) print(r);
  print();
  if (smoothRuns > 1) {
    print(
      `Runs with no task over 100 ms: ${clientSizes.map((n) => `${n.toLocaleString('en')}: ${clean.get(n) ?? 0} of ${smoothRuns}`).join('; ')}.`,
    );
    print();
  }
  if (blamed.length) {
    print('The tasks over 100 ms, by what ran in them (Long Animation Frames):');
    print();
    for (const b of blamed) print(b);
    print();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
