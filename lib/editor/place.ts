/**
 * What a point says about its place: the counties that contain it, named as
 * the dataset names them ("San Bernardino County", "Orleans Parish"), and its
 * state's two-letter code. From the us-atlas county boundaries, offline.
 */
import 'server-only';
import { countiesAt } from '../geo/counties';
import { STATES } from '../geo/states';

/** The county's name as the dataset writes it: us-atlas gives the bare name. */
export function countyName(fips: string, bare: string): string {
  const state = fips.slice(0, 2);
  if (state === '22') return `${bare} Parish`;
  if (state === '02') return /Borough|Census Area|Municipality/.test(bare) ? bare : `${bare} Borough`;
  if (state === '72') return `${bare} Municipio`;
  // Independent cities (Virginia, Baltimore, St. Louis, Carson City) have codes from 500 up.
  if (Number(fips.slice(2)) >= 500 && ['24', '29', '32', '51'].includes(state)) return `${bare} city`;
  return /County$/.test(bare) ? bare : `${bare} County`;
}

export interface PlaceAt {
  counties: Array<{ name: string; fips: string }>;
  state?: string;
}

/** Counties and state of a point, [longitude, latitude]. */
export function placeAt(position: number[]): PlaceAt {
  const counties = countiesAt(position).map((c) => ({ name: countyName(c.fips, c.name), fips: c.fips }));
  return { counties, state: counties.length ? STATES[counties[0].fips.slice(0, 2)] : undefined };
}
