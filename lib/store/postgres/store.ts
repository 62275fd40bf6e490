/**
 * The PostgreSQL + PostGIS store: the rows `npm run db:load` wrote for the
 * served version (db/migrations), queried per request through their
 * indexes. Nothing reads the whole dataset into the process: a selection
 * reads at most one answer's rows.
 */
import 'server-only';
import type pg from 'pg';
import type { Filters } from '../../shared/filters';
import { filtersToParams } from '../../shared/filters';
import type { ApiFeature } from '../../shared/types';
import { isPossibleId } from '../../shared/vocabulary';
import type { IncidentStore, Summary } from '../types';
import { poolFor } from './pool';
import { summaryOf } from './summary';
import { servedVersion } from './version';
import { Params, whereOf } from './where';
import { tileJsonOf, viewJsonOf } from './view';

/** Summaries kept per process, by version and selection: every map page asks the unfiltered one. */
const KEPT_SUMMARIES = 64;

export function postgresStore(url: string): IncidentStore {
  const pool: pg.Pool = poolFor(url);
  const version = () => servedVersion(pool);
  const summaries = new Map<string, Summary>();

  async function features(sql: string, values: unknown[]): Promise<ApiFeature[]> {
    const { rows } = await pool.query<{ json: string }>(sql, values);
    return rows.map((r) => JSON.parse(r.json) as ApiFeature);
  }

  return {
    kind: 'postgres',
    version: async () => (await version()).sha,
    async status() {
      const served = await servedVersion(pool, true);
      return { version: served.sha, incidents: served.incidents, textIndex: 'built' };
    },
    async counts() {
      const { incidents, sources } = await version();
      return { incidents, sources };
    },
    async getIncident(id) {
      if (!isPossibleId(id)) return undefined;
      const { id: v } = await version();
      const [feature] = await features('SELECT json FROM incident WHERE version_id = $1 AND id = $2', [v, id]);
      return feature;
    },
    async select(filters, max) {
      const { id: v } = await version();
      const p = new Params();
      const where = whereOf(p, v, filters);
      const found = await features(
        `SELECT json FROM incident WHERE ${where} ORDER BY ord LIMIT ${p.add(max + 1)}`,
        p.values,
      );
      if (found.length <= max) return { features: found };
      const counted = new Params();
      const { rows } = await pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM incident WHERE ${whereOf(counted, v, filters)}`,
        counted.values,
      );
      return { tooMany: rows[0].n };
    },
    async recentlyUpdated(limit) {
      const { id: v } = await version();
      return features('SELECT json FROM incident WHERE version_id = $1 ORDER BY updated DESC, date DESC, id LIMIT $2', [
        v,
        limit,
      ]);
    },
    async pages() {
      const { id: v } = await version();
      const { rows } = await pool.query<{ id: string; updated: string }>(
        'SELECT id, updated FROM incident WHERE version_id = $1 ORDER BY ord',
        [v],
      );
      return rows;
    },
    async summarize(filters) {
      const { id: v } = await version();
      const key = `${v}?${filtersToParams({ ...filters, bbox: undefined, zoom: undefined })}`;
      let summary = summaries.get(key);
      if (summary) summaries.delete(key);
      else summary = await summaryOf(pool, v, filters);
      summaries.set(key, summary);
      if (summaries.size > KEPT_SUMMARIES) summaries.delete(summaries.keys().next().value!);
      return summary;
    },
    async viewJson(filters: Filters) {
      const { id: v, cellZoom } = await version();
      return viewJsonOf(pool, v, filters, cellZoom);
    },
    async tileJson(filters, tile) {
      const { id: v, cellZoom } = await version();
      return tileJsonOf(pool, v, filters, tile, tile.z <= cellZoom);
    },
  };
}
