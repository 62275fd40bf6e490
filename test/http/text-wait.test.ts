/**
 * Text queries in the seconds after start-up (scripts/start.mjs and
 * lib/index/text-wait.ts): on a generated dataset large enough that the
 * server is still building its index of words in the background when it
 * first answers, a text query over many incidents waits for that build,
 * while a view sent after it is answered at once. Without the wait the text
 * query would finish the build on the spot and hold the view behind it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecondServer, type SecondServer } from './second-server';

/** Enough that the background build takes about two seconds here (4 s at 100,000): the test's first query comes well before its end. */
const COUNT = 50_000;
const INDEXED = /indexed for text search in the background/;
const COUNTRY = 'bbox=-125,24,-66,50&zoom=4';

let dir: string;
let server: SecondServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'incident-map-text-wait-'));
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/generate.ts', '--out', dir, '--count', String(COUNT), '--seed', '5'], { stdio: 'pipe' });
  server = await startSecondServer({ DATA_DIR: dir });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a text query right after start-up', () => {
  it('waits for the background index of words; a view sent after it is not held', async () => {
    expect(server.log(), 'the index of words was built before the first query could be sent: use a larger COUNT').not.toMatch(INDEXED);
    const done: string[] = [];
    const text = fetch(`${server.base}/api/incidents?${COUNTRY}&q=farm`).then(async (res) => {
      done.push('text');
      return { status: res.status, body: await res.text() };
    });
    // The text query reaches the server first.
    await new Promise((r) => setTimeout(r, 50));
    const view = await fetch(`${server.base}/api/incidents?${COUNTRY}`);
    done.push('view');
    expect(view.status).toBe(200);
    const first = await text;
    expect(first.status).toBe(200);
    expect(done, 'the view waited behind the text query').toEqual(['view', 'text']);
    await expect.poll(() => server.log(), { timeout: 10_000 }).toMatch(/dataset: 1 text query waited for the index of words/);
    expect(server.log()).toMatch(INDEXED);

    // The answer it waited for is the one the built index gives.
    const again = await fetch(`${server.base}/api/incidents?${COUNTRY}&q=farm`);
    expect(await again.text()).toBe(first.body);
    expect((JSON.parse(first.body) as { features: unknown[] }).features.length).toBeGreaterThan(0);
  }, 30_000);
});
