/**
 * The filters of the incident API, parsed from a query string. The same names
 * serve the API and the map's URL, so a map view and its download agree.
 * Pure: safe to import from client code.
 */
import { AGENCIES, SETTINGS, isCalendarDate, type Agency, type Setting } from './schema';

export type BBox = [west: number, south: number, east: number, north: number];

export interface Filters {
  bbox?: BBox;
  from?: string;
  to?: string;
  setting: Setting[];
  agency: Agency[];
  q?: string;
  /**
   * The map's zoom level. Not a filter of incidents: with it the API may
   * answer clusters where the view holds too many points to send.
   */
  zoom?: number;
}

export const FILTER_PARAMS = ['bbox', 'from', 'to', 'setting', 'agency', 'q', 'zoom'] as const;
/** Zoom levels of web maps (Leaflet, OSM tiles). */
export const MAX_ZOOM = 22;
export const MAX_QUERY_LENGTH = 200;

/** A query parameter that could not be understood, and what it expects instead. */
export class FilterError extends Error {
  constructor(
    readonly parameter: string,
    readonly expected: string,
    readonly received?: string,
  ) {
    super(`invalid "${parameter}": expected ${expected}`);
    this.name = 'FilterError';
  }

  toJSON() {
    return { error: this.message, parameter: this.parameter, expected: this.expected, received: this.received };
  }
}

function single(params: URLSearchParams, name: string): string | undefined {
  const all = params.getAll(name);
  if (all.length > 1) throw new FilterError(name, 'at most one value', all.join(', ').slice(0, 200));
  return all[0];
}

/** Repeatable parameters accept `?setting=a&setting=b` and `?setting=a,b`. */
function many<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  for (const v of values) {
    if (!allowed.includes(v as T)) throw new FilterError(name, `one or more of ${allowed.join(', ')}`, v.slice(0, 200));
  }
  return [...new Set(values)] as T[];
}

/** A `bbox` parameter's box; a FilterError naming what is wrong otherwise. */
export function parseBBox(value: string): BBox {
  const expected =
    'four numbers "west,south,east,north" in degrees, longitude -180..180, latitude -90..90, south <= north';
  const parts = value.split(',');
  // Exponents too: String(1e-7) is "1e-7", so filtersToParams can write them.
  if (parts.length !== 4 || parts.some((p) => !/^\s*-?\d+(\.\d+)?(e[-+]?\d+)?\s*$/i.test(p)))
    throw new FilterError('bbox', expected, value.slice(0, 200));
  const [west, south, east, north] = parts.map(Number);
  const lonOk = (x: number) => x >= -180 && x <= 180;
  const latOk = (y: number) => y >= -90 && y <= 90;
  if (!lonOk(west) || !lonOk(east) || !latOk(south) || !latOk(north) || south > north) {
    throw new FilterError('bbox', expected, value.slice(0, 200));
  }
  return [west, south, east, north];
}

function parseDate(name: 'from' | 'to', value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) {
    throw new FilterError(name, 'a calendar date YYYY-MM-DD, e.g. 2025-07-08', value.slice(0, 200));
  }
  return value;
}

function parseZoom(value: string): number {
  const zoom = Number(value);
  if (!/^\d{1,2}$/.test(value.trim()) || zoom > MAX_ZOOM)
    throw new FilterError('zoom', `a whole number from 0 to ${MAX_ZOOM}`, value.slice(0, 200));
  return zoom;
}

/**
 * Parses the filters in `params`. Throws a FilterError naming the first
 * parameter it cannot accept, including unknown ones (a typo must not
 * silently return everything). `allowExtra` names further parameters the
 * caller handles itself (e.g. "format").
 *
 * @example
 * parseFilters(new URLSearchParams('setting=courthouse&from=2025-07-01'))
 * // { setting: ['courthouse'], agency: [], from: '2025-07-01' }
 */
export function parseFilters(params: URLSearchParams, allowExtra: readonly string[] = []): Filters {
  for (const name of new Set(params.keys())) {
    if (!(FILTER_PARAMS as readonly string[]).includes(name) && !allowExtra.includes(name)) {
      throw new FilterError(
        name.slice(0, 100),
        `no such parameter; known parameters are ${[...FILTER_PARAMS, ...allowExtra].join(', ')}`,
      );
    }
  }
  const filters: Filters = { setting: many(params, 'setting', SETTINGS), agency: many(params, 'agency', AGENCIES) };
  const bbox = single(params, 'bbox');
  if (bbox !== undefined) filters.bbox = parseBBox(bbox);
  const from = single(params, 'from');
  if (from !== undefined) filters.from = parseDate('from', from);
  const to = single(params, 'to');
  if (to !== undefined) filters.to = parseDate('to', to);
  if (filters.from && filters.to && filters.from > filters.to) {
    throw new FilterError('to', `a date on or after "from" (${filters.from})`, filters.to);
  }
  const q = single(params, 'q');
  if (q !== undefined) {
    if (q.length > MAX_QUERY_LENGTH) throw new FilterError('q', `text of at most ${MAX_QUERY_LENGTH} characters`);
    if (q.trim()) filters.q = q.trim();
  }
  const zoom = single(params, 'zoom');
  if (zoom !== undefined) filters.zoom = parseZoom(zoom);
  return filters;
}

/** The query string for `filters`, in a stable order (one cache key per selection). */
export function filtersToParams(filters: Partial<Filters>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.bbox) params.set('bbox', filters.bbox.join(','));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  for (const s of [...(filters.setting ?? [])].sort()) params.append('setting', s);
  for (const a of [...(filters.agency ?? [])].sort()) params.append('agency', a);
  if (filters.q) params.set('q', filters.q);
  if (filters.zoom !== undefined) params.set('zoom', String(filters.zoom));
  return params;
}
