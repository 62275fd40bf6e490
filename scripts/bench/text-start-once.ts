/**
 * Not a benchmark: a text query in the seconds after start-up, while the
 * index of words is still being built in the background. Starts the server on
 * a generated dataset, asks at once for a country view by text and a city's
 * by text, and asks for a city view every 50 ms until the country's text
 * answer comes: prints the latencies, as one JSON line with the load average
 * (lib/index/text-wait.ts).
 *
 *   npx tsx scripts/bench/text-start-once.ts 100000 3480
 */
import http from 'node:http';
import os from 'node:os';
import { startApp } from './server';

const get = (url: string) =>
  new Promise<{ ms: number; status: number }>((resolve, reject) => {
    const started = performance.now();
    http
      .get(url, (res) => {
        res.resume();
        res.on('end', () => resolve({ ms: performance.now() - started, status: res.statusCode! }));
      })
      .on('error', reject);
  });

(async () => {
  const n = Number(process.argv[2] ?? 100_000);
  const load = os.loadavg()[0];
  const app = await startApp(Number(process.argv[3] ?? 3480), `${os.tmpdir()}/incident-map-bench/n${n}-seed1`);
  try {
    let answered = false;
    const text = get(`${app.url}/api/incidents?bbox=-125,24,-66,50&zoom=4&q=church`).finally(() => (answered = true));
    const cityText = get(`${app.url}/api/incidents?bbox=-118.3,33.95,-118.2,34.05&zoom=13&q=church`);
    const others: number[] = [];
    for (let k = 0; !answered; k++) {
      others.push((await get(`${app.url}/api/incidents?bbox=-118.${k % 10},33.9,-117.${k % 10},34.2&zoom=${5 + (k % 4)}`)).ms);
      await new Promise((r) => setTimeout(r, 50));
    }
    const { ms, status } = await text;
    const city = await cityText;
    others.sort((a, b) => a - b);
    const built = /indexed for text search in the background in ([\d.]+ s)/.exec(app.log())?.[1];
    console.log(JSON.stringify({ n, load: +load.toFixed(1), textMs: Math.round(ms), status, cityTextMs: Math.round(city.ms), cityStatus: city.status, othersAnswered: others.length, othersMedianMs: Math.round(others[others.length >> 1]), othersMaxMs: Math.round(others.at(-1)!), indexBuiltIn: built }));
  } finally {
    await app.stop();
  }
})();
