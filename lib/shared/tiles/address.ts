/**
 * Tile addresses: the fixed grid of 256-pixel Web Mercator tiles that
 * Leaflet's GridLayer and every tile server use, `z/x/y` with y from the
 * north. The map asks for its data tile by tile, so two readers of the same
 * area ask for the same URLs and a cache in front answers both; a pan asks
 * only for the tiles it has not seen. Pure: used by client and server.
 */
import { MAX_ZOOM } from '../url-state';
import type { BBox } from '../filters';
import { latitudeOf, longitudeOf, mercator } from './mercator';

export interface Tile {
  z: number;
  x: number;
  y: number;
}

/** The deepest zoom the map shows, so the deepest tile there is. */
export const TILE_MAX_ZOOM = MAX_ZOOM;

/** At most this many tiles are asked for one view: more means a box far larger than any screen at its zoom. */
export const MAX_VIEW_TILES = 64;

/** `z/x/y`. */
export const tilePath = ({ z, x, y }: Tile) => `${z}/${x}/${y}`;

/** True when `t` addresses a tile: whole numbers, z within 0..TILE_MAX_ZOOM, x and y within the world at z. */
export function isTile({ z, x, y }: Tile): boolean {
  const n = 2 ** z;
  return (
    Number.isInteger(z) &&
    Number.isInteger(x) &&
    Number.isInteger(y) &&
    z >= 0 &&
    z <= TILE_MAX_ZOOM &&
    x >= 0 &&
    x < n &&
    y >= 0 &&
    y < n
  );
}

/** The column or row (0..n-1) of a Web Mercator fraction at a grid of n per world; the east and south edges belong to the last. */
export const slot = (fraction: number, n: number) => Math.max(0, Math.min(n - 1, Math.floor(fraction * n)));

/**
 * The tile a point lies in at `z`. Each point lies in exactly one tile: a
 * point on a tile's west or north edge belongs to it, on its east or south
 * edge to the next.
 *
 * @example
 * tileOf(-117.65, 34.06, 10) // { z: 10, x: 177, y: 408 }
 */
export function tileOf(lng: number, lat: number, z: number): Tile {
  const [x, y] = mercator(lng, lat);
  const n = 2 ** z;
  return { z, x: slot(x, n), y: slot(y, n) };
}

/** The tile's box in degrees, [west, south, east, north]. */
export function tileBBox({ z, x, y }: Tile): BBox {
  const n = 2 ** z;
  return [longitudeOf(x / n), latitudeOf((y + 1) / n), longitudeOf((x + 1) / n), latitudeOf(y / n)];
}

/**
 * The tiles at `z` that cover `box` (as Leaflet reports a view: west may be
 * below -180 or east above 180 when the view reaches past the antimeridian;
 * such columns wrap around the world). Row by row from the north-west; at
 * most MAX_VIEW_TILES (the view's centre rows first would matter only for
 * boxes no screen shows).
 *
 * @example
 * tilesCovering([-118, 33.9, -117.2, 34.2], 9).map(tilePath) // ['9/88/204', '9/89/204']
 */
export function tilesCovering([west, south, east, north]: BBox, z: number): Tile[] {
  const n = 2 ** z;
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const first = Math.floor(x0 * n);
  // A whole world (or more) is every column once.
  const last = x1 - x0 >= 1 ? first + n - 1 : Math.min(Math.ceil(x1 * n) - 1, first + n - 1);
  // A box ending on a tile's edge does not need the tile beyond it.
  const top = slot(y0, n);
  const bottom = Math.max(top, Math.min(n - 1, Math.ceil(y1 * n) - 1));
  const tiles: Tile[] = [];
  for (let y = top; y <= bottom; y++) {
    for (let column = first; column <= Math.max(first, last); column++) {
      if (tiles.length === MAX_VIEW_TILES) return tiles;
      tiles.push({ z, x: ((column % n) + n) % n, y });
    }
  }
  return tiles;
}
