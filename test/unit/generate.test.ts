/**
 * `npm run generate` writes datasets that pass the full data check, in both
 * layouts (one file per incident, and ndjson shards), the same bytes for the
 * same seed; and a fault in a shard is reported by shard, line, id and field.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataDir } from '@/lib/dataset/read';
import { checkDataset } from '@/lib/check/dataset';
import { checkGeonames } from '@/lib/check/geonames';
import { formatProblem } from '@/lib/shared/problem';
import { ROOT } from './support/fixtures';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'generate-test-'));
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function generate(out: string, ...args: string[]): string {
  const dir = path.join(tmp, out);
  execFileSync(process.execPath, [TSX, '--conditions=react-server', 'scripts/generate.ts', '--out', dir, ...args], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return dir;
}

/** Every file of a directory, by relative path, as text. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, full), fs.readFileSync(full, 'utf8'));
    }
  }
  return files;
}

let files: string;
let shards: string;

beforeAll(() => {
  files = generate('files', '--count', '200', '--seed', '7');
  shards = generate('shards', '--count', '200', '--seed', '7', '--format', 'ndjson');
}, 60_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm run generate', () => {
  it.each([
    ['one file per incident', () => files],
    ['ndjson shards', () => shards],
  ])(
    'writes 200 incidents that pass the full check (%s)',
    (_, dir) => {
      const { problems, dataset } = checkDataset(readDataDir(dir()), { extraRules: [checkGeonames] });
      expect(problems.map(formatProblem)).toEqual([]);
      expect(dataset!.incidents).toHaveLength(200);
      expect(dataset!.sources.size).toBeGreaterThanOrEqual(12);
    },
    30_000,
  );

  it('writes a realistic spread: settings, agencies, precisions, an area, Spanish text, years 2019-2026', () => {
    const { dataset } = checkDataset(readDataDir(files));
    const incidents = dataset!.incidents;
    const distinct = (f: (i: (typeof incidents)[number]) => string) => new Set(incidents.map(f));
    expect(distinct((i) => i.properties.setting).size).toBe(7);
    expect(distinct((i) => i.properties.agencies[0]).size).toBeGreaterThanOrEqual(4);
    expect(distinct((i) => i.properties.location.precision)).toEqual(new Set(['building', 'street', 'city', 'region']));
    expect(distinct((i) => i.properties.place.state).size).toBeGreaterThanOrEqual(10);
    const years = [...distinct((i) => i.properties.date.slice(0, 4))].sort();
    expect(years[0] >= '2019' && years[years.length - 1] <= '2026').toBe(true);
    expect(years.length).toBeGreaterThanOrEqual(7);
    expect(incidents.every((i) => i.properties.es.title && i.properties.es.summary)).toBe(true);
    expect(incidents.some((i) => i.properties.location.geonames)).toBe(true);
  }, 30_000);

  it('writes the same bytes for the same seed, other bytes for another', () => {
    expect(snapshot(generate('again', '--count', '200', '--seed', '7'))).toEqual(snapshot(files));
    expect(snapshot(generate('other', '--count', '200', '--seed', '8'))).not.toEqual(snapshot(files));
  }, 60_000);

  it('reports a fault in a shard by shard and line, id and field', () => {
    const bad = path.join(tmp, 'bad');
    fs.cpSync(shards, bad, { recursive: true });
    const shard = path.join(bad, 'incidents', 'part-00001.ndjson');
    const lines = fs.readFileSync(shard, 'utf8').split('\n');
    const third = JSON.parse(lines[2]);
    third.properties.setting = 'plaza';
    lines[2] = JSON.stringify(third);
    lines[4] = '{ not json';
    fs.writeFileSync(shard, lines.join('\n'));
    const { problems } = checkDataset(readDataDir(bad));
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^bad\/incidents\/part-00001\.ndjson:5: is not valid JSON/),
      expect.stringMatching(
        new RegExp(`^bad/incidents/part-00001\\.ndjson:3, "${third.id}", field properties\\.setting: `),
      ),
    ]);
  });
});
