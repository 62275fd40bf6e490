/**
 * The PostgreSQL store against the in-memory one, on the shipped data: the
 * same answers, byte for byte, for every golden query and every id; and
 * db:load's promises: a dataset that fails the check, or a load that fails
 * midway, leaves the served version as it was. Needs DATABASE_URL (a
 * throwaway database: these tests load into it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters, type Filters } from '@/lib/shared/filters';
import { memoryStore } from '@/lib/store/memory';
import { postgresStore } from '@/lib/store/postgres/store';
import { insertVersion } from '@/lib/store/postgres/load';
import { readIdHistory } from '@/lib/check/ids';
import { memoryIdStatus, postgresIdStatus } from '@/lib/ids';
import { loadIncidents, resetIncidents } from '@/lib/in-memory';
import { tilesCovering, type Tile } from '@/lib/shared/tiles/address';
import type { IncidentStore } from '@/lib/store/types';

const url = process.env.DATABASE_URL;
const filtersOf = (query: string): Filters => parseFilters(new URLSearchParams(query));
const QUERIES = path.join(process.cwd(), 'test/fixtures/queries');

function dbLoad(dir: string) {
  return spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/db/load.ts', dir],
    { encoding: 'utf8', env: { ...process.env, DATA_DIR: undefined } },
  );
}

const queries: string[] = [
  '',
  ...fs
    .readdirSync(QUERIES)
    .map((f) => (JSON.parse(fs.readFileSync(path.join(QUERIES, f), 'utf8')) as { query: string }).query),
  'bbox=-180,-90,180,90',
  'bbox=170,-60,-100,80',
  'q=%22',
  'setting=courthouse,workplace&from=2025-07-08&to=2025-07-08',
];

describe.skipIf(!url)('the PostgreSQL store', () => {
  let client: pg.Client;
  let db: IncidentStore;
  const served = async () =>
    (await client.query<{ sha: string }>('SELECT v.sha FROM served JOIN dataset_version v ON v.id = served.version_id'))
      .rows[0]?.sha;

  beforeAll(async () => {
    const loaded = dbLoad('data');
    expect(loaded.status, loaded.stderr).toBe(0);
    client = new pg.Client({ connectionString: url });
    await client.connect();
    db = postgresStore(url!);
  });
  afterAll(async () => {
    await client?.end();
  });

  it('refuses a dataset with a forged excerpt, names the problem as npm run check does, and serves what it served', async () => {
    const before = await served();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forged-'));
    fs.cpSync('data', dir, { recursive: true });
    const file = path.join(dir, 'incidents', 'sf-immigration-court-2025-07-08.json');
    const incident = JSON.parse(fs.readFileSync(file, 'utf8'));
    incident.properties.sources[0].excerpts[0].text += ' and then they let him go';
    fs.writeFileSync(file, JSON.stringify(incident, null, 2));
    const load = dbLoad(dir);
    const check = spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/check-data.ts', dir],
      { encoding: 'utf8' },
    );
    expect(load.status).toBe(1);
    expect(load.stderr).toContain('is not verbatim in the archived text');
    expect(load.stderr).toContain(check.stderr.trim());
    expect(await served()).toBe(before);
  });

  it('leaves the served version, and no rows, when a load fails midway', async () => {
    const before = await served();
    const tables = async () =>
      (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE tablename LIKE 'incident_v%'"))
        .rows[0].n;
    const partitions = await tables();
    const { features } = loadIncidents();
    // Past the first batch of rows, one the database refuses (an id used twice).
    const many = Array.from({ length: 2_500 }, (_, i) => ({ ...features[i % features.length], id: `copy-${i}` }));
    many[2_400] = { ...many[2_400], id: 'copy-0' };
    const load = new pg.Client({ connectionString: url });
    await load.connect();
    await expect(insertVersion(load, { sha: 'broken', sources: 1, features: many, changes: [] })).rejects.toThrow();
    await load.end();
    expect(await served()).toBe(before);
    expect(await tables()).toBe(partitions);
  });

  it('switches the served version in one step, and the store follows', async () => {
    const { features } = loadIncidents();
    const load = new pg.Client({ connectionString: url });
    await load.connect();
    await insertVersion(load, { sha: 'three-of-them', sources: 1, features: features.slice(0, 3), changes: [] });
    await load.end();
    expect(await db.status()).toMatchObject({ version: 'three-of-them', incidents: 3 });
    // And back to the shipped data, for the comparisons below and the HTTP tests after.
    expect(dbLoad('data').status).toBe(0);
    expect((await db.status()).version).toBe(loadIncidents().version);
  });

  describe('answers as the in-memory store does, byte for byte', () => {
    it.each(queries)('select, summary and view of "%s"', async (query) => {
      // The version is re-read at most every few seconds: ask for it now.
      await db.status();
      const filters = filtersOf(query);
      expect(JSON.stringify(await db.select(filters, 2_000))).toBe(
        JSON.stringify(await memoryStore.select(filters, 2_000)),
      );
      expect(JSON.stringify(await db.select(filters, 2))).toBe(JSON.stringify(await memoryStore.select(filters, 2)));
      const { bbox: _, ...rest } = filters;
      expect(JSON.stringify(await db.summarize(rest))).toBe(JSON.stringify(await memoryStore.summarize(rest)));
    });

    it('every incident by id, the feed, the sitemap and the counts', async () => {
      for (const f of loadIncidents().features)
        expect(JSON.stringify(await db.getIncident(f.id))).toBe(JSON.stringify(f));
      expect(await db.getIncident('no-such-incident')).toBeUndefined();
      expect(JSON.stringify(await db.recentlyUpdated(1_000))).toBe(
        JSON.stringify(await memoryStore.recentlyUpdated(1_000)),
      );
      expect(await db.pages()).toEqual(await memoryStore.pages());
      expect(await db.counts()).toEqual(await memoryStore.counts());
      expect((await db.status()).version).toBe((await memoryStore.status()).version);
    });

    it('every renamed, retracted, live and unknown id', async () => {
      const { history } = readIdHistory('data');
      loadIncidents();
      const ids = [
        ...history.redirects.map((r) => r.from),
        ...history.retractions.map((r) => r.id),
        loadIncidents().features[0].id,
        'no-such-id',
        'NOT/AN/ID',
      ];
      for (const id of ids) expect(await postgresIdStatus(url!, id)).toEqual(memoryIdStatus(id));
    });
  });

  describe('tiles and views of a generated dataset, clusters and all, byte for byte', () => {
    const dir = path.join(os.tmpdir(), 'incident-map-db-test', 'n3000-seed7');
    const FILTERS = ['', 'setting=workplace', 'q=ice&from=2024-01-01&agency=cbp,ice'];
    const CITIES: [number, number][] = [
      [-118.24, 34.05],
      [-74.0, 40.71],
      [-106.49, 31.76],
      [-98.5, 39.5],
    ];

    beforeAll(() => {
      if (!fs.existsSync(path.join(dir, '.complete'))) {
        const made = spawnSync(
          process.execPath,
          [
            'node_modules/tsx/dist/cli.mjs',
            '--conditions=react-server',
            'scripts/generate.ts',
            '--count',
            '3000',
            '--out',
            dir,
            '--seed',
            '7',
          ],
          { encoding: 'utf8' },
        );
        expect(made.status, made.stderr).toBe(0);
        fs.writeFileSync(path.join(dir, '.complete'), '');
      }
      const loaded = dbLoad(dir);
      expect(loaded.status, loaded.stderr).toBe(0);
      process.env.DATA_DIR = dir;
      resetIncidents();
    });
    afterAll(() => {
      delete process.env.DATA_DIR;
      resetIncidents();
      expect(dbLoad('data').status).toBe(0);
    });

    it('every tile around four cities at zooms 0 to 14, under three filters', async () => {
      await db.status();
      const tiles: Tile[] = [];
      for (let z = 0; z <= 14; z++) {
        for (const [lon, lat] of CITIES) {
          const d = 300 / 2 ** z;
          tiles.push(
            ...tilesCovering([lon - d, Math.max(-85, lat - d / 2), lon + d, Math.min(85, lat + d / 2)], z).slice(0, 4),
          );
        }
      }
      let clustered = 0;
      for (const query of FILTERS) {
        for (const tile of tiles) {
          const [a, b] = [
            await db.tileJson(filtersOf(query), tile),
            await memoryStore.tileJson(filtersOf(query), tile),
          ];
          expect(a.toString(), `${tile.z}/${tile.x}/${tile.y}?${query}`).toBe(b.toString());
          if (a.includes('"cluster":true')) clustered++;
        }
      }
      // The comparison covered clusters, not only single incidents.
      expect(clustered).toBeGreaterThan(20);
    }, 300_000);

    it('views (bbox and zoom) from the world to a street, under three filters', async () => {
      await db.status();
      for (const query of FILTERS) {
        for (let zoom = 0; zoom <= 16; zoom += 2) {
          for (const [lon, lat] of CITIES) {
            const d = 400 / 2 ** zoom;
            const box = `bbox=${Math.max(-180, lon - d)},${Math.max(-85, lat - d / 2)},${Math.min(180, lon + d)},${Math.min(85, lat + d / 2)}&zoom=${zoom}`;
            const filters = filtersOf(query ? `${box}&${query}` : box);
            expect((await db.viewJson(filters)).toString(), `${box}&${query}`).toBe(
              (await memoryStore.viewJson(filters)).toString(),
            );
          }
        }
        // A box across the antimeridian, from the western Pacific to the Great Plains.
        for (let zoom = 0; zoom <= 6; zoom += 2) {
          const box = `bbox=170,20,-100,70&zoom=${zoom}`;
          const filters = filtersOf(query ? `${box}&${query}` : box);
          expect((await db.viewJson(filters)).toString(), `${box}&${query}`).toBe(
            (await memoryStore.viewJson(filters)).toString(),
          );
        }
      }
    }, 300_000);
  });
});
