/**
 * The URLs the map asks the API, which are also SWR's cache keys: the hook,
 * the route handler and the cache share one name. Pure: the server page
 * builds the same keys for SWR's fallback.
 */
import { filterParams, type MapFilters } from './url-state';
import type { BBox } from './filters';

export const INCIDENTS_API = '/api/incidents';
export const SUMMARY_API = '/api/summary';

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

/**
 * `/api/incidents?…&bbox=…&zoom=z`: what the map shows at a view, points or
 * server-side clusters. The box is rounded to about a metre and its
 * longitudes brought into -180..180 (Leaflet's reach past the antimeridian
 * at low zooms), as the API requires; west > east crosses the antimeridian.
 */
export function viewportKey(filters: MapFilters, bbox: BBox, zoom: number): string {
  const params = filterParams(filters);
  params.set('bbox', normaliseBBox(bbox).join(','));
  params.set('zoom', String(Math.max(0, Math.round(zoom))));
  return withQuery(INCIDENTS_API, params);
}

// `|| 0`: no -0 (String(-0) is "0" anyway; this keeps the box equal to what the API parses).
const round = (x: number) => Math.round(x * 1e5) / 1e5 || 0;
const wrap = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;

/** The box as the API accepts it. */
export function normaliseBBox([west, south, east, north]: BBox): BBox {
  const s = Math.max(-90, round(south));
  const n = Math.min(90, round(north));
  if (east - west >= 360) return [-180, s, 180, n];
  const w = west < -180 || west > 180 ? wrap(west) : west;
  let e = east < -180 || east > 180 ? wrap(east) : east;
  // wrap(180) is -180: an east edge exactly on the antimeridian stays 180.
  if (e === -180 && east > west) e = 180;
  return [round(w), s, round(e), n];
}
