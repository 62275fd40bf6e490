/**
 * The map's data from the database: a tile (`/api/tiles/{z}/{x}/{y}`, as
 * lib/index/tile.ts answers it) and a view (`/api/incidents?bbox&zoom`, as
 * lib/index/viewport.ts does). Points are found through the GiST index and
 * clustered in SQL (cells.ts); areas, which are few, are placed here with
 * the shared grid. The work is bounded by the rows of the tile or box.
 */
import 'server-only';
import type pg from 'pg';
import type { BBox, Filters } from '../../shared/filters';
import { slot, tileBBox, type Tile } from '../../shared/tiles/address';
import {
  CELLS_PER_TILE,
  cellsAcross,
  clusterCells,
  clustersOfCells,
  parentCells,
  type ApiCluster,
  type Cell,
} from '../../shared/tiles/cells';
import { MAX_BYTES, MAX_FEATURES, TILE_BYTES, TILE_FEATURES } from '../../index/limits';
import { clusterZoom } from '../../index/viewport';
import type { Bytes } from '../types';
import { cellsOf, clusterOfRow, type CellRow } from './cells';
import { collection, fits, jsonAt, type Sized } from './collection';
import { Params, whereOf } from './where';

interface AreaRow extends Sized {
  px: number;
  py: number;
  mx: number;
  my: number;
}

const WORLD: BBox = [-180, -90, 180, 90];
/** As lib/index/tile.ts: degrees around a tile's box when searching it; the Mercator test decides. */
const MARGIN = 1e-9;
const ascending = (a: number, b: number) => a - b;

/** The areas matching `filters` (bbox included), newest first, with their positions. */
async function areasOf(pool: pg.Pool, version: number, filters: Filters): Promise<AreaRow[]> {
  const p = new Params();
  const { rows } = await pool.query<AreaRow>(
    `SELECT ord, bytes, px, py, mx, my FROM incident WHERE ${whereOf(p, version, filters)} AND is_area ORDER BY ord`,
    p.values,
  );
  return rows;
}

/** Clusters and single areas of `areas` at `zoom` (the grid of kind "a"), single ones as positions. */
function areaCells(areas: readonly AreaRow[], zoom: number): { clusters: ApiCluster[]; points: number[] } {
  const at = {
    x: areas.map((a) => a.px),
    y: areas.map((a) => a.py),
    mx: areas.map((a) => a.mx),
    my: areas.map((a) => a.my),
  };
  const grid = clusterCells(at, areas.keys(), zoom, 'a');
  return { clusters: grid.clusters, points: grid.points.map((i) => areas[i].ord) };
}

/** Points' clusters and single points (positions) at `zoom`, and the single points' sizes. */
async function pointCells(
  pool: pg.Pool,
  p: Params,
  where: string,
  zoom: number,
): Promise<{ clusters: ApiCluster[]; points: Sized[] }> {
  return gridOf(await cellsOf(pool, p, where, zoom), zoom);
}

function gridOf(cells: readonly CellRow[], zoom: number): { clusters: ApiCluster[]; points: Sized[] } {
  const clusters: ApiCluster[] = [];
  const points: Sized[] = [];
  for (const row of cells) {
    if (row.count === 1) points.push({ ord: row.first, bytes: row.bytes });
    else clusters.push(clusterOfRow(row, zoom));
  }
  return { clusters, points };
}

const unfiltered = (f: Filters) => !f.from && !f.to && !f.q && !f.setting.length && !f.agency.length;

/** A tile's cells as the loader kept them (db/migrations/0003_cells.sql), newest member first. */
async function keptCells(pool: pg.Pool, version: number, tile: Tile): Promise<CellRow[]> {
  const { rows } = await pool.query<CellRow>(
    `SELECT cx, cy, count, sx, sy, w, s, e, n, mx0, my0, mx1, my1, first, bytes FROM cell
     WHERE version_id = $1 AND z = $2 AND cy BETWEEN $3 AND $4 AND cx BETWEEN $5 AND $6 ORDER BY first`,
    [
      version,
      tile.z,
      tile.y * CELLS_PER_TILE,
      tile.y * CELLS_PER_TILE + CELLS_PER_TILE - 1,
      tile.x * CELLS_PER_TILE,
      tile.x * CELLS_PER_TILE + CELLS_PER_TILE - 1,
    ],
  );
  return rows;
}

/** `kept`: the loader kept this zoom's cells, which an unfiltered tile reads instead of grouping its points. */
export async function tileJsonOf(
  pool: pg.Pool,
  version: number,
  filters: Filters,
  tile: Tile,
  kept = false,
): Promise<Bytes> {
  const box = tileBBox(tile);
  const n = 2 ** tile.z;
  const scoped: Filters = { ...filters, bbox: undefined, zoom: undefined };
  const inTile = (a: { mx: number; my: number }) => slot(a.mx, n) === tile.x && slot(a.my, n) === tile.y;
  // The points of the tile: those its Mercator slot puts there (the first and last rows hold the poles).
  const p = new Params();
  const [west, east] = [p.add(box[0] - MARGIN), p.add(box[2] + MARGIN)];
  const [south, north] = [p.add(tile.y === n - 1 ? -90 : box[1] - MARGIN), p.add(tile.y === 0 ? 90 : box[3] + MARGIN)];
  const [tn, tx, ty] = [p.add(n), p.add(tile.x), p.add(tile.y)];
  const slotOf = (v: string) => `greatest(0, least(${tn}::int - 1, floor(${v} * ${tn}::float8)::int))`;
  const points = `${whereOf(p, version, scoped)} AND NOT is_area
    AND geom && ST_MakeEnvelope(${west}::float8, ${south}::float8, ${east}::float8, ${north}::float8, 4326)
    AND ${slotOf('mx')} = ${tx}::int AND ${slotOf('my')} = ${ty}::int`;
  const cells = kept && unfiltered(scoped) ? await keptCells(pool, version, tile) : undefined;
  const inCells = cells?.reduce((n, c) => n + c.count, 0);
  const [{ rows: first }, areas] = await Promise.all([
    // With kept cells, the points are read only when they are few enough to be sent as themselves.
    inCells !== undefined && inCells > TILE_FEATURES
      ? { rows: [] as Sized[] }
      : pool.query<Sized>(
          `SELECT ord, bytes FROM incident WHERE ${points} ORDER BY ord LIMIT ${TILE_FEATURES + 1}`,
          p.values,
        ),
    areasOf(pool, version, { ...scoped, bbox: box }),
  ]);
  const pointCount = inCells ?? first.length;
  if (pointCount + areas.length <= TILE_FEATURES) {
    const all = [...areas, ...first];
    if (fits(all, TILE_FEATURES, TILE_BYTES))
      return collection(
        await jsonAt(
          pool,
          version,
          all.map((r) => r.ord),
        ),
        [],
      );
  }
  const grid = cells ? gridOf(cells, tile.z) : await pointCells(pool, p, points, tile.z);
  const shown = fits(areas, TILE_FEATURES / 2, TILE_BYTES / 2)
    ? { clusters: [], points: areas.map((a) => a.ord) }
    : areaCells(areas.filter(inTile), tile.z);
  const ords = [...shown.points, ...grid.points.map((s) => s.ord)].sort(ascending);
  return collection(await jsonAt(pool, version, ords), [...grid.clusters, ...shown.clusters]);
}

export async function viewJsonOf(pool: pg.Pool, version: number, filters: Filters): Promise<Bytes> {
  const box = filters.bbox ?? WORLD;
  const scoped: Filters = { ...filters, bbox: box };
  const p = new Params();
  const points = `${whereOf(p, version, scoped)} AND NOT is_area`;
  const [{ rows: first }, areas] = await Promise.all([
    pool.query<Sized>(
      `SELECT ord, bytes FROM incident WHERE ${points} ORDER BY ord LIMIT ${MAX_FEATURES + 1}`,
      p.values,
    ),
    areasOf(pool, version, scoped),
  ]);
  if (first.length + areas.length <= MAX_FEATURES) {
    const all = [...areas, ...first];
    if (fits(all, MAX_FEATURES, MAX_BYTES))
      return collection(
        await jsonAt(
          pool,
          version,
          all.map((r) => r.ord),
        ),
        [],
      );
  }
  const areasFit = fits(areas, MAX_FEATURES / 2, MAX_BYTES / 2);
  // Lower the zoom until the answer fits, merging cells into their parents, as the in-memory view does.
  let zoom = clusterZoom(box, filters.zoom ?? 0);
  const rows = await cellsOf(pool, cloneParams(p), points, zoom);
  const bytesOf = new Map<number, number>([
    ...areas.map((a) => [a.ord, a.bytes] as const),
    ...rows.filter((r) => r.count === 1).map((r) => [r.first, r.bytes] as const),
  ]);
  for (let cells = cellMap(rows, zoom); ; cells = parentCells(cells, zoom--)) {
    const view = clustersOfCells(cells, zoom);
    const shown = areasFit ? { clusters: [], points: areas.map((a) => a.ord) } : areaCells(areas, zoom);
    const singles = [...shown.points, ...view.points].sort(ascending).map((ord) => ({ ord, bytes: bytesOf.get(ord)! }));
    const clusters = [...view.clusters, ...shown.clusters];
    if ((clusters.length + singles.length <= MAX_FEATURES && fits(singles, MAX_FEATURES, MAX_BYTES)) || zoom === 0) {
      return collection(
        await jsonAt(
          pool,
          version,
          singles.map((s) => s.ord),
        ),
        clusters,
      );
    }
  }
}

/**
 * Cells from SQL as lib/shared/tiles/cells.ts keeps them, so that parentCells merges
 * them as it merges the in-memory store's. Only a cell's newest member is
 * known (the rest stand as -1): clusters read only how many there are.
 */
function cellMap(rows: readonly CellRow[], zoom: number): Map<number, Cell> {
  const n = cellsAcross(zoom);
  return new Map(
    rows.map((r) => [
      r.cy * n + r.cx,
      {
        cx: r.cx,
        cy: r.cy,
        members: [r.first, ...new Array<number>(r.count - 1).fill(-1)],
        sumX: r.sx,
        sumY: r.sy,
        bbox: [r.w, r.s, r.e, r.n],
        extent: [r.mx0, r.my0, r.mx1, r.my1],
      },
    ]),
  );
}

function cloneParams(p: Params): Params {
  const copy = new Params();
  for (const v of p.values) copy.add(v);
  return copy;
}
