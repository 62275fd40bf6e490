/**
 * Benchmark 1: requests per second of GET /api/incidents against a bare
 * node:http server that sends the same bytes and headers from memory, with
 * the same load generator and settings (autocannon), in the same run.
 */
import http from 'node:http';
import autocannon, { type AutocannonResult } from 'autocannon';

export interface ThroughputResult {
  label: string;
  url: string;
  rps: number;
  p99ms: number;
  errors: number;
}

function run(url: string, seconds: number, connections: number, headers: Record<string, string>): Promise<AutocannonResult> {
  return autocannon({ url, duration: seconds, connections, pipelining: 1, headers });
}

/** The reference: the bytes and headers the app answered, sent from memory by a bare server. */
async function bareServer(body: Buffer, headers: Record<string, string>): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { ...headers, 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/api/incidents`, close: () => server.close() };
}

export async function throughput(appUrl: string, seconds: number, connections = 20): Promise<ThroughputResult[]> {
  const res = await fetch(`${appUrl}/api/incidents`, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await res.arrayBuffer());
  const replay = Object.fromEntries([...res.headers].filter(([k]) => !['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(k)));
  const bare = await bareServer(body, replay);
  const targets: [string, string][] = [
    ['bare node:http, same bytes from memory', bare.url],
    ['app: GET /api/incidents (npm start)', `${appUrl}/api/incidents`],
    // The same document through Next's router and the route handler (a query skips the in-memory answer).
    ['app: GET /api/incidents?format=geojson (Next route handler)', `${appUrl}/api/incidents?format=geojson`],
  ];
  const out: ThroughputResult[] = [];
  try {
    // Identity on all three, so the same bytes cross the wire; warm each up first.
    for (const [label, url] of targets) {
      await run(url, 1, connections, { 'accept-encoding': 'identity' });
      const r = await run(url, seconds, connections, { 'accept-encoding': 'identity' });
      out.push({ label, url, rps: r.requests.average, p99ms: r.latency.p99, errors: r.errors + r.non2xx });
    }
  } finally {
    bare.close();
  }
  return out;
}
