/**
 * The map's state in the URL, declared in one place: each key with its
 * decoder and encoder. The filters use the API's own parameter names, so a
 * map view and its download agree. Pure: used by the server page and the
 * client.
 *
 *   incident  the open incident's id                ?incident=ontario-surgery-center-2025-07-08
 *   setting   settings, repeatable or comma-joined  ?setting=courthouse
 *   agency    agencies, likewise                    ?agency=ice
 *   from, to  a date range, YYYY-MM-DD              ?from=2025-07-01&to=2025-07-31
 *   q         text search                           ?q=clinic
 *   map       the view, zoom/latitude/longitude     ?map=9/34.0633/-117.6509
 *
 * The language is not here: it is the page's path (`/` or `/es`, lib/shared/i18n/paths.ts).
 *
 * Decoding forgives: a value it cannot represent is dropped (and the page
 * then writes the URL it did understand), never an error page.
 *
 * Client-safe on purpose: lib/shared/filters.ts and lib/shared/schema.ts pull zod into the
 * browser bundle, so this module imports only their types, and the
 * vocabularies from lib/shared/vocabulary.ts, which the schema's enums are
 * made of.
 */
import type { Filters } from './filters';
import { AGENCIES, isPossibleId, SETTINGS } from './vocabulary';

export type MapFilters = Omit<Filters, 'bbox'>;

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

export interface UrlState {
  incident?: string;
  filters: MapFilters;
  view?: MapView;
}

export const SETTING_VALUES = SETTINGS;
export const AGENCY_VALUES = AGENCIES;

/** The API's limit on `q` (lib/shared/filters.ts MAX_QUERY_LENGTH). */
export const MAX_QUERY_LENGTH = 200;

export const NO_FILTERS: MapFilters = { setting: [], agency: [] };
export const DEFAULT_STATE: UrlState = { filters: NO_FILTERS };

export const MIN_ZOOM = 2;
export const MAX_ZOOM = 18;

/** A real calendar date YYYY-MM-DD (not 2025-02-30). */
export function isDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999 (0000-02-29 is a real day).
  const days = new Date(0);
  days.setUTCFullYear(y, mo, 0);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days.getUTCDate();
}

function oneOf<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  const values = params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim());
  return [...new Set(values.filter((v): v is T => (allowed as readonly string[]).includes(v)))].sort();
}

function decodeFilters(params: URLSearchParams): MapFilters {
  const filters: MapFilters = {
    setting: oneOf(params, 'setting', SETTING_VALUES),
    agency: oneOf(params, 'agency', AGENCY_VALUES),
  };
  const from = params.get('from');
  if (from && isDate(from)) filters.from = from;
  const to = params.get('to');
  if (to && isDate(to)) filters.to = to;
  // A range that ends before it starts cannot be represented: keep its start.
  if (filters.from && filters.to && filters.from > filters.to) delete filters.to;
  const q = params.get('q')?.trim();
  if (q && q.length <= MAX_QUERY_LENGTH) filters.q = q;
  return filters;
}

/**
 * The filters as query parameters, in the order of lib/shared/filters.ts's
 * filtersToParams (from, to, setting, agency, q; lists sorted): one cache
 * key per selection.
 */
export function filterParams(filters: MapFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  for (const s of [...filters.setting].sort()) params.append('setting', s);
  for (const a of [...filters.agency].sort()) params.append('agency', a);
  if (filters.q) params.set('q', filters.q);
  return params;
}

/** Parses `zoom/lat/lng`; undefined unless every part is in range. */
export function decodeView(value: string | null): MapView | undefined {
  const m = /^(\d{1,2})\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/.exec(value ?? '');
  if (!m) return undefined;
  const [zoom, lat, lng] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM || Math.abs(lat) > 85 || Math.abs(lng) > 180) return undefined;
  return { zoom, lat, lng };
}

export function encodeView(view: MapView): string {
  const round = (x: number) => String(Math.round(x * 1e4) / 1e4);
  return `${Math.round(view.zoom)}/${round(view.lat)}/${round(view.lng)}`;
}

/** The state in `params`, keeping what it can represent. */
export function decodeState(params: URLSearchParams): UrlState {
  const state: UrlState = { filters: decodeFilters(params) };
  const incident = params.get('incident');
  if (incident && isPossibleId(incident)) state.incident = incident;
  const view = decodeView(params.get('map'));
  if (view) state.view = view;
  return state;
}

/** The query of `state`, in a stable order; defaults are left out. */
export function encodeState(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.incident) params.set('incident', state.incident);
  for (const [k, v] of filterParams(state.filters)) params.append(k, v);
  if (state.view) params.set('map', encodeView(state.view));
  return params;
}

/** The address of `state` on the map page at `path` (`/`, `/es`, `/embed`…): `path` or `path?…`. */
export function stateHref(state: UrlState, path = '/'): string {
  const query = encodeState(state).toString();
  return query ? `${path}?${query}` : path;
}

/** True when `state` survives a round trip through the URL unchanged. */
export function isRepresentable(state: UrlState): boolean {
  return stateHref(decodeState(encodeState(state))) === stateHref(state);
}

export function hasFilters(filters: MapFilters): boolean {
  return !!(filters.setting.length || filters.agency.length || filters.from || filters.to || filters.q);
}

/** The filters but the dates: the selection the timeline draws its histogram of. */
export function withoutDates(filters: MapFilters): MapFilters {
  const { from: _from, to: _to, ...rest } = filters;
  return rest;
}

/** Next's `searchParams` record (a key may repeat) as URLSearchParams, for decodeState on the server. */
export function searchParamsOf(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) for (const v of [value ?? []].flat()) params.append(key, v);
  return params;
}
