/**
 * The filter attributes of every incident in typed arrays, built at load,
 * and a filter compiled against them: a view tests thousands of incidents per
 * request, and reading a byte per incident is many times faster than
 * reading its properties. It answers exactly what lib/shared/match.ts answers (a
 * unit test compares the two); text and area geometry are left to the caller.
 */
import 'server-only';
import { endOfPeriod, startOfPeriod } from '../shared/match';
import { AGENCIES, SETTINGS } from '../shared/schema';
import type { BBox, Filters } from '../shared/filters';
import type { ApiFeature } from '../shared/types';
import { mercator } from '../shared/tiles/mercator';

/** Where each incident is: a point's own position, an area's box centre; degrees, and Web Mercator 0..1 across the world. */
export interface Positions {
  /** 1 for an area (Polygon, MultiPolygon), 0 for a point. */
  area: Uint8Array;
  x: Float64Array;
  y: Float64Array;
  mx: Float64Array;
  my: Float64Array;
}

export function positionsOf(features: readonly ApiFeature[]): Positions {
  const n = features.length;
  const p: Positions = {
    area: new Uint8Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    mx: new Float64Array(n),
    my: new Float64Array(n),
  };
  features.forEach((f, i) => {
    const b = f.bbox;
    const [lng, lat] = f.geometry.type === 'Point' ? f.geometry.coordinates : [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
    const [mx, my] = mercator(lng, lat);
    p.area[i] = f.geometry.type === 'Point' ? 0 : 1;
    p.x[i] = lng;
    p.y[i] = lat;
    p.mx[i] = mx;
    p.my[i] = my;
  });
  return p;
}

export interface Columns extends Positions {
  /** Bit of the setting (its place in SETTINGS). */
  setting: Uint32Array;
  /** Bits of the agencies (their places in AGENCIES). */
  agencies: Uint32Array;
  /** First and last day of the incident's period, as yyyymmdd. */
  start: Uint32Array;
  end: Uint32Array;
}

/** yyyymmdd of a date given to the day. */
const day = (date: string) =>
  Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
const bit = (list: readonly string[], value: string) => 2 ** list.indexOf(value);

export function buildColumns(features: readonly ApiFeature[]): Columns {
  const n = features.length;
  const c: Columns = {
    ...positionsOf(features),
    setting: new Uint32Array(n),
    agencies: new Uint32Array(n),
    start: new Uint32Array(n),
    end: new Uint32Array(n),
  };
  features.forEach((f, i) => {
    const p = f.properties;
    c.setting[i] = bit(SETTINGS, p.setting);
    c.agencies[i] = p.agencies.reduce((bits, a) => bits | bit(AGENCIES, a), 0);
    c.start[i] = day(startOfPeriod(p.date));
    c.end[i] = day(endOfPeriod(p.endDate ?? p.date));
  });
  return c;
}

/**
 * A test of feature indices against the filters' dates, settings, agencies
 * and box: a point's own coordinates, an area through `areaMeets(i, box)`
 * (its geometry, the caller's business). Text (`q`) is not tested here.
 */
export function compileFilters(
  c: Columns,
  filters: Filters,
  areaMeets: (i: number, box: BBox) => boolean,
): (i: number) => boolean {
  const settings = filters.setting.length ? filters.setting.reduce((bits, s) => bits | bit(SETTINGS, s), 0) : -1;
  const agencies = filters.agency.reduce((bits, a) => bits | bit(AGENCIES, a), 0);
  const from = filters.from ? day(filters.from) : 0;
  const to = filters.to ? day(filters.to) : 99999999;
  const box = filters.bbox;
  const across = !!box && box[0] > box[2];
  return (i) => {
    if (!(c.setting[i] & settings) || (agencies && !(c.agencies[i] & agencies)) || c.end[i] < from || c.start[i] > to)
      return false;
    if (!box) return true;
    if (c.area[i]) return areaMeets(i, box);
    const x = c.x[i];
    const y = c.y[i];
    return y >= box[1] && y <= box[3] && (across ? x >= box[0] || x <= box[2] : x >= box[0] && x <= box[2]);
  };
}
