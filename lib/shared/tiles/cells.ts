/**
 * The one clustering of the map, on server and client: a grid of square
 * cells, CELLS_PER_TILE to a tile's side, aligned to the tile grid. Points
 * sharing a cell at a zoom are one cluster there; a point alone in its cell
 * stays itself. So a cell lies in one tile (tiles are clustered apart and
 * merged without seams), the cell of a point never depends on the filters
 * (clusters do not jump when a filter changes), and cells nest from one zoom
 * to the next (a cluster splits where its members' cells part, a zoom
 * known from their extent alone). Linear in the points, deterministic for
 * any order. Pure: used by client and server.
 */
import type { BBox } from '../filters';
import { TILE_MAX_ZOOM, slot } from './address';

/** Cells along a 256-pixel tile's side: 64-pixel cells, a marker and its neighbour's margin. */
export const CELLS_PER_TILE = 4;

/** A cluster as the API serves it: a Point Feature whose properties say what it holds and where to zoom. */
export interface ApiCluster {
  type: 'Feature';
  id: string;
  bbox: BBox;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { cluster: true; count: number; expansionZoom: number; bbox: BBox };
}

/** Where points are, by index: degrees and Web Mercator fractions (lib/shared/tiles/mercator.ts). */
export interface Located {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  mx: ArrayLike<number>;
  my: ArrayLike<number>;
}

/** The points of one cell. */
export interface Cell {
  /** Column and row of the cell in the world's grid at the zoom. */
  cx: number;
  cy: number;
  /** Indices of the members, in the order met. */
  members: number[];
  /** Sums of longitudes and latitudes, for the mean position. */
  sumX: number;
  sumY: number;
  /** The members' box in degrees. */
  bbox: BBox;
  /** The members' extent in Web Mercator [x0, y0, x1, y1]: where they part. */
  extent: [number, number, number, number];
}

/** Cells in the world's grid along one side at `zoom`. */
export const cellsAcross = (zoom: number) => 2 ** zoom * CELLS_PER_TILE;

/**
 * Gathers `indices` into the cells of the grid at `zoom`, keyed by
 * row × cellsAcross + column.
 *
 * @example
 * gatherCells(at, [0, 1, 2], 4) // Map { 81923 => { members: [0, 1], … }, 90210 => { members: [2], … } }
 */
export function gatherCells(at: Located, indices: Iterable<number>, zoom: number): Map<number, Cell> {
  const n = cellsAcross(zoom);
  const cells = new Map<number, Cell>();
  for (const i of indices) {
    const mx = at.mx[i];
    const my = at.my[i];
    const lng = at.x[i];
    const lat = at.y[i];
    const cx = slot(mx, n);
    const cy = slot(my, n);
    const key = cy * n + cx;
    const cell = cells.get(key);
    if (!cell) {
      cells.set(key, {
        cx,
        cy,
        members: [i],
        sumX: lng,
        sumY: lat,
        bbox: [lng, lat, lng, lat],
        extent: [mx, my, mx, my],
      });
      continue;
    }
    cell.members.push(i);
    cell.sumX += lng;
    cell.sumY += lat;
    const { bbox, extent } = cell;
    if (lng < bbox[0]) bbox[0] = lng;
    if (lat < bbox[1]) bbox[1] = lat;
    if (lng > bbox[2]) bbox[2] = lng;
    if (lat > bbox[3]) bbox[3] = lat;
    if (mx < extent[0]) extent[0] = mx;
    if (my < extent[1]) extent[1] = my;
    if (mx > extent[2]) extent[2] = mx;
    if (my > extent[3]) extent[3] = my;
  }
  return cells;
}

/**
 * The first zoom above `zoom` at which points spanning `extent` (Web
 * Mercator) lie in more than one cell, so their cluster splits; TILE_MAX_ZOOM + 1
 * when they share a cell even at the map's deepest zoom (the map spreads them).
 */
export function expansionZoom([x0, y0, x1, y1]: readonly number[], zoom: number): number {
  for (let z = zoom + 1; z <= TILE_MAX_ZOOM; z++) {
    const n = cellsAcross(z);
    if (slot(x0, n) !== slot(x1, n) || slot(y0, n) !== slot(y1, n)) return z;
  }
  return TILE_MAX_ZOOM + 1;
}

/** A position to five decimals (about a metre), as the data's coordinates are. */
export const round = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * A cell of two points or more as the API serves it. Its id names the cell
 * (`cluster-{zoom}-{column}-{row}`, `kind` before the column to tell two
 * grids in one answer apart), so the same place keeps its id under any
 * filter; it stands at its members' mean position.
 */
export function clusterOf(cell: Cell, zoom: number, kind = ''): ApiCluster {
  const count = cell.members.length;
  const bbox: BBox = [...cell.bbox];
  return {
    type: 'Feature',
    id: `cluster-${zoom}-${kind}${cell.cx}-${cell.cy}`,
    bbox,
    geometry: { type: 'Point', coordinates: [round(cell.sumX / count), round(cell.sumY / count)] },
    properties: { cluster: true, count, expansionZoom: expansionZoom(cell.extent, zoom), bbox },
  };
}

/**
 * The cells at `zoom` - 1 of `cells` at `zoom`: each merged into its parent
 * (cells nest), so a lower zoom costs a pass over the cells, not the points.
 */
export function parentCells(cells: Map<number, Cell>, zoom: number): Map<number, Cell> {
  const n = cellsAcross(zoom - 1);
  const parents = new Map<number, Cell>();
  for (const c of cells.values()) {
    const cx = Math.floor(c.cx / 2);
    const cy = Math.floor(c.cy / 2);
    const key = cy * n + cx;
    const p = parents.get(key);
    if (!p) {
      parents.set(key, { ...c, cx, cy, members: [...c.members], bbox: [...c.bbox], extent: [...c.extent] });
      continue;
    }
    for (const i of c.members) p.members.push(i);
    p.sumX += c.sumX;
    p.sumY += c.sumY;
    p.bbox = [
      Math.min(p.bbox[0], c.bbox[0]),
      Math.min(p.bbox[1], c.bbox[1]),
      Math.max(p.bbox[2], c.bbox[2]),
      Math.max(p.bbox[3], c.bbox[3]),
    ];
    p.extent = [
      Math.min(p.extent[0], c.extent[0]),
      Math.min(p.extent[1], c.extent[1]),
      Math.max(p.extent[2], c.extent[2]),
      Math.max(p.extent[3], c.extent[3]),
    ];
  }
  return parents;
}

/** The clusters (cells of two or more) and single points (indices, ascending) of cells at `zoom`. */
export function clustersOfCells(
  cells: Map<number, Cell>,
  zoom: number,
  kind = '',
): { clusters: ApiCluster[]; points: number[] } {
  const clusters: ApiCluster[] = [];
  const points: number[] = [];
  for (const cell of cells.values()) {
    if (cell.members.length === 1) points.push(cell.members[0]);
    else clusters.push(clusterOf(cell, zoom, kind));
  }
  return { clusters, points: points.sort((a, b) => a - b) };
}

/**
 * The clusters (cells of two or more) and single points (indices, ascending)
 * of `indices` at `zoom`.
 */
export function clusterCells(
  at: Located,
  indices: Iterable<number>,
  zoom: number,
  kind = '',
): { clusters: ApiCluster[]; points: number[] } {
  return clustersOfCells(gatherCells(at, indices, zoom), zoom, kind);
}
