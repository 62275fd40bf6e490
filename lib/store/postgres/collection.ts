/**
 * A FeatureCollection's JSON from the features' kept JSON and clusters,
 * exactly as the in-memory store joins it (features newest first, then the
 * clusters).
 */
import 'server-only';
import type pg from 'pg';
import type { ApiCluster } from '../../shared/tiles/cells';
import type { Bytes } from '../types';

/** The JSON of the incidents at positions `ords` (any order), newest first. */
export async function jsonAt(pool: pg.Pool, version: number, ords: readonly number[]): Promise<string[]> {
  if (!ords.length) return [];
  const { rows } = await pool.query<{ json: string }>(
    'SELECT json FROM incident WHERE version_id = $1 AND ord = ANY($2::int[]) ORDER BY ord',
    [version, ords],
  );
  return rows.map((r) => r.json);
}

export function collection(features: readonly string[], clusters: readonly ApiCluster[]): Bytes {
  const parts = [...features, ...clusters.map((c) => JSON.stringify(c))];
  return Buffer.from(`{"type":"FeatureCollection","features":[${parts.join(',')}]}`);
}

/** Positions (ord) and sizes, for the limits of one answer. */
export interface Sized {
  ord: number;
  bytes: number;
}

/** True when `rows` number at most `maxFeatures` and their JSON at most `maxBytes` (lib/index/viewport.ts fitsIn). */
export function fits(rows: readonly Sized[], maxFeatures: number, maxBytes: number): boolean {
  if (rows.length > maxFeatures) return false;
  let bytes = 0;
  for (const r of rows) if ((bytes += r.bytes) > maxBytes) return false;
  return true;
}
