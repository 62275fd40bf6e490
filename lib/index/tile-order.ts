/**
 * The point incidents in tile order, built once at load: sorted by the
 * quadkey of the deepest cell of the grid each lies in (lib/shared/tiles/cells.ts),
 * so the points of any tile, or of any cell, are one run of this order,
 * found by two binary searches and read in sequence. A tile then costs its
 * own points, with no search of a tree and no test of which tile a point is
 * in: low-zoom tiles hold tens of thousands.
 */
import 'server-only';
import { TILE_MAX_ZOOM, slot, type Tile } from '../shared/tiles/address';
import { CELLS_PER_TILE, cellsAcross } from '../shared/tiles/cells';
import type { Positions } from './columns';

/** Quadkey digits of the deepest cells: the deepest tiles' zoom, and two more for their 4 × 4 cells. */
const DEPTH = TILE_MAX_ZOOM + Math.log2(CELLS_PER_TILE);

export interface TileOrder {
  /** Quadkeys, ascending (below 4^DEPTH = 2^40: exact in a double). */
  keys: Float64Array;
  /** The feature index of each key's point. */
  features: Uint32Array;
}

/** The quadkey of column `cx` and row `cy` among `digits`-deep cells. */
function quadkey(cx: number, cy: number, digits: number): number {
  let key = 0;
  for (let d = digits - 1; d >= 0; d--)
    key = key * 4 + (Math.floor(cx / 2 ** d) % 2) + 2 * (Math.floor(cy / 2 ** d) % 2);
  return key;
}

export function buildTileOrder(at: Positions): TileOrder {
  const n = cellsAcross(TILE_MAX_ZOOM);
  const points: number[] = [];
  for (let i = 0; i < at.area.length; i++) if (!at.area[i]) points.push(i);
  const keyOf = new Float64Array(at.area.length);
  for (const i of points) keyOf[i] = quadkey(slot(at.mx[i], n), slot(at.my[i], n), DEPTH);
  points.sort((a, b) => keyOf[a] - keyOf[b] || a - b);
  return { keys: Float64Array.from(points, (i) => keyOf[i]), features: Uint32Array.from(points) };
}

/** The first position in `keys` whose key is at least `key`. */
function lowerBound(keys: Float64Array, key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Positions [from, to) in `order` of the points of `tile`: its quadkey
 * followed by any deeper digits.
 */
export function tileRange(order: TileOrder, tile: Tile): [number, number] {
  const span = 4 ** (DEPTH - tile.z);
  const first = quadkey(tile.x, tile.y, tile.z) * span;
  return [lowerBound(order.keys, first), lowerBound(order.keys, first + span)];
}
