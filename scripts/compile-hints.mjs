#!/usr/bin/env node
/**
 * Marks every JavaScript chunk of a finished build for eager compilation:
 * V8's explicit compile hint, the magic comment `//# allFunctionsCalledOnLoad`
 * on a script's first line (Chrome 136 and later; a plain comment elsewhere).
 *
 * Why: V8 compiles a function the first time it is called, on the main
 * thread. Next's and React's start-up calls most of their code at once, so
 * benchmark 3 saw one task of 160–260 ms while the map loaded, three
 * quarters of it V8 parsing and compiling functions one by one. With the
 * hint, Chromium compiles them while the script streams in, on a background
 * thread; the same task fell to about 40 ms (docs/PERFORMANCE.md, section 3).
 * Every chunk is marked, the lazily loaded ones too (the map, Leaflet): they
 * are loaded when they are about to run.
 *
 * Run by `npm run build` after `next build` (postbuild); idempotent.
 *
 *   node scripts/compile-hints.mjs [--dist .next]
 */
import fs from 'node:fs';
import path from 'node:path';

export const HINT = '//# allFunctionsCalledOnLoad\n';

/** The chunk's source with the hint on its first line (unchanged when it has it). */
export function withHint(source) {
  return source.startsWith(HINT) ? source : HINT + source;
}

function main() {
  const i = process.argv.indexOf('--dist');
  const dist = i > 0 ? process.argv[i + 1] : process.env.NEXT_DIST_DIR || '.next';
  const chunks = path.join(dist, 'static', 'chunks');
  if (!fs.existsSync(chunks)) {
    console.error(`compile hints: ${chunks} does not exist: run \`next build\` first`);
    process.exit(2);
  }
  let marked = 0;
  for (const entry of fs.readdirSync(chunks, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const source = fs.readFileSync(file, 'utf8');
    const hinted = withHint(source);
    if (hinted !== source) {
      fs.writeFileSync(file, hinted);
      marked++;
    }
  }
  console.log(`compile hints: ${marked} chunks in ${chunks} marked for eager compilation`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
