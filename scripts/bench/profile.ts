/**
 * Not a benchmark: a CPU profile of our map in Chromium, for finding what
 * the long tasks are made of. Writes the profile (open it in Chromium's
 * DevTools) and prints, per long task, the functions that took its time.
 *
 * Two things to profile:
 * - the map at SIZE generated incidents while it loads, then pans and zooms
 *   through benchmark 3's smoothness steps (needs the generated dataset,
 *   $TMPDIR/incident-map-bench/n<N>-seed1, made by `npm run bench`);
 * - with `--page PATH`, one page of the shipped data loading on a phone (a
 *   Pixel 7's screen, the CPU slowed `--cpu` times, 4 by default, as
 *   Lighthouse's mobile settings do: benchmark 8's long tasks). Names are
 *   readable in a build made with `experimental.turbopackMinify: false`.
 *
 *   NEXT_DIST_DIR=.next-c npx tsx scripts/bench/profile.ts 100000 3471 /tmp/p.cpuprofile
 *   NEXT_DIST_DIR=.next-c npx tsx scripts/bench/profile.ts --page /es --cpu 4
 *
 * Needs a build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, devices } from '@playwright/test';
import { startApp, wordsIndexed } from './server';
import { focusMap, OBSERVE, STEP_MS, STEPS, waitForDrawn } from './client';
import { disableFeatures } from '../../e2e/chromium-switches';

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv.splice(i, 2)[1] : undefined;
};
const pageToLoad = option('page');
const cpu = Number(option('cpu') ?? 4);
const size = Number(process.argv[2] ?? 100_000);
const port = Number(process.argv[3] ?? 3471);
const out = process.argv[4] ?? path.join(os.tmpdir(), `incident-map-${pageToLoad ? 'page' : size}.cpuprofile`);
const LONGTASKS = `window.__longtasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });`;
/** How long a page load is watched after navigation: the lazily loaded map, its tiles and the outlines. */
const PAGE_WATCH_MS = 12_000;

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

async function main() {
  const app = await startApp(
    port,
    pageToLoad ? undefined : path.join(os.tmpdir(), 'incident-map-bench', `n${size}-seed1`),
  );
  if (!pageToLoad) await wordsIndexed(app);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [disableFeatures()],
  });
  try {
    const context = await browser.newContext(
      pageToLoad
        ? { ...devices['Pixel 7'], viewport: { width: 412, height: 823 } }
        : { viewport: { width: 1280, height: 800 } },
    );
    const page = await context.newPage();
    await page.addInitScript(LONGTASKS);
    await page.addInitScript(OBSERVE);
    await page.route(
      (url) => url.host !== new URL(app.url).host,
      (r) => r.fulfill({ status: 204 }),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    if (pageToLoad) {
      // The server's first answer of a page is slower than the next: that is not what is profiled.
      await (await fetch(app.url + pageToLoad)).text();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      await cdp.send('Profiler.start');
      await page.goto(app.url + pageToLoad);
      await page.waitForTimeout(PAGE_WATCH_MS);
    } else {
      await cdp.send('Profiler.start');
      await page.goto(`${app.url}/?map=4/38/-96`);
      await waitForDrawn(page, 60_000);
    }
    const sync = (await page.evaluate(
      `(() => { const t = performance.now(); (function __syncMark() { while (performance.now() - t < 30); })(); return t; })()`,
    )) as number;
    if (!pageToLoad) {
      await focusMap(page);
      for (const key of STEPS) {
        await page.evaluate((k) => performance.mark(`key ${k}`), key);
        await page.keyboard.press(key);
        await page.waitForTimeout(STEP_MS);
      }
      await page.waitForTimeout(1500);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    fs.writeFileSync(out, JSON.stringify(profile));
    const tasks = (await page.evaluate(
      () => (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks,
    )) as { start: number; duration: number }[];
    report(profile, sync, tasks);
    console.log(`profile: ${out}`);
  } finally {
    await browser.close();
    await app.stop();
  }
}

function report(profile: Profile, sync: number, tasks: { start: number; duration: number }[]) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Node) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
  // Sample times (µs, profile clock), and the offset to performance.now() (ms).
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const syncIndex = profile.samples.findIndex((s) => byId.get(s)!.callFrame.functionName === '__syncMark');
  const offset = times[syncIndex] / 1000 - sync;
  const total = new Map<string, number>();
  const bySource = new Map<string, number>();
  for (const task of tasks.filter((x) => x.duration >= 50)) {
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    for (let i = 0; i < times.length; i++) {
      const at = times[i] / 1000 - offset;
      if (at < task.start || at > task.start + task.duration) continue;
      const dt = (times[i + 1] ?? times[i]) / 1000 - times[i] / 1000;
      const leaf = byId.get(profile.samples[i])!;
      self.set(name(leaf), (self.get(name(leaf)) ?? 0) + dt);
      const source = leaf.callFrame.url.split('/').pop() || leaf.callFrame.functionName;
      bySource.set(source, (bySource.get(source) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
        const k = name(byId.get(id)!);
        if (seen.has(k)) continue;
        seen.add(k);
        incl.set(k, (incl.get(k) ?? 0) + dt);
        total.set(k, (total.get(k) ?? 0) + dt);
      }
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `    ${v.toFixed(0).padStart(5)} ms  ${k}`)
        .join('\n');
    console.log(
      `task at ${task.start.toFixed(0)} ms, ${task.duration} ms\n  self:\n${top(self, 8)}\n  inclusive:\n${top(incl, 25)}`,
    );
  }
  console.log(
    'self time by script over every long task:\n' +
      [...bySource]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`)
        .join('\n'),
  );
  console.log(
    'inclusive over every long task:\n' +
      [...total]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 60)
        .map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms  ${k}`)
        .join('\n'),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
