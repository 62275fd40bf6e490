#!/usr/bin/env node
/**
 * How much JavaScript the map page `/` makes a browser download, gzipped:
 * the route's first-load chunks plus the chunks it loads lazily (the map).
 * Reads a finished build; run `next build` first.
 *
 *   node scripts/bundle-size.mjs [--dist .next] [--route /[lang]] [--budget 220]
 *
 * The map is app/[lang]/page.tsx: `/` and `/es` are the same route (proxy.ts).
 *
 * The build folder defaults to NEXT_DIST_DIR or `.next`. Prints one line per
 * chunk and the total in KB (1 KB = 1024 bytes), and exits 1 when the total
 * is over the budget. Polyfills served only to browsers without ES modules
 * are left out: modern browsers never download them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dist = arg('dist', process.env.NEXT_DIST_DIR || '.next');
const route = arg('route', '/[lang]');
const budgetKB = Number(arg('budget', '220'));

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dist, file), 'utf8'));
  } catch (e) {
    console.error(`cannot read ${path.join(dist, file)}: run \`next build\` first (${e.code ?? e.message})`);
    process.exit(2);
  }
}

const stats = readJson('diagnostics/route-bundle-stats.json');
const entry = stats.find((s) => s.route === route);
if (!entry) {
  console.error(`route ${route} is not in the build (routes: ${stats.map((s) => s.route).join(', ')})`);
  process.exit(2);
}
// Paths there start with the build folder's name.
const firstLoad = entry.firstLoadChunkPaths.map((p) => path.relative(path.basename(dist), p));

const pageDir = route === '/' ? 'page' : `${route.replace(/^\//, '')}/page`;
let lazy = [];
const loadablePath = path.join(dist, 'server/app', pageDir, 'react-loadable-manifest.json');
if (fs.existsSync(loadablePath)) {
  const loadable = JSON.parse(fs.readFileSync(loadablePath, 'utf8'));
  lazy = Object.values(loadable)
    .flatMap((l) => l.files)
    .filter((f) => f.endsWith('.js'));
}

const rows = [...new Set([...firstLoad, ...lazy])].map((file) => {
  const bytes = fs.readFileSync(path.join(dist, file));
  return {
    file,
    kind: firstLoad.includes(file) ? 'first load' : 'lazy',
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
  };
});

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
for (const r of rows.sort((a, b) => b.gzip - a.gzip))
  console.log(`${kb(r.gzip)} KB  ${r.kind.padEnd(10)}  ${r.file}  (${kb(r.raw).trim()} KB raw)`);
const sum = (kind) => rows.filter((r) => !kind || r.kind === kind).reduce((n, r) => n + r.gzip, 0);
console.log(`${kb(sum('first load'))} KB  first load`);
console.log(`${kb(sum('lazy'))} KB  lazy (the map)`);
const total = sum();
console.log(`${kb(total)} KB  total JavaScript for ${route}, gzipped (budget ${budgetKB} KB)`);
if (total > budgetKB * 1024) {
  console.error(`over budget by ${((total - budgetKB * 1024) / 1024).toFixed(1)} KB`);
  process.exit(1);
}
