/**
 * GET /api/summary in SQL: the timeline's months (every filter but the
 * dates) and the count and box (every filter), over the whole map. Months
 * keep the order in which the in-memory store meets them, newest incident
 * first: the order of each month's first row.
 */
import 'server-only';
import type pg from 'pg';
import type { BBox, Filters } from '../../shared/filters';
import type { Summary } from '../types';
import { Params, whereOf } from './where';

export async function summaryOf(pool: pg.Pool, version: number, filters: Filters): Promise<Summary> {
  const undated = new Params();
  const monthsSql = `SELECT month, count(*)::int AS n FROM incident WHERE ${whereOf(undated, version, filters, { bbox: false, dates: false })}
    GROUP BY month ORDER BY min(ord)`;
  const all = new Params();
  const totalSql = `SELECT count(*)::int AS count, min(w) AS w, min(s) AS s, max(e) AS e, max(n) AS n FROM incident
    WHERE ${whereOf(all, version, filters, { bbox: false })}`;
  const [months, total] = await Promise.all([
    pool.query<{ month: string; n: number }>(monthsSql, undated.values),
    pool.query<{ count: number; w: number; s: number; e: number; n: number }>(totalSql, all.values),
  ]);
  const { count, w, s, e, n } = total.rows[0];
  const byMonth: Record<string, number> = {};
  for (const row of months.rows) byMonth[row.month] = row.n;
  const bbox: BBox = [w, s, e, n];
  return count ? { count, months: byMonth, bbox } : { count, months: byMonth };
}
