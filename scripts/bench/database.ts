/**
 * `npm run bench:db [-- --sizes 200000,1000000]`: the PostgreSQL store
 * against the in-memory one at the same size, in the same run. Per size:
 * db:load's time; each store's app start (spawn to a 200 from
 * /api/health) and resident memory after the views; map views (every tile
 * a 1280×800 screen asks, fetched together as the map does) p50/p95 from
 * each; and two app processes on the one database under load (errors
 * counted). Starts a throwaway cluster (scripts/db/cluster.sh) on
 * BENCH_PG_PORT (5445). Needs a build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { seeded } from '../generate/random';
import { tilesCovering, tilePath } from '../../lib/shared/tiles/address';
import { distDir, rssMb, startApp, type Running } from './server';
import { dataset } from './datasets';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, views: { type: 'string' }, tiny: { type: 'boolean' } } });
const sizes = (values.sizes ?? (values.tiny ? '2000' : '200000,1000000')).split(',').filter(Boolean).map(Number);
const VIEWS = Number(values.views ?? (values.tiny ? 20 : 150));
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5445);
const APP_PORT = Number(process.env.BENCH_PORT ?? 3466);

const CENTRES: [number, number][] = [
  [-118.24, 34.05], [-74.0, 40.71], [-87.65, 41.85], [-95.36, 29.76], [-112.07, 33.45], [-117.16, 32.72],
  [-96.8, 32.78], [-122.42, 37.77], [-106.49, 31.76], [-80.19, 25.77], [-84.39, 33.75], [-98.5, 39.5],
];

/** The tile paths of a 1280×800 view at `zoom` around `centre`, with the view's filters. */
function viewTiles([lon, lat]: [number, number], zoom: number, filter: string): string[] {
  const world = 256 * 2 ** zoom;
  const dx = (640 / world) * 360;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  const latOf = (v: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * v))) * 180) / Math.PI;
  const box: [number, number, number, number] = [lon - dx, latOf(Math.min(1, y + 400 / world)), lon + dx, latOf(Math.max(0, y - 400 / world))];
  return tilesCovering(box, zoom).map((t) => `/api/tiles/${tilePath(t)}${filter}`);
}

/** Deterministic views: zooms 3 to 16 around the cities, one in ten with a setting, one in ten with dates. */
function views(count: number): string[][] {
  const r = seeded(42);
  return Array.from({ length: count }, (_, i) => {
    const [lon, lat] = r.pick(CENTRES);
    const zoom = r.int(3, 16);
    const jitter = 2 / 2 ** (zoom - 3);
    const filter = i % 10 === 9 ? '?setting=workplace' : i % 10 === 4 ? '?from=2024-01-01' : '';
    return viewTiles([lon + r.gauss() * jitter, lat + r.gauss() * jitter * 0.8], zoom, filter);
  });
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/** Each view's time, its tiles fetched together; the answers' bytes to compare the stores. */
async function timeViews(url: string, all: string[][]): Promise<{ ms: number[]; bodies: string[] }> {
  const ms: number[] = [];
  const bodies: string[] = [];
  for (const tiles of all) {
    const t = performance.now();
    const answers = await Promise.all(tiles.map((p) => fetch(url + p).then(async (r) => `${r.status} ${await r.text()}`)));
    ms.push(performance.now() - t);
    bodies.push(answers.join('\n'));
  }
  return { ms, bodies };
}

/** Both app processes under autocannon at once, on the views' tiles; their errors and non-2xx answers. */
async function twoUnderLoad(a: Running, b: Running, paths: string[], seconds: number): Promise<{ requests: number; errors: number }> {
  const run = (url: string) =>
    autocannon({ url, connections: 10, duration: seconds, requests: paths.map((p) => ({ method: 'GET', path: p })) } as never) as unknown as Promise<{ requests: { total: number }; errors: number; non2xx: number; timeouts: number }>;
  const results = await Promise.all([run(a.url), run(b.url)]);
  return { requests: results.reduce((n, r) => n + r.requests.total, 0), errors: results.reduce((n, r) => n + r.errors + r.non2xx + r.timeouts, 0) };
}

async function main() {
  distDir();
  const pgDir = path.join(os.tmpdir(), 'incident-map-bench', `pg-${PG_PORT}`);
  const url = execFileSync('bash', ['scripts/db/cluster.sh', 'start', pgDir, String(PG_PORT)], { encoding: 'utf8' }).trim();
  const rows: string[] = [];
  try {
    for (const size of sizes) {
      const dir = dataset(size);
      const t = performance.now();
      const load = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/db/load.ts', dir], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: url }, maxBuffer: 1 << 26 });
      if (load.status !== 0) throw new Error(`db:load failed:\n${load.stderr}`);
      const loadSeconds = (performance.now() - t) / 1000;
      const all = views(VIEWS);

      const db = await startApp(APP_PORT, undefined, undefined, 0, { DATABASE_URL: url });
      const dbRun = await timeViews(db.url, all);
      const dbRss = rssMb(db.child.pid!);
      // A second process on the same database, both under load.
      const second = await startApp(APP_PORT + 1, undefined, undefined, 0, { DATABASE_URL: url });
      const load2 = await twoUnderLoad(db, second, all.flat().slice(0, 500), values.tiny ? 2 : 10);
      await second.stop();
      await db.stop();

      const mem = await startApp(APP_PORT, dir, 8192);
      const memRun = await timeViews(mem.url, all);
      const memRss = rssMb(mem.child.pid!);
      await mem.stop();

      const differ = dbRun.bodies.filter((b, i) => b !== memRun.bodies[i]).length;
      rows.push(
        `| ${size.toLocaleString('en')} | ${loadSeconds.toFixed(1)} | ${db.startSeconds.toFixed(1)} / ${mem.startSeconds.toFixed(1)} | ${dbRss.toFixed(0)} / ${memRss.toFixed(0)} | ` +
          `${quantile(dbRun.ms, 0.5).toFixed(1)} / ${quantile(memRun.ms, 0.5).toFixed(1)} | ${quantile(dbRun.ms, 0.95).toFixed(1)} / ${quantile(memRun.ms, 0.95).toFixed(1)} | ` +
          `${differ} of ${all.length} | ${load2.requests} / ${load2.errors} |`,
      );
      console.error(rows.at(-1));
    }
  } finally {
    execFileSync('bash', ['scripts/db/cluster.sh', 'stop', pgDir]);
  }
  console.log(`\n### PostgreSQL store against the in-memory store (${VIEWS} map views; database / memory)\n`);
  console.log('| incidents | db:load s | start s | RSS MB | view p50 ms | view p95 ms | views that differ | two processes: requests / errors |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
