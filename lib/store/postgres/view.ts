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
import { mercator } from '../../shared/tiles/mercator';
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

/** True when longitudes from `west` to `east` (a cell's members') all lie in the box's span; the box may cross the antimeridian. */
function lngInside(box: BBox, west: number, east: number): boolean {
  return box[0] > box[2] ? west >= box[0] || east <= box[2] : west >= box[0] && east <= box[2];
}

/** True when no longitude from `west` to `east` lies in the box's span. */
function lngOutside(box: BBox, west: number, east: number): boolean {
  return box[0] > box[2] ? west > box[2] && east < box[0] : east < box[0] || west > box[2];
}

/**
 * The cells at `zoom` of the points in `box`, from the cells the loader kept
 * (db/migrations/0003_cells.sql) when no filter but the box applies: a kept
 * cell whose members all lie in the box is the box's cell as it is; the few
 * the box's edges cut are grouped from their rows in the box, found through
 * the GiST index by the cut cells' boxes. Newest member first, as cellsOf.
 */
async function keptBoxCells(pool: pg.Pool, version: number, box: BBox, zoom: number): Promise<CellRow[]> {
  const n = cellsAcross(zoom);
  const [x0, y1] = mercator(box[0], box[1]);
  const [x1, y0] = mercator(box[2], box[3]);
  // The box's columns and rows, a cell wider on each side (the test below decides).
  const [cx0, cx1] = [slot(x0, n) - 1, slot(x1, n) + 1];
  const [cy0, cy1] = [Math.max(0, slot(y0, n) - 1), Math.min(n - 1, slot(y1, n) + 1)];
  const columns = box[0] > box[2] ? 'AND (cx >= $5 OR cx <= $6)' : 'AND cx BETWEEN $5 AND $6';
  const { rows: kept } = await pool.query<CellRow>(
    `SELECT cx, cy, count, sx, sy, w, s, e, n, mx0, my0, mx1, my1, first, bytes FROM cell
     WHERE version_id = $1 AND z = $2 AND cy BETWEEN $3 AND $4 ${columns}`,
    [version, zoom, cy0, cy1, cx0, cx1],
  );
  const inside: CellRow[] = [];
  const cut: CellRow[] = [];
  for (const c of kept) {
    if (c.s > box[3] || c.n < box[1] || lngOutside(box, c.w, c.e)) continue;
    if (c.s >= box[1] && c.n <= box[3] && lngInside(box, c.w, c.e)) inside.push(c);
    else cut.push(c);
  }
  if (!cut.length) return inside.sort((a, b) => a.first - b.first);
  const p = new Params();
  const scoped: Filters = { bbox: box, setting: [], agency: [] };
  const across = p.add(n);
  const key = `greatest(0, least(${across}::int - 1, floor(my * ${across}::float8)::int))::int8 * ${across}::int8
    + greatest(0, least(${across}::int - 1, floor(mx * ${across}::float8)::int))`;
  const envelopes = `ARRAY(SELECT ST_MakeEnvelope(w, s, e, n, 4326)
    FROM unnest(${[0, 1, 2, 3].map((i) => `${p.add(cut.map((c) => [c.w, c.s, c.e, c.n][i]))}::float8[]`).join(', ')}) AS u(w, s, e, n))`;
  const where = `${whereOf(p, version, scoped)} AND NOT is_area AND geom && ANY(${envelopes})
    AND ${key} = ANY(${p.add(cut.map((c) => c.cy * n + c.cx))}::int8[])`;
  const edges = await cellsOf(pool, p, where, zoom);
  return [...inside, ...edges].sort((a, b) => a.first - b.first);
}

/** `cellZoom`: the deepest zoom whose cells the loader kept, which an unfiltered view reads instead of grouping its points. */
export async function viewJsonOf(pool: pg.Pool, version: number, filters: Filters, cellZoom = -1): Promise<Bytes> {
  const box = filters.bbox ?? WORLD;
  const scoped: Filters = { ...filters, bbox: box };
  let zoom = clusterZoom(box, filters.zoom ?? 0);
  const kept = zoom <= cellZoom && unfiltered(filters);
  const p = new Params();
  const points = `${whereOf(p, version, scoped)} AND NOT is_area`;
  const firstPoints = async () =>
    (
      await pool.query<Sized>(
        `SELECT ord, bytes FROM incident WHERE ${points} ORDER BY ord LIMIT ${MAX_FEATURES + 1}`,
        p.values,
      )
    ).rows;
  // With kept cells, the box's points are counted from them, and read only when they are few enough to be sent as themselves.
  const [cells, areas, read] = await Promise.all([
    kept ? keptBoxCells(pool, version, box, zoom) : undefined,
    areasOf(pool, version, scoped),
    kept ? undefined : firstPoints(),
  ]);
  const inCells = cells?.reduce((n, c) => n + c.count, 0);
  const first = read ?? (inCells! + areas.length > MAX_FEATURES ? [] : await firstPoints());
  if ((inCells ?? first.length) + areas.length <= MAX_FEATURES) {
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
  const rows = cells ?? (await cellsOf(pool, cloneParams(p), points, zoom));
  const bytesOf = new Map<number, number>([
    ...areas.map((a) => [a.ord, a.bytes] as const),
    ...rows.filter((r) => r.count === 1).map((r) => [r.first, r.bytes] as const),
  ]);
  for (let grid = cellMap(rows, zoom); ; grid = parentCells(grid, zoom--)) {
    const view = clustersOfCells(grid, zoom);
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
