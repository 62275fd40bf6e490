/**
 * Benchmark 7 (scripts/bench/index.ts runs it; `npm run bench:db` alone):
 * the PostgreSQL store against the in-memory one at the same size, in the
 * same run. Per size: db:load's time; each store's app start (spawn to a 200
 * from /api/health) and resident memory after the views; the map's views as
 * benchmark 2 asks them (viewport.ts: each new tile alone, then a view's
 * tiles six at a time, then ?bbox&zoom), with every tile's answer compared
 * between the stores; and two app processes on the one database under load
 * at once (errors counted). Starts a throwaway cluster (scripts/db/cluster.sh)
 * on `pgPort`. Needs a build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { viewTileKeys } from '../../lib/shared/api-keys';
import { rssMb, startApp, type Running } from './server';
import { dataset } from './datasets';
import { views, viewport, type ViewportResult } from './viewport';

export interface DatabaseOptions {
  sizes: number[];
  /** The sizes at which the in-memory store is measured too (its start takes minutes and gigabytes at 1,000,000). */
  compare: (size: number) => boolean;
  views: number;
  /** Seconds of the two processes' load test. */
  loadSeconds: number;
  /** The first app's port; the second process takes the next. */
  port: number;
  pgPort: number;
  /**
   * Serve what the cluster already serves when it holds as many incidents as
   * the size (loaded by an earlier run): db:load, minutes at 1,000,000, is
   * then not run nor timed.
   */
  keep: boolean;
}

const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const load = () =>
  os
    .loadavg()
    .map((l) => fmt(l, 1))
    .join(' ');

/** db:load of `dir` into `url`, timed; throws with its output when it fails. */
function dbLoad(url: string, dir: string, size: number): number {
  const t = performance.now();
  // It holds the whole dataset while it checks it, as `npm run check` does. Through NODE_OPTIONS: tsx runs
  // the script in a node of its own, which a flag before tsx's path does not reach.
  const heap = size >= 500_000 ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=16000` } : {};
  const run = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/db/load.ts', dir],
    { encoding: 'utf8', env: { ...process.env, DATABASE_URL: url, ...heap }, maxBuffer: 1 << 26 },
  );
  if (run.status !== 0) throw new Error(`db:load failed:\n${run.stdout}\n${run.stderr}`);
  return (performance.now() - t) / 1000;
}

/** How many incidents the database at `url` serves (0 for none). */
function servedIncidents(url: string): number {
  const sql = 'SELECT coalesce((SELECT v.incidents FROM served JOIN dataset_version v ON v.id = served.version_id), 0)';
  const run = spawnSync('psql', [url, '-Atc', sql], { encoding: 'utf8' });
  return run.status === 0 ? Number(run.stdout.trim()) : 0;
}

/** Some incident ids of a generated dataset (the first lines of its first shard, or its first files). */
function someIds(dir: string, count: number): string[] {
  const folder = path.join(dir, 'incidents');
  const names = fs.readdirSync(folder).sort();
  const shard = names.find((f) => f.endsWith('.ndjson'));
  if (!shard)
    return names
      .filter((f) => f.endsWith('.json'))
      .slice(0, count)
      .map((f) => f.slice(0, -'.json'.length));
  return fs
    .readFileSync(path.join(folder, shard), 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, count)
    .map((line) => JSON.parse(line).id as string);
}

/**
 * What the two processes are asked under load: the map's tiles, its summary,
 * the map page and incident pages in both languages, as readers arrive.
 */
function loadPaths(dir: string): string[] {
  const tiles = views(60).flatMap((v) => viewTileKeys(v.filters, v.bbox, v.zoom));
  const pages = someIds(dir, 10).flatMap((id) => [`/incidents/${id}`, `/es/incidents/${id}`]);
  return [...tiles, '/', '/es', '/api/summary', '/api/summary?setting=workplace', ...pages];
}

/** Both app processes under autocannon at once: their requests and their errors, timeouts and non-2xx answers. */
async function twoUnderLoad(
  a: Running,
  b: Running,
  paths: string[],
  seconds: number,
): Promise<{ requests: number; errors: number }> {
  const run = (url: string) =>
    autocannon({
      url,
      connections: 10,
      duration: seconds,
      timeout: 10,
      headers: { 'accept-encoding': 'br, gzip' },
      requests: paths.map((p) => ({ method: 'GET', path: p })),
    } as never) as unknown as Promise<{
      requests: { total: number };
      errors: number;
      non2xx: number;
      timeouts: number;
    }>;
  const results = await Promise.all([run(a.url), run(b.url)]);
  return {
    requests: results.reduce((n, r) => n + r.requests.total, 0),
    errors: results.reduce((n, r) => n + r.errors + r.non2xx + r.timeouts, 0),
  };
}

interface StoreRun {
  start: number;
  rss: number;
  v: ViewportResult;
  digests: Map<string, string>;
}

async function measure(server: Running, count: number): Promise<StoreRun> {
  const digests = new Map<string, string>();
  const v = await viewport(server.url, count, digests);
  return { start: server.startSeconds, rss: rssMb(server.child.pid!), v, digests };
}

/** Runs benchmark 7 and prints it as Markdown through `print`; returns false when any answer failed or differed. */
export async function databaseBenchmark(o: DatabaseOptions, print: (line?: string) => void): Promise<boolean> {
  const pgDir = path.join(os.tmpdir(), 'incident-map-bench', `pg-${o.pgPort}`);
  const url = execFileSync('bash', ['scripts/db/cluster.sh', 'start', pgDir, String(o.pgPort)], {
    encoding: 'utf8',
  }).trim();
  const rows: string[] = [];
  const notes: string[] = [];
  let ok = true;
  try {
    for (const size of o.sizes) {
      const dir = dataset(size);
      const loadSeconds = o.keep && servedIncidents(url) === size ? NaN : dbLoad(url, dir, size);
      const db = await startApp(o.port, undefined, undefined, 0, { DATABASE_URL: url });
      let fromDb: StoreRun;
      let two: { requests: number; errors: number };
      try {
        fromDb = await measure(db, o.views);
        // A second process on the same database, both under load.
        const second = await startApp(o.port + 1, undefined, undefined, 0, { DATABASE_URL: url });
        try {
          two = await twoUnderLoad(db, second, loadPaths(dir), o.loadSeconds);
        } finally {
          await second.stop();
        }
      } finally {
        await db.stop();
      }
      const row = (store: string, r: StoreRun, dbLoadS: string) =>
        `| ${size.toLocaleString('en')} | ${store} | ${dbLoadS} | ${fmt(r.start)} | ${fmt(r.rss, 0)} | ${fmt(r.v.all.p50)} / ${fmt(r.v.all.p95)} | ${fmt(r.v.view.p50)} / ${fmt(r.v.view.p95)} | ${fmt(r.v.bbox.p50)} / ${fmt(r.v.bbox.p95)} | ${r.v.non200} |`;
      rows.push(row('database', fromDb, Number.isNaN(loadSeconds) ? 'kept' : fmt(loadSeconds)));
      console.error(`${rows.at(-1)} (load ${load()})`);
      ok &&= fromDb.v.non200 === 0 && two.errors === 0;
      const twoNote = `two processes on the database under load for ${o.loadSeconds} s: ${two.requests} requests, **${two.errors} errors**`;
      console.error(`${size}: ${twoNote} (load ${load()})`);
      let compared = '';
      if (o.compare(size)) {
        const mem = await startApp(o.port, dir, size >= 500_000 ? 16_000 : 8_192);
        try {
          const inMemory = await measure(mem, o.views);
          rows.push(row('in memory', inMemory, '–'));
          const differ = [...fromDb.digests].filter(([key, digest]) => inMemory.digests.get(key) !== digest).length;
          ok &&= differ === 0 && inMemory.v.non200 === 0;
          compared = `view p95 ${fmt(fromDb.v.view.p95 / inMemory.v.view.p95, 2)}× the in-memory store's, tile p95 ${fmt(fromDb.v.all.p95 / inMemory.v.all.p95, 2)}×; tiles whose answers differ: ${differ} of ${fromDb.digests.size}; `;
        } catch (error) {
          // The database's figures stand without the comparison; say why it is missing.
          ok = false;
          compared = `the in-memory store failed (${error instanceof Error ? error.message : String(error)}; its log ends: ${mem.log().slice(-300)}); `;
        } finally {
          await mem.stop();
        }
      }
      notes.push(`${size.toLocaleString('en')}: ${compared}${twoNote}; load average ${load()}`);
      console.error(notes.at(-1));
    }
  } finally {
    execFileSync('bash', ['scripts/db/cluster.sh', 'stop', pgDir]);
  }
  print(`### 7. The PostgreSQL store against the in-memory store (${o.views} map views, as benchmark 2 asks them)`);
  print();
  print(
    "| incidents | store | db:load s | ready after s | RSS after the views MB | tile p50 / p95 ms | a view's tiles p50 / p95 ms | ?bbox&zoom p50 / p95 ms | non-200 |",
  );
  print('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) print(row);
  print();
  for (const note of notes) print(`- ${note}`);
  print();
  return ok;
}
