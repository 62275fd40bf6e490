/**
 * Benchmark 1: requests per second of GET /api/incidents against a bare
 * node:http server that sends the same bytes and headers from memory, with
 * the same load generator and settings (autocannon), in the same run. Each
 * server runs in its own process; autocannon runs in this one.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type AutocannonResult } from 'autocannon';

const ROUNDS = 3;

export interface ThroughputResult {
  label: string;
  url: string;
  rps: number;
  p99ms: number;
  errors: number;
}

function run(
  url: string,
  seconds: number,
  connections: number,
  headers: Record<string, string>,
): Promise<AutocannonResult> {
  return autocannon({ url, duration: seconds, connections, pipelining: 1, headers });
}

/** The reference: the bytes and headers the app answered, sent from memory by a bare server (bare.mjs). */
async function bareServer(body: Buffer, headers: Record<string, string>): Promise<{ url: string; close: () => void }> {
  const file = path.join(os.tmpdir(), `incident-map-bare-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify({ headers, body: body.toString('base64') }));
  const child = spawn(process.execPath, [path.join('scripts', 'bench', 'bare.mjs'), file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (d) => resolve(Number(String(d).trim())));
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}/api/incidents`,
    close: () => {
      child.kill('SIGTERM');
      fs.rmSync(file, { force: true });
    },
  };
}

export async function throughput(appUrl: string, seconds: number, connections = 20): Promise<ThroughputResult[]> {
  const res = await fetch(`${appUrl}/api/incidents`, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await res.arrayBuffer());
  const replay = Object.fromEntries(
    [...res.headers].filter(
      ([k]) => !['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(k),
    ),
  );
  const bare = await bareServer(body, replay);
  const targets: [string, string][] = [
    ['bare node:http, same bytes from memory', bare.url],
    ['app: GET /api/incidents (npm start)', `${appUrl}/api/incidents`],
    // The same document through Next's router and the route handler (a query skips the in-memory answer).
    ['app: GET /api/incidents?format=geojson (Next route handler)', `${appUrl}/api/incidents?format=geojson`],
  ];
  const out: ThroughputResult[] = [];
  try {
    // Identity on all, so the same bytes cross the wire. Rounds alternate the targets and the median
    // round counts, so a burst of load from elsewhere on the machine does not favour one side.
    const rounds: AutocannonResult[][] = targets.map(() => []);
    for (const [, url] of targets) await run(url, 1, connections, { 'accept-encoding': 'identity' });
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, [, url]] of targets.entries())
        rounds[i].push(await run(url, seconds, connections, { 'accept-encoding': 'identity' }));
    }
    for (const [i, [label, url]] of targets.entries()) {
      const r = [...rounds[i]].sort((a, b) => a.requests.average - b.requests.average)[Math.floor(ROUNDS / 2)];
      out.push({
        label,
        url,
        rps: r.requests.average,
        p99ms: r.latency.p99,
        errors: rounds[i].reduce((n, x) => n + x.errors + x.non2xx, 0),
      });
    }
  } finally {
    bare.close();
  }
  return out;
}
