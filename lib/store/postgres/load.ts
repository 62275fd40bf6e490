/**
 * Writing a version (scripts/db/load.ts): its rows into a partition of their
 * own through COPY, made one at a time as the stream takes them, indexed
 * when attached, and the switch of `served` to it, all in one transaction.
 * Old versions are dropped once no process can still read them.
 */
import 'server-only';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ApiFeature } from '../../shared/types';
import type { IdChange } from '../../ids';
import { rowOf, type IncidentRow } from './rows';
import { REFRESH_MS } from './version';
import { TILE_MAX_ZOOM } from '../../shared/tiles/address';
import { gatherCells } from '../../shared/tiles/cells';

/** Cells per INSERT: each column goes as one array parameter. */
const BATCH = 2_000;
/** Rows per chunk written to COPY: large enough to amortise a write, small enough to keep memory flat. */
const CHUNK = 500;
/** A retired version's rows stay this long: every process has moved on well before (it re-reads `served` every REFRESH_MS). */
export const RETAIN_MS = 30 * REFRESH_MS;
/** Serialises loaders. */
const LOAD_LOCK = 2_100_022;

const COLUMNS = `(version_id, ord, id, first_day, last_day, month, updated, date, setting, agencies, is_area, w, s, e, n, geom, words, json, chars, bytes, px, py, mx, my)`;

/** A value in COPY's text format: backslash, tab, newline and carriage return escaped. */
const copyText = (s: string) => (/[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : s);
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
/** Elements of an array or lexemes of a tsvector, quoted, with their quotes and backslashes escaped. */
const quoted = (items: readonly string[], quote: string) =>
  items.map((x) => `${quote}${x.replace(/[\\'"]/g, (c) => `\\${c}`)}${quote}`);

/**
 * One row as a line of COPY's text format. The geometry goes as its GeoJSON,
 * which PostGIS's input reads as ST_GeomFromGeoJSON does (the column gives
 * it SRID 4326); the words as a tsvector of lexemes without positions.
 */
function copyLine(version: number, r: IncidentRow): string {
  const fields = [
    version,
    r.ord,
    r.id,
    r.firstDay,
    r.lastDay,
    r.month,
    r.updated,
    r.date,
    r.setting,
    `{${quoted(r.agencies, '"').join(',')}}`,
    r.isArea ? 't' : 'f',
    ...r.bbox,
    r.geometry,
    quoted(r.words ? r.words.split(' ') : [], "'").join(' '),
    r.json,
    r.json.length + 1,
    Buffer.byteLength(r.json) + 1,
    ...r.position,
  ];
  return `${fields.map((f) => copyText(String(f))).join('\t')}\n`;
}

export interface NewVersion {
  sha: string;
  sources: number;
  /**
   * Newest first, as served. Read once, one at a time, as the rows are
   * written: a loader may make each when asked and drop it after.
   */
  features: Iterable<ApiFeature>;
  changes: readonly IdChange[];
}

/** What the cells need of the rows written: where each is, whether a point, and its JSON's bytes plus one. */
interface Written {
  at: { x: number[]; y: number[]; mx: number[]; my: number[] };
  points: number[];
  bytes: number[];
}

/** Writes `features` into `table` through COPY, in chunks as the stream asks for them. */
async function copyRows(
  client: pg.ClientBase,
  table: string,
  version: number,
  features: Iterable<ApiFeature>,
  progress?: (done: number) => void,
): Promise<Written> {
  const written: Written = { at: { x: [], y: [], mx: [], my: [] }, points: [], bytes: [] };
  function* chunks(): Generator<string> {
    let lines: string[] = [];
    let ord = 0;
    for (const f of features) {
      const row = rowOf(f, ord);
      const [px, py, mx, my] = row.position;
      written.at.x.push(px);
      written.at.y.push(py);
      written.at.mx.push(mx);
      written.at.my.push(my);
      if (!row.isArea) written.points.push(ord);
      written.bytes.push(Buffer.byteLength(row.json) + 1);
      lines.push(copyLine(version, row));
      ord++;
      if (lines.length === CHUNK) {
        yield lines.join('');
        lines = [];
        progress?.(ord);
      }
    }
    if (lines.length) {
      yield lines.join('');
      progress?.(ord);
    }
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`COPY ${table} ${COLUMNS} FROM STDIN`)));
  return written;
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
      'INSERT INTO dataset_version (sha, incidents, sources) VALUES ($1, 0, $2) RETURNING id',
      [data.sha, data.sources],
    );
    const version = rows[0].id;
    // A table name cannot be a parameter: it is made of the integer id the database just gave.
    if (!Number.isSafeInteger(version)) throw new Error(`unexpected version id ${version}`);
    const table = `incident_v${version}`;
    await client.query(`CREATE TABLE ${table} (LIKE incident INCLUDING DEFAULTS)`);
    // The partition's constraint, proved as rows go in, spares ATTACH a scan.
    await client.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_version CHECK (version_id = ${version})`);
    const written = await copyRows(client, table, version, data.features, progress);
    await client.query('UPDATE dataset_version SET incidents = $1 WHERE id = $2', [written.bytes.length, version]);
    await insertCells(client, version, written);
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
async function insertCells(client: pg.ClientBase, version: number, { at, points, bytes }: Written): Promise<void> {
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
