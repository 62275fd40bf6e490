/**
 * `npx tsx --expose-gc scripts/bench/words-once.ts DIR`: the costs behind
 * text search on one dataset, in this process: folding every incident's text
 * as before the word index (the whole text through Unicode folding) and as
 * now, building the index at once and in slices (the longest slice is what
 * a build in the background would block the event loop for), its memory,
 * and queries. Prints the load average, since the machine is shared.
 */
import os from 'node:os';
import { foldForSearch, searchWords } from '../../lib/text';
import { listIncidents, loadIncidents } from '../../lib/incidents';
import { searchFields } from '../../lib/match';
import { buildWordIndex, wordIndexSteps, type WordIndex } from '../../lib/index/words';

const dir = process.argv[2];
if (!dir) throw new Error('usage: words-once.ts DIR');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

console.log(`load average ${load()}`);
let t = performance.now();
loadIncidents(dir);
const features = listIncidents();
console.log(`${features.length} incidents loaded in ${ms(t)}`);

const fields = features.map(searchFields);
const before = (text: string) => foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
t = performance.now();
for (const f of fields) before(f.join('\n'));
console.log(`folding every incident as before (whole text, Unicode path): ${ms(t)}`);
t = performance.now();
for (const f of fields) searchWords(f.join('\n'));
console.log(`folding every incident with today's searchWords (ASCII pieces fast): ${ms(t)}`);

for (let round = 1; round <= 2; round++) {
  gc();
  const heap = process.memoryUsage();
  t = performance.now();
  const index = buildWordIndex(features.length, (i) => fields[i]);
  const took = ms(t);
  gc();
  const after = process.memoryUsage();
  console.log(
    `index built at once (round ${round}): ${took}; ${index.words.length} words, ${index.pairs} postings, ${index.bitsetWords} words as bitsets, typed arrays ${mb(index.bytes)}; heap +${mb(after.heapUsed - heap.heapUsed)}, external and array buffers +${mb(after.arrayBuffers - heap.arrayBuffers)}, RSS +${mb(after.rss - heap.rss)}`,
  );
}

// In slices of at most 15 ms, as a build in the background would run: the longest one blocks the event loop.
const steps = wordIndexSteps(features.length, (i) => fields[i]);
let longest = 0;
let slices = 0;
let index: WordIndex | undefined;
t = performance.now();
while (!index) {
  const start = performance.now();
  do {
    const step = steps.next();
    if (step.done) index = step.value;
  } while (!index && performance.now() - start < 15);
  longest = Math.max(longest, performance.now() - start);
  slices++;
}
console.log(`in slices of 15 ms: ${slices} slices, ${ms(t)} in all, longest slice ${longest.toFixed(1)} ms`);

for (const q of ['houston', 'father of four', 'clínica', 'report 113', 'hou', 'a', 'zzzz']) {
  t = performance.now();
  index.matching(q);
  const cold = performance.now() - t;
  t = performance.now();
  index.matching(q);
  console.log(`matching(${JSON.stringify(q)}): ${cold.toFixed(2)} ms, again ${(performance.now() - t).toFixed(3)} ms`);
}
console.log(`load average ${load()}`);
