/**
 * The spike benchmark: a viral article's readers, with Varnish in front of
 * the app (deploy/varnish/default.vcl, as shipped, only its backend port
 * changed). A real Chromium opens the links people share (map deep links,
 * an embedded incident, incident pages, both editions) on a phone and a
 * desktop viewport, then pans and zooms the map; every request it made to
 * the site is then replayed by `visitors` visitors over `connections`
 * connections. Counted from a cold cache; what reached the app is Varnish's
 * own count (MAIN.backend_req, health probes excluded). The goal: at most 2%
 * of requests reach the app, and no errors.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { chromium } from '@playwright/test';
import { disableFeatures } from '../../e2e/chromium-switches';

const VCL = 'deploy/varnish/default.vcl';
/** Request headers the app's answers vary on (Next's router), replayed as the browser sent them. */
const REPLAYED_HEADERS = [
  'accept',
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
];

export interface SpikeResult {
  urls: number;
  clientRequests: number;
  backendRequests: number;
  errors: number;
  p50ms: number;
  p95ms: number;
  seconds: number;
}

interface Recorded {
  url: string;
  headers: Record<string, string>;
}

/** Varnish's daemon, installed from Debian's archive when missing. */
export function varnishd(): string {
  const bin = ['/usr/sbin/varnishd', '/usr/bin/varnishd'].find((p) => fs.existsSync(p));
  if (bin) return bin;
  console.error("installing Debian's varnish for the spike benchmark");
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  execFileSync('sh', ['-c', `${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq varnish >/dev/null`], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return '/usr/sbin/varnishd';
}

/** Varnish on `port` in front of the app on `appPort`: the shipped VCL, its backend moved. */
async function startVarnish(
  port: number,
  appPort: number,
): Promise<{ stop: () => void; counter: (name: string) => number }> {
  const bin = varnishd();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'incident-map-varnish-'));
  const vcl = path.join(dir, 'default.vcl');
  fs.writeFileSync(vcl, fs.readFileSync(VCL, 'utf8').replace(/\.port = "\d+";/, `.port = "${appPort}";`));
  // -j none: as root, varnishd cannot otherwise compile its VCL in a root-owned temporary folder.
  const child: ChildProcess = spawn(
    bin,
    ['-j', 'none', '-F', '-a', `127.0.0.1:${port}`, '-f', vcl, '-n', dir, '-s', 'malloc,256m'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout!.on('data', (c) => (log += c));
  child.stderr!.on('data', (c) => (log += c));
  const counter = (name: string) => {
    const out = execFileSync(path.join(path.dirname(bin), '..', 'bin', 'varnishstat'), [
      '-n',
      dir,
      '-1',
      '-f',
      name,
    ]).toString();
    return Number(/\s(\d+)\s/.exec(out)?.[1] ?? NaN);
  };
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`varnishd exited (${child.exitCode}):\n${log}`);
    if (
      await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 300) throw new Error(`varnishd did not answer:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    counter,
    stop: () => {
      child.kill('SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What a reader's browser asks of the site: the shared links on a phone and a desktop, then panning and zooming. */
async function browse(base: string, ids: string[]): Promise<Recorded[]> {
  const browser = await chromium.launch({
    executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: [disableFeatures()],
  });
  const recorded: Recorded[] = [];
  const own = new URL(base).host;
  const [a, b] = ids;
  const links = [
    '/',
    `/?incident=${a}`,
    `/es?incident=${b}`,
    `/embed/incidents/${a}`,
    `/incidents/${a}`,
    `/es/incidents/${b}`,
    `/embed?incident=${b}`,
  ];
  try {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      // Tiles come from a tile server, not this site: answered here, and not counted.
      await page.route(
        (url) => url.host !== own,
        (route) => route.fulfill({ status: 204 }),
      );
      page.on('request', (request) => {
        if (new URL(request.url()).host !== own || request.method() !== 'GET') return;
        const headers = request.headers();
        recorded.push({
          url: request.url().slice(base.length),
          headers: Object.fromEntries(REPLAYED_HEADERS.filter((h) => headers[h]).map((h) => [h, headers[h]])),
        });
      });
      for (const link of links) {
        await page.goto(base + link, { waitUntil: 'networkidle' });
      }
      // On the map: pan and zoom as a reader does.
      await page.goto(base + '/', { waitUntil: 'networkidle' });
      const map = page.locator('.leaflet-container').first();
      await map.focus();
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', '+', '+', 'ArrowLeft', '-']) {
        await page.keyboard.press(key);
        await page.waitForTimeout(400);
      }
      await page.waitForLoadState('networkidle');
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return recorded;
}

/** The p-th percentile of sorted `xs`. */
function percentile(xs: number[], p: number): number {
  return xs.length ? xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN;
}

/** Every visitor asks for everything the browser asked for, `connections` requests at a time. */
async function replay(
  base: string,
  requests: Recorded[],
  visitors: number,
  connections: number,
): Promise<{ latencies: number[]; errors: number; seconds: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const get = (r: Recorded) =>
    new Promise<number>((resolve, reject) => {
      http
        .get(base + r.url, { agent, headers: { 'accept-encoding': 'gzip', ...r.headers } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        })
        .on('error', reject);
    });
  const queue: Recorded[] = [];
  for (let v = 0; v < visitors; v++) queue.push(...requests);
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < queue.length) {
        const r = queue[next++];
        const t = performance.now();
        try {
          if ((await get(r)) >= 500) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  agent.destroy();
  return { latencies: latencies.sort((x, y) => x - y), errors, seconds: (performance.now() - started) / 1000 };
}

/** The spike: the app at `appUrl` behind Varnish on `port`. */
export async function spike(
  appUrl: string,
  port: number,
  ids: string[],
  visitors: number,
  connections: number,
): Promise<SpikeResult> {
  const varnish = await startVarnish(port, Number(new URL(appUrl).port));
  try {
    const base = `http://127.0.0.1:${port}`;
    // Counted from a cold cache: the browser's own visit is the first reader's.
    const before = { client: varnish.counter('MAIN.client_req'), backend: varnish.counter('MAIN.backend_req') };
    const requests = await browse(base, ids);
    const { latencies, errors, seconds } = await replay(base, requests, visitors, connections);
    return {
      urls: new Set(requests.map((r) => r.url)).size,
      clientRequests: varnish.counter('MAIN.client_req') - before.client,
      backendRequests: varnish.counter('MAIN.backend_req') - before.backend,
      errors,
      p50ms: percentile(latencies, 50),
      p95ms: percentile(latencies, 95),
      seconds,
    };
  } finally {
    varnish.stop();
  }
}
