/**
 * The URLs the map asks the API, which are also SWR's cache keys: the hook,
 * the route handler and the cache share one name. Pure: the server page
 * builds the same keys for SWR's fallback.
 */
import { filterParams, type MapFilters } from './url-state';
import type { BBox } from './filters';
import { TILE_MAX_ZOOM, tilePath, tilesCovering, type Tile } from './tiles/address';

export const INCIDENTS_API = '/api/incidents';
export const SUMMARY_API = '/api/summary';
export const TILES_API = '/api/tiles';

function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** `/api/incidents?…` for `filters`, the parameters in a stable order: the whole selection. */
export function incidentsKey(filters: MapFilters): string {
  return withQuery(INCIDENTS_API, filterParams(filters));
}

/** `/api/summary?…`: the count of the selection and its incidents per month. */
export function summaryKey(filters: MapFilters): string {
  return withQuery(SUMMARY_API, filterParams(filters));
}

/** `/api/incidents/{id}`. */
export function incidentKey(id: string): string {
  return `${INCIDENTS_API}/${encodeURIComponent(id)}`;
}

/** `/api/tiles/{z}/{x}/{y}?…`: one tile of the map's data, points or clusters (lib/index/tile.ts). */
export function tileKey(filters: MapFilters, tile: Tile): string {
  return withQuery(`${TILES_API}/${tilePath(tile)}`, filterParams(filters));
}

/**
 * The tiles' keys for a view (a box as Leaflet reports it, at a zoom):
 * the tiles covering it at the zoom rounded to a whole one, within the
 * tiles' zooms. Two views of the same area at the same zoom share them.
 *
 * @example
 * viewTileKeys({ setting: [], agency: [] }, [-118, 33.9, -117.2, 34.2], 9.2)
 * // ['/api/tiles/9/88/204', '/api/tiles/9/89/204']
 */
export function viewTileKeys(filters: MapFilters, bbox: BBox, zoom: number): string[] {
  const z = Math.max(0, Math.min(TILE_MAX_ZOOM, Math.round(zoom)));
  return tilesCovering(bbox, z).map((tile) => tileKey(filters, tile));
}
