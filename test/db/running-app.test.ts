/**
 * The app serving from the database: it follows a new version without a
 * restart (health, answers and page validators), and refuses to start on a
 * database it cannot reach. Needs DATABASE_URL (a throwaway database) and a
 * build (NEXT_DIST_DIR).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecondServer, type SecondServer } from '../http/second-server';
import { insertVersion } from '@/lib/store/postgres/load';
import { loadIncidents } from '@/lib/in-memory';

const url = process.env.DATABASE_URL;
const built = existsSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'));

/** `npm run db:load` of the shipped data: its exit status. */
const loadShippedData = () =>
  spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/db/load.ts', 'data'],
    {
      encoding: 'utf8',
    },
  ).status;

describe.skipIf(!url || !built)('the app on the database', () => {
  let app: SecondServer;
  beforeAll(async () => {
    expect(loadShippedData()).toBe(0);
    app = await startSecondServer({ DATABASE_URL: url! });
  });
  afterAll(async () => {
    await app?.stop();
    expect(loadShippedData()).toBe(0);
  });

  it('serves a new version within 30 s of db:load switching to it, with new page validators', async () => {
    const health = async () =>
      ((await (await fetch(`${app.base}/api/health`)).json()) as { dataset: { version: string; incidents: number } })
        .dataset;
    expect(await health()).toEqual({ version: loadIncidents().version, incidents: loadIncidents().features.length });
    const etag = (await fetch(`${app.base}/about`)).headers.get('etag');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await insertVersion(client, {
      sha: 'two-of-them',
      sources: 1,
      features: loadIncidents().features.slice(0, 2),
      changes: [],
    });
    await client.end();
    // Every part of the process (routes, the proxy) re-reads the served version within 10 s.
    const switched = Date.now();
    const served = async () => {
      const [h, answer, page] = await Promise.all([
        health(),
        fetch(`${app.base}/api/incidents`).then((r) => r.json()),
        fetch(`${app.base}/about`),
      ]);
      return (
        h.version === 'two-of-them' &&
        (answer as { features: unknown[] }).features.length === 2 &&
        page.headers.get('etag') !== etag
      );
    };
    while (!(await served())) {
      expect(Date.now() - switched).toBeLessThan(30_000);
      await new Promise((r) => setTimeout(r, 500));
    }
  }, 60_000);

  it('refuses to start on a database it cannot reach, naming it, with a non-zero exit', async () => {
    const started = startSecondServer({ DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/nothing' });
    await expect(started).rejects.toThrow(
      /exited \(1\)[\s\S]*refusing to start: cannot serve from the database at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/nothing/,
    );
  });
});
