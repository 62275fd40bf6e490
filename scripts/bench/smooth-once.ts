/**
 * Benchmark 3's smoothness alone, one size, one run, as one JSON line with
 * the load average: for comparing two builds alternately on a busy machine.
 *
 *   NEXT_DIST_DIR=.next-c npx tsx scripts/bench/smooth-once.ts 100000 3474
 *
 * Like benchmark 3 it starts the browser once the server has built its word
 * index in the background; BENCH_WAIT_WORDS=0 starts it at once, during that
 * build. BENCH_NICE=0 runs the server at full priority. BENCH_FOCUS_PAUSE=0
 * presses the first key right after focusing the map (see clientSmoothness).
 */
import os from 'node:os';
import { startApp, wordsIndexed } from './server';
import { CLIENT_NICENESS, clientSmoothness, focusPauseMs } from './client';
(async () => {
  const n = Number(process.argv[2]);
  const port = Number(process.argv[3]);
  const load = os.loadavg()[0];
  const app = await startApp(port, `/tmp/incident-map-bench/n${n}-seed1`, undefined, Number(process.env.BENCH_NICE ?? CLIENT_NICENESS));
  try {
    if (process.env.BENCH_WAIT_WORDS !== '0') await wordsIndexed(app);
    const s = await clientSmoothness(app.url, focusPauseMs());
    console.log(JSON.stringify({ tree: process.cwd(), n, load: +load.toFixed(1), loadAfter: +os.loadavg()[0].toFixed(1), ...s }));
  } finally {
    await app.stop();
  }
})();
