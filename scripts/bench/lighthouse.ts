/**
 * Lighthouse on a simulated phone (its default mobile settings) against a
 * production build: the map pages and an incident page, each several times,
 * warm, with tiles from a local tile server (a failed tile would be a
 * console error). Prints each run and each page's median and range.
 * Lighthouse is not a dependency: it runs through npx (LIGHTHOUSE overrides
 * the command).
 *
 * Lighthouse slows the CPU 4× to stand for a mid-range phone on a fast
 * desktop; it measures the machine it runs on (its benchmark index, printed
 * with each run), warns below 1,000, and says to lower the slowdown on a
 * slower one (its CPU throttling calculator: 4× at an index of about 1,500,
 * 3× at 1,300). `--cpu N` sets it.
 *
 *   npm run build && npx tsx scripts/bench/lighthouse.ts [--runs 3] [--port 3470] [--cpu 4]
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { startApp } from './server';

const PAGES = [
  '/',
  '/es',
  '/?incident=ontario-surgery-center-2025-07-08',
  '/embed',
  '/incidents/ontario-surgery-center-2025-07-08',
];
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', '3'));
const port = Number(arg('port', '3470'));
const cpu = arg('cpu', '');
const lighthouse = (process.env.LIGHTHOUSE ?? 'npx -y lighthouse@12.8').split(' ');

/**
 * A flat PNG tile of 512 × 512 pixels: what a tile server for high-density
 * screens sends. Shown at 256 CSS pixels on the simulated phone (1.75 device
 * pixels each), a 256-pixel tile counts as an image of too low a resolution.
 */
function tilePng(size = 512): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, Buffer.from([232, 236, 230]))]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface Result {
  page: string;
  load: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcp: number;
  tbt: number;
  cls: number;
  lcpElement: string;
  benchmarkIndex: number;
}

async function audit(url: string, page: string, out: string): Promise<Result> {
  const load = os.loadavg()[0];
  const [command, ...args] = lighthouse;
  const throttling = cpu ? [`--throttling.cpuSlowdownMultiplier=${cpu}`] : [];
  await promisify(execFile)(
    command,
    [
      ...args,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--chrome-flags=--headless=new --no-sandbox',
      ...throttling,
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 64 << 20,
    },
  );
  const r = JSON.parse(fs.readFileSync(out, 'utf8'));
  const score = (c: string) => Math.round(r.categories[c].score * 100);
  return {
    page,
    load,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcp: r.audits['largest-contentful-paint'].numericValue / 1000,
    tbt: r.audits['total-blocking-time'].numericValue,
    cls: r.audits['cumulative-layout-shift'].numericValue,
    lcpElement: r.audits['largest-contentful-paint-element'].details?.items?.[0]?.items?.[0]?.node?.selector ?? '',
    benchmarkIndex: r.environment.benchmarkIndex,
  };
}

/**
 * Asks for each page and its map picture once before the audits. A route's
 * first answer after `next start` loads its code (seconds on a busy
 * machine), which Lighthouse would count as the server's response time of
 * whichever page came first: a deployment's pages are warm, or in the cache
 * in front.
 */
async function warm(base: string) {
  for (const page of PAGES) {
    const html = await (await fetch(base + page)).text();
    const picture = /<img[^>]*class="map-picture[^"]*"[^>]*src="([^"]+)"/.exec(html)?.[1];
    if (picture) await (await fetch(base + picture.replaceAll('&amp;', '&'))).arrayBuffer();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const span = (xs: number[], digits: number) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

async function main() {
  const png = tilePng();
  const tiles = http.createServer((_, res) =>
    res
      .writeHead(200, {
        'content-type': 'image/png',
        'access-control-allow-origin': '*',
        'cache-control': 'max-age=86400',
      })
      .end(png),
  );
  await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
  const tileUrl = `http://127.0.0.1:${(tiles.address() as { port: number }).port}/{z}/{x}/{y}.png`;
  const app = await startApp(port, undefined, undefined, 0, { TILE_URL: tileUrl });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
  const results: Result[] = [];
  try {
    await warm(app.url);
    for (let run = 1; run <= runs; run++) {
      for (const page of PAGES) {
        const r = await audit(app.url + page, page, path.join(dir, `${run}-${results.length}.json`));
        results.push(r);
        console.log(
          `run ${run} ${page}: load ${r.load.toFixed(1)}, performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}, LCP ${r.lcp.toFixed(2)} s (${r.lcpElement}), TBT ${Math.round(r.tbt)} ms, CLS ${r.cls.toFixed(3)}, benchmark index ${Math.round(r.benchmarkIndex)}`,
        );
      }
    }
  } finally {
    await app.stop();
    tiles.close();
  }
  console.log(`\nCPU slowdown ${cpu || '4 (default)'}\n`);
  console.log(
    '| page | performance | LCP s | TBT ms | accessibility | best practices | CLS | load | benchmark index |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const page of PAGES) {
    const rs = results.filter((r) => r.page === page);
    const of = (k: keyof Result) => rs.map((r) => r[k] as number);
    console.log(
      `| \`${page}\` | ${span(of('performance'), 0)} | ${span(of('lcp'), 2)} | ${span(of('tbt'), 0)} | ${span(of('accessibility'), 0)} | ${span(of('bestPractices'), 0)} | ${Math.max(...of('cls')).toFixed(3)} | ${Math.min(...of('load')).toFixed(1)}–${Math.max(...of('load')).toFixed(1)} | ${span(of('benchmarkIndex'), 0)} |`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
