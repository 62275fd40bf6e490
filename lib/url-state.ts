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
 *   lang      the interface language (default en)   ?lang=es
 *
 * Decoding forgives: a value it cannot represent is dropped (and the page
 * then writes the URL it did understand), never an error page.
 */
import { FilterError, filtersToParams, parseFilters, type Filters } from './filters';
import { LOCALES, type Locale } from './i18n';

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
  lang: Locale;
}

export const NO_FILTERS: MapFilters = { setting: [], agency: [] };
export const DEFAULT_STATE: UrlState = { filters: NO_FILTERS, lang: 'en' };

const FILTER_KEYS = ['setting', 'agency', 'from', 'to', 'q'] as const;
export const STATE_KEYS = ['incident', ...FILTER_KEYS, 'map', 'lang'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 18;

/** Parses one filter key alone with the API's parser; undefined if it rejects the value. */
function parseOne(key: (typeof FILTER_KEYS)[number], value: string): Partial<MapFilters> | undefined {
  try {
    return parseFilters(new URLSearchParams([[key, value]]));
  } catch (e) {
    if (e instanceof FilterError) return undefined;
    throw e;
  }
}

function decodeFilters(params: URLSearchParams): MapFilters {
  const filters: MapFilters = { setting: [], agency: [] };
  for (const key of ['setting', 'agency'] as const) {
    const values = params.getAll(key).flatMap((v) => v.split(','));
    const valid = values.flatMap((v) => (parseOne(key, v)?.[key] ?? []) as string[]);
    (filters[key] as string[]) = [...new Set(valid)];
  }
  for (const key of ['from', 'to', 'q'] as const) {
    const value = params.get(key);
    const parsed = value === null ? undefined : parseOne(key, value)?.[key];
    if (parsed) filters[key] = parsed;
  }
  // A range that ends before it starts cannot be represented: keep its start.
  if (filters.from && filters.to && filters.from > filters.to) delete filters.to;
  return filters;
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
  const state: UrlState = { filters: decodeFilters(params), lang: 'en' };
  const incident = params.get('incident');
  if (incident && incident.length <= 120 && ID.test(incident)) state.incident = incident;
  const view = decodeView(params.get('map'));
  if (view) state.view = view;
  const lang = params.get('lang');
  if ((LOCALES as readonly string[]).includes(lang ?? '')) state.lang = lang as Locale;
  return state;
}

/** The query of `state`, in a stable order; defaults are left out. */
export function encodeState(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.incident) params.set('incident', state.incident);
  for (const [k, v] of filtersToParams(state.filters)) params.append(k, v);
  if (state.view) params.set('map', encodeView(state.view));
  if (state.lang !== 'en') params.set('lang', state.lang);
  return params;
}

/** The address of `state` on the map page: `/` or `/?…`. */
export function stateHref(state: UrlState): string {
  const query = encodeState(state).toString();
  return query ? `/?${query}` : '/';
}

/** True when `state` survives a round trip through the URL unchanged. */
export function isRepresentable(state: UrlState): boolean {
  return stateHref(decodeState(encodeState(state))) === stateHref(state);
}

export function hasFilters(filters: MapFilters): boolean {
  return !!(filters.setting.length || filters.agency.length || filters.from || filters.to || filters.q);
}
