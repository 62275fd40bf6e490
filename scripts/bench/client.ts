/**
 * Benchmark 3: client rendering in Chromium (Playwright, /usr/bin/chromium
 * unless CHROMIUM_PATH says otherwise).
 *
 * - Drawing: the map at a view of the whole country, from the last byte of
 *   the data (the API's answers) to the markers drawn and painted, beside the
 *   same incidents drawn by Leaflet.markercluster (every point handed to
 *   `addLayers`, what a Leaflet user would do) on a bare page in the same
 *   browser, same window size and view. Rounds alternate; medians. Both
 *   pages are watched from outside (OBSERVE): the product carries no marks
 *   of its own.
 * - Smoothness: the longest main-thread task (PerformanceObserver
 *   'longtask') while our map loads, pans and zooms.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { disableFeatures } from '../../e2e/chromium-switches';

const WIDTH = 1280;
const HEIGHT = 800;
/** The whole country: what the page shows first. */
const VIEW = { zoom: 4, lat: 38, lng: -96 };

/**
 * Installed before any page script: every long task, kept on window, and
 * every long animation frame (Chromium 123+) with the scripts that ran in
 * it, which say what a long task was without a profiler's overhead.
 */
const LONGTASKS = `
  window.__longtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  window.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__frames.push({
      start: e.startTime, duration: e.duration, renderStart: e.renderStart,
      scripts: e.scripts.map((s) => ({ start: s.startTime, duration: s.duration, what: [s.invokerType, s.invoker, s.sourceFunctionName].filter(Boolean).join(' ') })),
    });
  }).observe({ type: 'long-animation-frame', buffered: true });
`;

/**
 * Installed before any page script, on both pages: when the data arrived
 * (Resource Timing: the end of each answer of the API, or of the reference's
 * points) and when what the map's marker and overlay panes hold last changed
 * and was then painted (a DOM mutation, then the frame after it: the
 * markers' slices end with the last).
 */
export const OBSERVE = `
  window.__dataEnds = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (/\\/api\\/(tiles|incidents)\\b|\\/points\\.json$/.test(new URL(e.name).pathname)) window.__dataEnds.push(e.responseEnd);
  }).observe({ type: 'resource', buffered: true });
  window.__drawnAt = [];
  new MutationObserver((mutations) => {
    if (!mutations.some((m) => m.target instanceof Element && m.target.closest('.leaflet-marker-pane, .leaflet-overlay-pane'))) return;
    requestAnimationFrame(() => setTimeout(() => window.__drawnAt.push(performance.now()), 0));
  }).observe(document, { childList: true, subtree: true });
`;

/** How long the page must hold still (no data, no drawing) before its drawing counts as done. */
const QUIET_MS = 1_000;

interface Frame {
  start: number;
  duration: number;
  renderStart: number;
  scripts: { start: number; duration: number; what: string }[];
}

/** When things arrived in the page, in ms after navigation: its first paint, and each script's last byte. */
interface Arrivals {
  firstPaint?: number;
  scripts: { name: string; end: number }[];
}

/**
 * When a task ran, beside what else was arriving: a script received shortly
 * before is being compiled on the renderer's worker threads (the compile
 * hint, scripts/compile-hints.mjs), which on two cores share them with the
 * main thread.
 */
function when(task: { start: number; duration: number }, arrivals: Arrivals): string {
  const recent = arrivals.scripts
    .filter((s) => s.end <= task.start + task.duration && s.end >= task.start - 300)
    .map((s) => `${s.name}@${Math.round(s.end)}`);
  const paint = arrivals.firstPaint === undefined ? '' : `, first paint at ${Math.round(arrivals.firstPaint)}`;
  return `at ${Math.round(task.start)} ms${paint}; scripts received in the 300 ms before its end: ${recent.join(', ') || 'none'}`;
}

/** What a long task starting at `start` was: the longest script the browser saw run in it, else rendering. */
function blame(task: { start: number; duration: number }, frames: Frame[], arrivals: Arrivals): string {
  return `${whatRan(task, frames)} [${when(task, arrivals)}]`;
}

function whatRan(task: { start: number; duration: number }, frames: Frame[]): string {
  const end = task.start + task.duration;
  const scripts = frames.flatMap((f) => f.scripts).filter((s) => s.start >= task.start - 1 && s.start < end);
  const longest = scripts.sort((a, b) => b.duration - a.duration)[0];
  if (longest && longest.duration > task.duration / 4)
    return `${Math.round(task.duration)} ms: ${longest.what} (${Math.round(longest.duration)} ms of script)`;
  const frame = frames.find((f) => f.start < end && f.start + f.duration > task.start);
  if (frame)
    return `${Math.round(task.duration)} ms: no script over a quarter of it (in a frame of ${Math.round(frame.duration)} ms, ${Math.round(frame.start + frame.duration - frame.renderStart)} of them rendering)`;
  return `${Math.round(task.duration)} ms: no frame seen (the browser's own work, such as committing the page before its scripts could observe)`;
}

function browserPath(): string | undefined {
  const env = process.env.CHROMIUM_PATH;
  if (env !== undefined) return env || undefined;
  return fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/**
 * The app server's niceness in the client benchmark (startApp): in traces of
 * panning at 100,000 the tasks over 100 ms had 6–36 ms of the main thread's
 * own time, the rest the thread waiting for a core that the server, on the
 * same two cores, held. A user's browser does not share its CPU with our
 * server; a lower priority for it is the nearest this machine comes.
 */
export const CLIENT_NICENESS = 10;

/** Chromium with the tests' switches (e2e/chromium-switches.ts): none of its own UI pages loading beside ours. */
function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: browserPath(), args: [disableFeatures()] });
}

/** [lng, lat] of every point incident in a dataset directory (one file per incident). */
function pointsOf(dataDir: string): [number, number][] {
  const dir = path.join(dataDir, 'incidents');
  const points: [number, number][] = [];
  for (const name of fs.readdirSync(dir)) {
    const f = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as {
      geometry: { type: string; coordinates: [number, number] };
    };
    if (f.geometry.type === 'Point') points.push(f.geometry.coordinates);
  }
  return points;
}

const REFERENCE_HTML = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/leaflet.css"><link rel="stylesheet" href="/MarkerCluster.css"><link rel="stylesheet" href="/MarkerCluster.Default.css">
<style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div>
<script src="/leaflet.js"></script><script src="/leaflet.markercluster.js"></script>
<script>
  // maxZoom: markercluster needs one (a tile layer would set it; there are no tiles here). Our map's is 18 too.
  const map = L.map('map', { maxZoom: 18 }).setView([${VIEW.lat}, ${VIEW.lng}], ${VIEW.zoom});
  // Our markers are DivIcons too (no images to load).
  const icon = L.divIcon({ className: 'ref-marker', iconSize: [30, 30] });
  fetch('/points.json').then((r) => r.json()).then((points) => {
    const group = L.markerClusterGroup();
    group.addLayers(points.map(([lng, lat]) => L.marker([lat, lng], { icon })));
    map.addLayer(group);
  });
</script></body></html>`;

/** A bare page with Leaflet.markercluster and the points, served from memory. */
function referenceServer(points: [number, number][]): Promise<{ url: string; close: () => void }> {
  const nm = (p: string) => fs.readFileSync(path.join('node_modules', p));
  const files: Record<string, [string, Buffer]> = {
    '/': ['text/html', Buffer.from(REFERENCE_HTML)],
    '/leaflet.js': ['text/javascript', nm('leaflet/dist/leaflet.js')],
    '/leaflet.css': ['text/css', nm('leaflet/dist/leaflet.css')],
    '/leaflet.markercluster.js': ['text/javascript', nm('leaflet.markercluster/dist/leaflet.markercluster.js')],
    '/MarkerCluster.css': ['text/css', nm('leaflet.markercluster/dist/MarkerCluster.css')],
    '/MarkerCluster.Default.css': ['text/css', nm('leaflet.markercluster/dist/MarkerCluster.Default.css')],
    '/points.json': ['application/json', Buffer.from(JSON.stringify(points))],
  };
  const server = http.createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0], 'content-length': file[1].length }).end(file[1]);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, close: () => server.close() }),
    ),
  );
}

async function newPage(browser: Browser, own: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  await page.addInitScript(LONGTASKS);
  await page.addInitScript(OBSERVE);
  page.on('pageerror', (error) => console.error(`page error in ${page.url()}: ${error.message}`));
  // No network here: tiles and anything else not ours are answered empty.
  await page.route(
    (url) => url.host !== own,
    (route) => route.fulfill({ status: 204 }),
  );
  return page;
}

interface Drawing {
  ms: number;
  /** When the drawing was done, in ms after the navigation began. */
  loadMs: number;
  longestTaskMs: number;
  markers: number;
}

/**
 * Waits in the page until data has arrived, the map has been drawn after it,
 * and neither has happened again for QUIET_MS (OBSERVE); resolves with the
 * last drawing and the end of the last data before it, in ms after the
 * navigation began. Not Playwright's
 * waitForFunction or a locator: those inject Playwright's own script into the
 * page (15–25 ms of the main thread each in traces, once while the map loads
 * and once before the first key), which the page's PerformanceObserver would
 * count among its long tasks.
 */
export async function waitForDrawn(page: Page, timeoutMs = 120_000): Promise<{ data: number; drawn: number }> {
  // A string: tsx would wrap the named functions in a helper the page lacks.
  const waiting = `new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      const ends = window.__dataEnds, drawn = Math.max(...window.__drawnAt);
      const data = Math.max(...ends.filter((end) => end <= drawn));
      if (data > 0 && performance.now() - Math.max(drawn, ...ends) >= ${QUIET_MS}) return resolve({ data, drawn });
      if (performance.now() - started > ${timeoutMs}) return reject(new Error('no drawing after data in ${timeoutMs} ms'));
      setTimeout(check, 100);
    };
    check();
  })`;
  return (await page.evaluate(waiting).catch(async (error: Error) => {
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __dataEnds: number[]; __drawnAt: number[] };
      return `data ended at ${w.__dataEnds.map(Math.round).join(', ') || 'never'}; drawn at ${w.__drawnAt.map(Math.round).join(', ') || 'never'}`;
    });
    throw new Error(`${page.url()}: no drawing after data (${seen}): ${error.message}`);
  })) as { data: number; drawn: number };
}

/** Keyboard focus on the map, from the page's own world (see waitForDrawn). */
export async function focusMap(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector<HTMLElement>('.leaflet-container')!.focus());
}

/** From the data's last byte to the map drawn and painted after it, and the longest task between them. */
async function timeDrawing(page: Page, url: string): Promise<Drawing> {
  await page.goto(url);
  const { data, drawn } = await waitForDrawn(page);
  return page.evaluate(
    ([data, drawn]) => {
      const tasks = (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks;
      const longest = Math.max(
        0,
        ...tasks.filter((t) => t.start + t.duration >= data && t.start <= drawn).map((t) => t.duration),
      );
      return {
        ms: drawn - data,
        loadMs: Math.round(drawn),
        longestTaskMs: longest,
        markers: document.querySelectorAll('.leaflet-marker-icon.leaflet-interactive').length,
      };
    },
    [data, drawn],
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface ClientDrawingResult {
  incidents: number;
  ours: Drawing;
  reference: Drawing;
}

/** Benchmark 3's drawing: our map (served at `appUrl` from `dataDir`) against Leaflet.markercluster. */
export async function clientDrawing(appUrl: string, dataDir: string, rounds: number): Promise<ClientDrawingResult> {
  const points = pointsOf(dataDir);
  const reference = await referenceServer(points);
  const browser = await launch();
  try {
    const ours: Drawing[] = [];
    const theirs: Drawing[] = [];
    for (let i = 0; i < rounds; i++) {
      for (const [list, url] of [
        [ours, `${appUrl}/?map=${VIEW.zoom}/${VIEW.lat}/${VIEW.lng}`],
        [theirs, reference.url],
      ] as const) {
        const page = await newPage(browser, new URL(url).host);
        list.push(await timeDrawing(page, url));
        await page.close();
      }
    }
    const pick = (xs: Drawing[]): Drawing => ({
      ms: median(xs.map((x) => x.ms)),
      loadMs: median(xs.map((x) => x.loadMs)),
      longestTaskMs: median(xs.map((x) => x.longestTaskMs)),
      markers: median(xs.map((x) => x.markers)),
    });
    return { incidents: points.length, ours: pick(ours), reference: pick(theirs) };
  } finally {
    await browser.close();
    reference.close();
  }
}

export interface SmoothnessResult {
  loadMs: number;
  longestLoad: number;
  longestPanZoom: number;
  tasksOver100: number;
  /** When the page first painted, in ms after navigation. */
  firstPaint?: number;
  /** Each task over 100 ms: its length and what ran in it (blame). */
  over100: string[];
}

/** Benchmark 3's keyboard steps: zoom in towards the densest cities, pan around, and back out. */
export const STEPS = [
  '+',
  '+',
  'ArrowRight',
  'ArrowRight',
  'ArrowDown',
  '+',
  '+',
  'ArrowLeft',
  'ArrowUp',
  '-',
  '-',
  '-',
  '-',
];
/** Between steps: each key waits this long after the one before, and the first this long after the map is focused. */
export const STEP_MS = 600;

/** The pause between focusing the map and the first key: BENCH_FOCUS_PAUSE, else STEP_MS (see clientSmoothness). */
export const focusPauseMs = (): number => Number(process.env.BENCH_FOCUS_PAUSE ?? STEP_MS);

/**
 * The longest main-thread task while our map loads, then pans (arrow keys)
 * and zooms (+/-) with the keyboard. Focusing the map is a step like the
 * keys, `focusPauseMs` (STEP_MS) before the first: a key pressed a few
 * milliseconds after the focus, which no person does, met the raster of the
 * focus ring and of the map just drawn (docs/PERFORMANCE.md, section 3,
 * eighth round; 0 measures that case).
 */
export async function clientSmoothness(appUrl: string, focusPauseMs = STEP_MS): Promise<SmoothnessResult> {
  const browser = await launch();
  try {
    const page = await newPage(browser, new URL(appUrl).host);
    const { loadMs } = await timeDrawing(page, `${appUrl}/?map=${VIEW.zoom}/${VIEW.lat}/${VIEW.lng}`);
    const tasks = () =>
      page.evaluate(() => (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks);
    const atLoad = await tasks();
    const longestLoad = Math.max(0, ...atLoad.map((t) => t.duration));
    await focusMap(page);
    await page.waitForTimeout(focusPauseMs);
    // Each settle asks the API for the new view.
    for (const key of STEPS) {
      await page.keyboard.press(key);
      await page.waitForTimeout(STEP_MS);
    }
    await page.waitForTimeout(1500);
    const all = await tasks();
    const after = all.slice(atLoad.length).map((t) => t.duration);
    const frames = (await page.evaluate(() => (window as unknown as { __frames: unknown[] }).__frames)) as Frame[];
    const over = all.filter((t) => t.duration > 100);
    const arrivals: Arrivals = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime,
      scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.initiatorType === 'script')
        .map((r) => ({ name: r.name.split('/').pop()!, end: r.responseEnd })),
    }));
    return {
      loadMs,
      longestLoad,
      longestPanZoom: Math.max(0, ...after),
      tasksOver100: over.length,
      firstPaint: arrivals.firstPaint && Math.round(arrivals.firstPaint),
      over100: over.map((t) => blame(t, frames, arrivals)),
    };
  } finally {
    await browser.close();
  }
}
