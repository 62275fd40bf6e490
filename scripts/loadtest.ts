/**
 * `npm run loadtest [-- --seconds 60 --connections 100 --url http://127.0.0.1:3000 --only api,incident,map]`:
 * the load test of issue 7, not a CI test. Starts `npm start`'s server on
 * loopback (unless --url names a running one), then drives each target in
 * turn with autocannon for --seconds at --connections concurrent connections:
 * GET /api/incidents, an incident page and the map page /. Prints requests per
 * second, latency (p50, p90, p99, max), errors, timeouts (10 s) and non-2xx
 * answers per target, and exits 1 when any target had an error, a timeout or
 * a non-2xx answer. Bounded in time: targets × seconds, plus the server start.
 * Results are recorded in docs/PERFORMANCE.md ("Load test").
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startApp } from './bench/server';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '100' },
    url: { type: 'string' },
    port: { type: 'string', default: '3760' },
    incident: { type: 'string', default: 'ontario-surgery-center-2025-07-08' },
    only: { type: 'string', default: 'api,incident,map' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
if (!(seconds > 0 && seconds <= 600) || !(connections > 0 && connections <= 1000)) {
  throw new Error('--seconds must be in 1..600 and --connections in 1..1000');
}

const ALL_TARGETS: [name: string, label: string, path: string][] = [
  ['api', 'GET /api/incidents', '/api/incidents'],
  ['incident', `GET /incidents/${values.incident}`, `/incidents/${values.incident}`],
  ['map', 'GET /', '/'],
];
const only = values.only.split(',');
const TARGETS = ALL_TARGETS.filter(([name]) => only.includes(name)).map(([, label, path]) => [label, path] as const);

async function main() {
  const app = values.url ? undefined : await startApp(Number(values.port), process.env.DATA_DIR);
  const base = values.url ?? app!.url;
  // The machine's load says how much of it the server had: figures from a busy machine are not the app's.
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  console.log(
    `load test: ${base}, ${connections} connections, ${seconds} s per target; Node ${process.version}, ${os.cpus().length} CPUs, load average ${load()}`,
  );

  let failed = false;
  const rows: string[] = [];
  try {
    for (const [label, path] of TARGETS) {
      const warm = await fetch(base + path);
      await warm.arrayBuffer();
      if (!warm.ok) throw new Error(`${path} answers ${warm.status} before the test`);
      // Browsers ask for compressed answers; so does this.
      const r = await autocannon({
        url: base + path,
        connections,
        duration: seconds,
        timeout: 10,
        headers: { 'accept-encoding': 'br, gzip' },
      });
      const non2xx = r.non2xx;
      const bad = r.errors + r.timeouts + non2xx;
      failed ||= bad > 0;
      rows.push(
        `| ${label} | ${Math.round(r.requests.average)} | ${r.requests.total} | ${r.latency.p50} | ${r.latency.p90} | ${r.latency.p99} | ${r.latency.max} | ${r.errors} | ${r.timeouts} | ${non2xx} |`,
      );
      console.log(
        `${label}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${non2xx}`,
      );
    }
  } finally {
    await app?.stop();
  }
  console.log(`\nload average at the end: ${load()}`);
  console.log('\n| target | req/s | requests | p50 ms | p90 ms | p99 ms | max ms | errors | timeouts | non-2xx |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  if (failed) {
    console.error('\nload test failed: errors, timeouts or non-2xx answers');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
