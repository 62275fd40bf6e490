/**
 * The words for an incident's facts: date at its precision, place and how
 * precisely it is located. Pure; shared by the incident page, the share
 * image and the feed.
 */
import { formatDate, t, type Locale } from './index';
import { precisionPlace, prose } from './content';
import type { ApiFeature } from '../types';

/** "July 8, 2025", or "July 8 to 10, 2025"-style ranges as "{start} to {end}". */
export function dateText(locale: Locale, f: ApiFeature): string {
  const { date, endDate } = f.properties;
  const start = formatDate(locale, date);
  return endDate && endDate !== date
    ? t(locale, 'incident.dateRange', { start, end: formatDate(locale, endDate) })
    : start;
}

/** The place in one line: name (in the locale where it is a description), address, city, state; no repeats. */
export function placeText(f: ApiFeature, locale: Locale): string {
  const { name, address, city, state } = f.properties.place;
  const parts = [prose(name, locale), address];
  if (city && !address?.includes(city)) parts.push(city);
  if (!address?.includes(state)) parts.push(state);
  return parts.filter(Boolean).join(', ');
}

/** "Approximate location: city of Ontario, CA" and the like. */
export function precisionText(locale: Locale, f: ApiFeature): string {
  return t(locale, `precision.${f.properties.location.precision}`, { place: precisionPlace(f, locale) });
}

/** "8 km" / "800 m", in the locale. */
export function distanceText(locale: Locale, metres: number): string {
  const km = metres >= 1000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: km ? 'kilometer' : 'meter',
    maximumFractionDigits: km ? 1 : 0,
  }).format(km ? metres / 1000 : metres);
}
