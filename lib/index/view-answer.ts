/**
 * The answers to the map's data: a view, `GET /api/incidents?bbox=…&zoom=z`
 * (app/api/incidents/selection.ts), and a tile, `GET /api/tiles/{z}/{x}/{y}`,
 * serialised with their ETags.
 */
import 'server-only';
import { FilterError, parseFilters, type Filters } from '../shared/filters';
import { GEOJSON, prepare, type Prepared } from '../http';
import { tileJson, viewJson } from '../incidents';
import { TILE_MAX_ZOOM, isTile, type Tile } from '../shared/tiles/address';

/** The view of `filters` (which carry a zoom) as the API serves it. */
export async function viewAnswer(filters: Filters): Promise<Prepared> {
  return prepare(await viewJson(filters), GEOJSON);
}

/** One number of a tile's path: digits only, so "1e1", "+1" and "01.0" are not addresses a cache would keep apart. */
function coordinate(name: 'z' | 'x' | 'y', value: string, expected: string): number {
  if (!/^\d{1,8}$/.test(value)) throw new FilterError(name, expected, value.slice(0, 200));
  return Number(value);
}

/** The tile a path names, or a FilterError naming the part that is not one. */
export function parseTile(path: { z: string; x: string; y: string }): Tile {
  const z = coordinate('z', path.z, `a whole number from 0 to ${TILE_MAX_ZOOM}`);
  if (z > TILE_MAX_ZOOM) throw new FilterError('z', `a whole number from 0 to ${TILE_MAX_ZOOM}`, path.z);
  const last = `a whole number from 0 to ${2 ** z - 1} at zoom ${z}`;
  const tile = { z, x: coordinate('x', path.x, last), y: coordinate('y', path.y, last) };
  if (!isTile(tile))
    throw new FilterError(tile.x >= 2 ** z ? 'x' : 'y', last, String(tile.x >= 2 ** z ? tile.x : tile.y));
  return tile;
}

/** The tile's incidents under the filters in `params` (no bbox or zoom: the tile is both) as the API serves them. */
export async function tileAnswer(
  path: { z: string; x: string; y: string },
  params: URLSearchParams,
): Promise<Prepared> {
  const tile = parseTile(path);
  for (const name of ['bbox', 'zoom']) {
    if (params.has(name))
      throw new FilterError(name, `no ${name}: a tile's address is its box and zoom`, params.get(name)!.slice(0, 200));
  }
  return prepare(await tileJson(parseFilters(params), tile), GEOJSON);
}
