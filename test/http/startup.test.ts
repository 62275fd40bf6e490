/**
 * Invalid data never reaches the published site: `npm start` (`next start`)
 * with DATA_DIR pointing at a broken dataset refuses to start, exits non-zero
 * and names the file, the incident and the field of every planted fault.
 * (The build refuses it too: `npm run build` runs the same check first.)
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const VALID = path.resolve('test/fixtures/valid');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the valid base with `plant` applied to the named incident file. */
function brokenCopy(
  file: string,
  plant: (json: { properties: Record<string, unknown>; geometry: { coordinates: unknown } }) => void,
): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broken-data-'));
  dirs.push(dir);
  cpSync(VALID, dir, { recursive: true });
  const target = path.join(dir, 'incidents', file);
  const json = JSON.parse(readFileSync(target, 'utf8'));
  plant(json);
  writeFileSync(target, JSON.stringify(json, null, 2));
  return dir;
}

/** Runs the server on `dataDir` until it exits (or 60 s): its exit code and output. */
function start(dataDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // Port 0: the server must never get as far as listening.
    const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', '0', '-H', '127.0.0.1'], {
      env: { ...process.env, DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (c) => (output += c));
    child.stderr!.on('data', (c) => (output += c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not exit within 60 s:\n${output}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('the server refuses invalid data at start', () => {
  it('swapped coordinates: exits 1 naming file, incident and field, never listening', async () => {
    const dir = brokenCopy('sf-immigration-court-2025-07-08.json', (f) => {
      f.geometry.coordinates = [37.77493, -122.41942];
    });
    const { code, output } = await start(dir);
    expect(code).toBe(1);
    expect(output).toContain('refusing to start');
    expect(output).toMatch(
      /incidents\/sf-immigration-court-2025-07-08\.json, "sf-immigration-court-2025-07-08", field geometry\.coordinates: /,
    );
    expect(output).not.toContain('ready on');
  }, 70_000);

  it('an excerpt that is not verbatim in one file, an unknown setting in another: both named', async () => {
    const dir = brokenCopy('ontario-surgery-center-2025-07-08.json', (f) => {
      (f.properties.sources as { excerpts: string[] }[])[0].excerpts[0] = 'Words no source ever printed.';
    });
    const elPaso = path.join(dir, 'incidents', 'sacred-heart-el-paso-2023-01-04.json');
    writeFileSync(elPaso, readFileSync(elPaso, 'utf8').replace(/"setting": "[a-z-]+"/, '"setting": "spaceship"'));
    const { code, output } = await start(dir);
    expect(code).toBe(1);
    expect(output).toMatch(
      /incidents\/sacred-heart-el-paso-2023-01-04\.json, "sacred-heart-el-paso-2023-01-04", field properties\.setting: /,
    );
    expect(output).toMatch(
      /incidents\/ontario-surgery-center-2025-07-08\.json, "ontario-surgery-center-2025-07-08", field properties\.sources\.0\.excerpts\.0: .*verbatim/,
    );
    expect(output).not.toContain('ready on');
  }, 70_000);
});
