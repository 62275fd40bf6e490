/**
 * Writing a version (scripts/db/load.ts): its rows into a partition of their
 * own, indexed when attached, and the switch of `served` to it, all in one
 * transaction. Old versions are dropped once no process can still read them.
 */
import 'server-only';
import type pg from 'pg';
import type { ApiFeature } from '../../shared/types';
import type { IdChange } from '../../ids';
import { rowOf, type IncidentRow } from './rows';
import { REFRESH_MS } from './version';
import { positionsOf } from '../../index/columns';
import { TILE_MAX_ZOOM } from '../../shared/tiles/address';
import { gatherCells } from '../../shared/tiles/cells';

/** Rows per INSERT: each column goes as one array parameter. */
const BATCH = 2_000;
/** A retired version's rows stay this long: every process has moved on well before (it re-reads `served` every REFRESH_MS). */
export const RETAIN_MS = 30 * REFRESH_MS;
/** Serialises loaders. */
const LOAD_LOCK = 2_100_022;

const COLUMNS = `(version_id, ord, id, first_day, last_day, month, updated, date, setting, agencies, is_area, w, s, e, n, geom, words, json, chars, bytes, px, py, mx, my)`;

function insertSql(table: string): string {
  return `INSERT INTO ${table} ${COLUMNS}
    SELECT $1, ord, id, first_day, last_day, month, updated, date, setting, string_to_array(agencies, ' '), is_area, w, s, e, n,
      CASE WHEN area IS NULL THEN ST_SetSRID(ST_MakePoint(w, s), 4326) ELSE ST_SetSRID(ST_GeomFromGeoJSON(area), 4326) END,
      array_to_tsvector(string_to_array(words, ' ')), json, char_length(json) + 1, octet_length(json) + 1, px, py, mx, my
    FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
      $11::bool[], $12::float8[], $13::float8[], $14::float8[], $15::float8[], $16::text[], $17::text[], $18::text[],
      $19::float8[], $20::float8[], $21::float8[], $22::float8[])
      AS r(ord, id, first_day, last_day, month, updated, date, setting, agencies, is_area, w, s, e, n, area, words, json, px, py, mx, my)`;
}

function batchValues(version: number, rows: IncidentRow[]): unknown[] {
  const col = <T>(f: (r: IncidentRow) => T) => rows.map(f);
  return [
    version,
    col((r) => r.ord),
    col((r) => r.id),
    col((r) => r.firstDay),
    col((r) => r.lastDay),
    col((r) => r.month),
    col((r) => r.updated),
    col((r) => r.date),
    col((r) => r.setting),
    col((r) => r.agencies.join(' ')),
    col((r) => r.isArea),
    col((r) => r.bbox[0]),
    col((r) => r.bbox[1]),
    col((r) => r.bbox[2]),
    col((r) => r.bbox[3]),
    col((r) => r.area),
    col((r) => r.words),
    col((r) => r.json),
    col((r) => r.position[0]),
    col((r) => r.position[1]),
    col((r) => r.position[2]),
    col((r) => r.position[3]),
  ];
}

export interface NewVersion {
  sha: string;
  sources: number;
  /** Newest first, as served. */
  features: readonly ApiFeature[];
  changes: readonly IdChange[];
}

/** Loads `data` as a new version and serves it, in one transaction; returns its id. */
export async function insertVersion(
  client: pg.ClientBase,
  data: NewVersion,
  progress?: (done: number) => void,
): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOAD_LOCK]);
    const { rows } = await client.query<{ id: number }>(
      'INSERT INTO dataset_version (sha, incidents, sources) VALUES ($1, $2, $3) RETURNING id',
      [data.sha, data.features.length, data.sources],
    );
    const version = rows[0].id;
    // A table name cannot be a parameter: it is made of the integer id the database just gave.
    if (!Number.isSafeInteger(version)) throw new Error(`unexpected version id ${version}`);
    const table = `incident_v${version}`;
    await client.query(`CREATE TABLE ${table} (LIKE incident INCLUDING DEFAULTS)`);
    // The partition's constraint, proved as rows go in, spares ATTACH a scan.
    await client.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_version CHECK (version_id = ${version})`);
    const sql = insertSql(table);
    const bytes = new Int32Array(data.features.length);
    for (let start = 0; start < data.features.length; start += BATCH) {
      const batch = data.features.slice(start, start + BATCH).map((f, i) => rowOf(f, start + i));
      for (const row of batch) bytes[row.ord] = Buffer.byteLength(row.json) + 1;
      await client.query(sql, batchValues(version, batch));
      progress?.(start + batch.length);
    }
    await insertCells(client, version, data.features, bytes);
    // Attaching builds the partition's indexes (the parent's: db/migrations).
    await client.query(`ALTER TABLE incident ATTACH PARTITION ${table} FOR VALUES IN (${version})`);
    await client.query(`ANALYZE ${table}`);
    for (const change of data.changes) {
      await client.query('INSERT INTO id_change (version_id, id, change) VALUES ($1, $2, $3)', [
        version,
        change.id,
        JSON.stringify(change),
      ]);
    }
    await client.query('UPDATE dataset_version SET retired_at = now() WHERE id = (SELECT version_id FROM served)');
    await client.query(
      'INSERT INTO served (one, version_id) VALUES (true, $1) ON CONFLICT (one) DO UPDATE SET version_id = EXCLUDED.version_id',
      [version],
    );
    await client.query('COMMIT');
    return version;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/**
 * The points' cells at each zoom from 0 while they gather (fewer cells than
 * a quarter of the points), as the in-memory store gathers a tile's points:
 * newest first, with lib/shared/tiles/cells.ts.
 */
async function insertCells(
  client: pg.ClientBase,
  version: number,
  features: readonly ApiFeature[],
  bytes: Int32Array,
): Promise<void> {
  const at = positionsOf(features);
  const points = features.flatMap((f, i) => (f.geometry.type === 'Point' ? [i] : []));
  let deepest = -1;
  for (let z = 0; z <= TILE_MAX_ZOOM; z++) {
    const cells = [...gatherCells(at, points, z).values()];
    if (cells.length > points.length / 4) break;
    for (let start = 0; start < cells.length; start += BATCH) {
      const batch = cells.slice(start, start + BATCH);
      const col = (f: (c: (typeof cells)[number]) => number) => batch.map(f);
      await client.query(
        `INSERT INTO cell (version_id, z, cx, cy, count, sx, sy, w, s, e, n, mx0, my0, mx1, my1, first, bytes)
         SELECT $1, $2, * FROM unnest($3::int[], $4::int[], $5::int[], $6::float8[], $7::float8[], $8::float8[], $9::float8[], $10::float8[],
           $11::float8[], $12::float8[], $13::float8[], $14::float8[], $15::float8[], $16::int[], $17::int[])`,
        [
          version,
          z,
          col((c) => c.cx),
          col((c) => c.cy),
          col((c) => c.members.length),
          col((c) => c.sumX),
          col((c) => c.sumY),
          col((c) => c.bbox[0]),
          col((c) => c.bbox[1]),
          col((c) => c.bbox[2]),
          col((c) => c.bbox[3]),
          col((c) => c.extent[0]),
          col((c) => c.extent[1]),
          col((c) => c.extent[2]),
          col((c) => c.extent[3]),
          col((c) => c.members[0]),
          col((c) => c.members.reduce((sum, i) => sum + bytes[i], 0)),
        ],
      );
    }
    deepest = z;
  }
  await client.query('UPDATE dataset_version SET cell_zoom = $1 WHERE id = $2', [deepest, version]);
}

/** Drops the versions retired more than RETAIN_MS ago; returns their ids. */
export async function retireOldVersions(client: pg.ClientBase): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>(
    `SELECT id FROM dataset_version WHERE retired_at < now() - make_interval(secs => $1) AND id <> (SELECT version_id FROM served) ORDER BY id`,
    [RETAIN_MS / 1000],
  );
  const dropped: number[] = [];
  for (const { id } of rows) {
    if (!Number.isSafeInteger(id)) continue;
    await client.query('BEGIN');
    await client.query(`DROP TABLE IF EXISTS incident_v${id}`);
    await client.query('DELETE FROM dataset_version WHERE id = $1', [id]);
    await client.query('COMMIT');
    dropped.push(id);
  }
  return dropped;
}
