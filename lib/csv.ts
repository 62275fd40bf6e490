/**
 * CSV (RFC 4180) for the incident API: one row per incident, for spreadsheets.
 *
 * Numbers stay numbers; text cells that a spreadsheet would run as a formula
 * (starting with = + - @ tab or CR) get a leading apostrophe. Numeric cells are
 * never touched: longitudes west of Greenwich are negative and must stay so.
 */
import 'server-only';
import turfCentroid from '@turf/centroid';
import { incidentText, prose } from './shared/i18n/content';
import type { Locale } from './shared/i18n/translate';
import type { ApiFeature } from './shared/types';

/** A cell: text (guarded against formulas), a number (written as is), or empty. */
export type Cell = string | number | undefined | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as RFC 4180 text. */
export function csvCell(value: Cell): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return String(value);
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table: header row first, CRLF after every record (RFC 4180 §2). */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

export const INCIDENT_COLUMNS = [
  'id',
  'title',
  'date',
  'date_precision',
  'end_date',
  'setting',
  'agencies',
  'place',
  'address',
  'city',
  'counties',
  'county_fips',
  'state',
  'location_precision',
  'radius_m',
  'longitude',
  'latitude',
  'location_basis',
  'source_count',
  'source_urls',
  'updated',
  'url',
] as const;

/** Five decimals is about a metre: as precise as the dataset's coordinates. */
function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

/** A point's own coordinates; an area's centroid (its precision column says "region"). */
export function representativePoint(f: ApiFeature): [number, number] {
  const [lon, lat] =
    f.geometry.type === 'Point' ? f.geometry.coordinates : turfCentroid(f.geometry).geometry.coordinates;
  return [round5(lon), round5(lat)];
}

/** One incident's row; its prose columns (title, place, location_basis) in `lang`, its page link in that edition. */
function incidentRow(f: ApiFeature, site: string, lang: Locale): Cell[] {
  const p = f.properties;
  const [lon, lat] = representativePoint(f);
  return [
    f.id,
    incidentText(p, lang).title,
    p.date,
    p.datePrecision,
    p.endDate,
    p.setting,
    p.agencies.join(';'),
    prose(p.place.name, lang),
    p.place.address,
    p.place.city,
    p.place.counties.map((c) => c.name).join(';'),
    p.place.counties.map((c) => c.fips).join(';'),
    p.place.state,
    p.location.precision,
    p.location.radius,
    lon,
    lat,
    prose(p.location.basis, lang),
    p.sources.length,
    // URLs cannot contain a raw space, so a space separates them unambiguously.
    p.sources.map((s) => s.url).join(' '),
    p.updated,
    site + (lang === 'en' ? '' : `/${lang}`) + p.path,
  ];
}

/**
 * The CSV of `features`; `site` is the public origin for the permanent page
 * links; `lang` the edition whose words fill the prose columns (the column
 * names stay the same, so a script reads either).
 */
export function incidentsToCsv(features: readonly ApiFeature[], site: string, lang: Locale = 'en'): string {
  return toCsv(
    INCIDENT_COLUMNS,
    features.map((f) => incidentRow(f, site, lang)),
  );
}
