/**
 * The map's grid of clusters (lib/shared/tiles/cells.ts) computed in the database:
 * the rows matching a condition, grouped by their cell at a zoom. Each
 * cell's sums run over its members newest first, as the in-memory store
 * meets them, so the mean positions agree to the last bit; cells come in
 * the order of their newest member, as the in-memory store lists them.
 */
import 'server-only';
import type pg from 'pg';
import { cellsAcross, clusterOf, type ApiCluster, type Cell } from '../../shared/tiles/cells';
import type { Params } from './where';

export interface CellRow {
  cx: number;
  cy: number;
  count: number;
  sx: number;
  sy: number;
  w: number;
  s: number;
  e: number;
  n: number;
  mx0: number;
  my0: number;
  mx1: number;
  my1: number;
  /** The newest member's position (ord): a cell of one is that incident. */
  first: number;
  /** Its members' JSON bytes, each plus one (a comma). */
  bytes: number;
}

/** The cells at `zoom` of the rows matching `where` (whose parameters are in `p`). */
export async function cellsOf(pool: pg.Pool, p: Params, where: string, zoom: number): Promise<CellRow[]> {
  const n = p.add(cellsAcross(zoom));
  // lib/shared/tiles/address.ts slot(): the column of a Web Mercator fraction, the east and south edges in the last.
  const slot = (v: string) => `greatest(0, least(${n}::int - 1, floor(${v} * ${n}::float8)::int))`;
  const { rows } = await pool.query<CellRow>(
    `SELECT ${slot('mx')} AS cx, ${slot('my')} AS cy, count(*)::int AS count,
       sum(px ORDER BY ord) AS sx, sum(py ORDER BY ord) AS sy, min(px) AS w, min(py) AS s, max(px) AS e, max(py) AS n,
       min(mx) AS mx0, min(my) AS my0, max(mx) AS mx1, max(my) AS my1, min(ord) AS first, sum(bytes)::int AS bytes
     FROM incident WHERE ${where} GROUP BY 1, 2 ORDER BY min(ord)`,
    p.values,
  );
  return rows;
}

/** A cell of two or more as the API serves it (clusterOf, given the cell's sums instead of its members). */
export function clusterOfRow(row: CellRow, zoom: number, kind = ''): ApiCluster {
  const cell: Cell = {
    cx: row.cx,
    cy: row.cy,
    // clusterOf reads only how many members there are.
    members: { length: row.count } as number[],
    sumX: row.sx,
    sumY: row.sy,
    bbox: [row.w, row.s, row.e, row.n],
    extent: [row.mx0, row.my0, row.mx1, row.my1],
  };
  return clusterOf(cell, zoom, kind);
}
