/**
 * `npm run generate -- --count N --out DIR [--seed S] [--format files|ndjson]`:
 * writes a synthetic dataset in the format of `data/`, for tests and
 * benchmarks at scale. The same seed writes the same bytes. Up to 10,000
 * incidents are written one file each, as in `data/`; more go into
 * `incidents/part-NNNNN.ndjson` shards of 10,000 features (README, "The data").
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetGenerator } from './generate/dataset';

const SHARD_SIZE = 10_000;

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    format: { type: 'string' },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || !values.out) {
  console.error('usage: npm run generate -- --count N --out DIR [--seed S] [--format files|ndjson]');
  process.exit(2);
}
const format = values.format ?? (count > SHARD_SIZE ? 'ndjson' : 'files');
if (format !== 'files' && format !== 'ndjson') {
  console.error(`--format must be "files" or "ndjson", not "${format}"`);
  process.exit(2);
}
const out = path.resolve(values.out);
const incidentsDir = path.join(out, 'incidents');
const sourcesDir = path.join(out, 'sources');
// Start clean: a leftover file from a larger run would join the dataset.
fs.rmSync(incidentsDir, { recursive: true, force: true });
fs.rmSync(sourcesDir, { recursive: true, force: true });
fs.mkdirSync(incidentsDir, { recursive: true });
fs.mkdirSync(sourcesDir, { recursive: true });

const started = Date.now();
const generator = new DatasetGenerator(count, Number(values.seed));
let sources = 0;
for (const { meta, text } of generator.generatedSources()) {
  fs.writeFileSync(path.join(sourcesDir, `${meta.id}.json`), JSON.stringify(meta, null, 2) + '\n');
  fs.writeFileSync(path.join(sourcesDir, meta.text), text);
  sources++;
}
fs.writeFileSync(path.join(out, 'redirects.json'), '[]\n');
fs.writeFileSync(path.join(out, 'retracted.json'), '[]\n');

let shard: string[] = [];
const flush = (n: number) => {
  fs.writeFileSync(path.join(incidentsDir, `part-${String(n).padStart(5, '0')}.ndjson`), shard.join('\n') + '\n');
  shard = [];
};
for (let i = 0; i < count; i++) {
  const incident = generator.incident(i);
  if (format === 'files') {
    fs.writeFileSync(path.join(incidentsDir, `${incident.id}.json`), JSON.stringify(incident, null, 2) + '\n');
  } else {
    shard.push(JSON.stringify(incident));
    if (shard.length === SHARD_SIZE) flush(Math.floor(i / SHARD_SIZE) + 1);
  }
}
if (shard.length > 0) flush(Math.ceil(count / SHARD_SIZE));
console.log(
  `generated ${count} incidents and ${sources} sources in ${out} (${format}, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
