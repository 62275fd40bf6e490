/**
 * Not a benchmark: a Chromium trace of benchmark 3's smoothness steps,
 * printing what the main thread's long tasks were made of (script, style and
 * layout, the compositor's commit…), which a CPU profile (profile.ts) shows
 * only as "(program)", and for a task over 100 ms the other threads that
 * ran meanwhile (what the main thread waited for), and the raster CPU
 * after each key. Writes the trace to
 * $TMPDIR/incident-map-trace-<N>.json.
 *
 *   NEXT_DIST_DIR=.next-c npx tsx scripts/bench/trace-once.ts 10000 3471
 *
 * Like benchmark 3 it waits 600 ms after focusing the map before the first
 * key; BENCH_FOCUS_PAUSE=0 presses it at once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startApp, wordsIndexed } from './server';
import { CLIENT_NICENESS, focusMap, focusPauseMs, STEP_MS, STEPS, waitForDrawn } from './client';
import { disableFeatures } from '../../e2e/chromium-switches';

const size = Number(process.argv[2] ?? 10_000);
const port = Number(process.argv[3] ?? 3471);
/** The fields of Chromium's trace events read here. */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; type?: string }; tileData?: { layerId: number } };
}

(async () => {
  const app = await startApp(port, path.join(os.tmpdir(), 'incident-map-bench', `n${size}-seed1`), undefined, CLIENT_NICENESS);
  await wordsIndexed(app);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: [disableFeatures()] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route((url) => url.host !== new URL(app.url).host, (r) => r.fulfill({ status: 204 }));
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink'] });
    await page.goto(`${app.url}/?map=4/38/-96`);
    await waitForDrawn(page, 60_000);
    await page.evaluate(() => performance.mark('loaded'));
    await focusMap(page);
    // As benchmark 3 (clientSmoothness): the focus is a step of its own.
    await page.waitForTimeout(focusPauseMs());
    for (const key of STEPS) {
      await page.keyboard.press(key);
      await page.waitForTimeout(STEP_MS);
    }
    await page.waitForTimeout(1500);
    const buf = await browser.stopTracing();
    fs.writeFileSync(path.join(os.tmpdir(), `incident-map-trace-${size}.json`), buf);
    const events = (JSON.parse(buf.toString()).traceEvents ?? []) as TraceEvent[];
    const names = new Map<string, string>();
    for (const e of events) if (e.ph === 'M' && (e.name === 'process_name' || e.name === 'thread_name')) names.set(e.name === 'process_name' ? `${e.pid}` : `${e.pid}:${e.tid}`, e.args?.name ?? '?');
    // The renderer's main thread: where the RunTasks with the most FunctionCall time are.
    const main = new Map<string, number>();
    for (const e of events) if (e.name === 'FunctionCall' && e.dur) main.set(`${e.pid}:${e.tid}`, (main.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
    const [thread] = [...main].sort((a, b) => b[1] - a[1])[0];
    const mine = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
    const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur! > 50_000);
    const total = new Map<string, number>();
    for (const t of tasks) {
      const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!);
      // Top-level children only.
      const top: typeof inside = [];
      let end = 0;
      for (const e of inside) if (e.ts >= end) { top.push(e); end = e.ts + e.dur!; }
      const by = new Map<string, number>();
      for (const e of top) by.set(e.name, (by.get(e.name) ?? 0) + e.dur! / 1000);
      for (const [k, v] of by) total.set(k, (total.get(k) ?? 0) + v);
      // Thread time: what the main thread itself ran; the rest of the task it waited for a core.
      const own = t.tdur === undefined ? '' : ` (${(t.tdur / 1000).toFixed(0)} ms on the thread)`;
      console.log(`task ${(t.dur! / 1000).toFixed(0)} ms${own}: ` + [...by].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
      if (t.dur! > 100_000) console.log(`  beside it: ${besideTask(events, names, thread, t.ts, t.ts + t.dur!)}`);
    }
    console.log('over all: ' + [...total].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
    console.log(`raster CPU after each key (its ${STEP_MS} ms): ${rasterAfterKeys(events)}`);
  } finally {
    await browser.close();
    await app.stop();
  }
})();

/**
 * Raster CPU (software here) in the STEP_MS after each key, with the layers
 * that took most of it (cc's layer id in its process, pid:id: ms in raster
 * tasks; the browser's own UI rasterises too, with layer ids of its own):
 * which steps make the compositor wait for raster, and whether one large
 * layer or many.
 */
function rasterAfterKeys(events: TraceEvent[]): string {
  const keys = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').map((e) => e.ts).sort((a, b) => a - b);
  const raster = events.filter((e) => e.name === 'RasterTask' && e.dur);
  return keys
    .map((at, i) => {
      const byLayer = new Map<string, number>();
      for (const e of raster) {
        if (e.ts < at || e.ts >= at + STEP_MS * 1000) continue;
        const id = `${e.pid}:${e.args?.tileData?.layerId ?? '?'}`;
        byLayer.set(id, (byLayer.get(id) ?? 0) + (e.tdur ?? e.dur!) / 1000);
      }
      const all = [...byLayer.values()].reduce((a, b) => a + b, 0);
      const top = [...byLayer].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([id, ms]) => `${id} ${ms.toFixed(0)}`).join(', ');
      return `${STEPS[i] ?? '?'} ${all.toFixed(0)}${top ? ` (${top})` : ''}`;
    })
    .join('; ');
}

/**
 * The other threads that ran during a task (ts to end), by their CPU time in
 * it: on two cores, what the main thread waited for. Counts each thread's
 * top-level events, their thread time pro rata to the part inside the window.
 * Chromium's threads only: the app server and the driver are not traced.
 */
function besideTask(events: TraceEvent[], names: Map<string, string>, main: string, ts: number, end: number): string {
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (key === main || e.ph !== 'X' || !e.dur || e.ts + e.dur < ts || e.ts > end) continue;
    (byThread.get(key) ?? byThread.set(key, []).get(key)!).push(e);
  }
  const cpu: [string, number][] = [];
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts);
    let until = 0;
    let ms = 0;
    for (const e of list) {
      if (e.ts < until) continue; // nested in the one before
      until = e.ts + e.dur!;
      const inside = Math.min(end, until) - Math.max(ts, e.ts);
      ms += ((e.tdur ?? e.dur!) * inside) / e.dur! / 1000;
    }
    cpu.push([`${names.get(key.split(':')[0]) ?? key} / ${names.get(key) ?? key}`, ms]);
  }
  return cpu.sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 1).slice(0, 5).map(([who, ms]) => `${who} ${ms.toFixed(0)} ms`).join(', ') || 'nothing traced';
}
