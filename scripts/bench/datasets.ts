/**
 * The generated datasets the benchmarks serve (scripts/generate.ts, seed 1),
 * kept in the system's temporary folder and reused while the generator is
 * the same.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The generator's own code, hashed: a dataset made by another version of it is not reused. */
function generatorVersion(): string {
  const files = [
    'scripts/generate.ts',
    ...fs
      .readdirSync('scripts/generate')
      .sort()
      .map((f) => path.join('scripts/generate', f)),
  ];
  const hash = createHash('sha256');
  for (const file of files) hash.update(fs.readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/** A generated dataset of `count` incidents, made once per version of the generator and reused. */
export function dataset(count: number): string {
  const dir = path.join(os.tmpdir(), 'incident-map-bench', `n${count}-seed1-${generatorVersion()}`);
  if (!fs.existsSync(path.join(dir, '.complete'))) {
    console.error(`generating ${count} incidents in ${dir}`);
    execFileSync(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        '--conditions=react-server',
        'scripts/generate.ts',
        '--count',
        String(count),
        '--out',
        dir,
        '--seed',
        '1',
      ],
      { stdio: 'inherit' },
    );
    fs.writeFileSync(path.join(dir, '.complete'), '');
  }
  return dir;
}
