/**
 * What a point says about its place: the counties that contain it, named as
 * the dataset names them ("San Bernardino County", "Orleans Parish"), and its
 * state's two-letter code. From the us-atlas county boundaries, offline.
 */
import 'server-only';
import { countiesAt } from '../geo/counties';

/** Two-letter codes by state FIPS code (the first two digits of a county's). */
const STATES: Record<string, string> = {
  '01': 'AL',
  '02': 'AK',
  '04': 'AZ',
  '05': 'AR',
  '06': 'CA',
  '08': 'CO',
  '09': 'CT',
  '10': 'DE',
  '11': 'DC',
  '12': 'FL',
  '13': 'GA',
  '15': 'HI',
  '16': 'ID',
  '17': 'IL',
  '18': 'IN',
  '19': 'IA',
  '20': 'KS',
  '21': 'KY',
  '22': 'LA',
  '23': 'ME',
  '24': 'MD',
  '25': 'MA',
  '26': 'MI',
  '27': 'MN',
  '28': 'MS',
  '29': 'MO',
  '30': 'MT',
  '31': 'NE',
  '32': 'NV',
  '33': 'NH',
  '34': 'NJ',
  '35': 'NM',
  '36': 'NY',
  '37': 'NC',
  '38': 'ND',
  '39': 'OH',
  '40': 'OK',
  '41': 'OR',
  '42': 'PA',
  '44': 'RI',
  '45': 'SC',
  '46': 'SD',
  '47': 'TN',
  '48': 'TX',
  '49': 'UT',
  '50': 'VT',
  '51': 'VA',
  '53': 'WA',
  '54': 'WV',
  '55': 'WI',
  '56': 'WY',
  '60': 'AS',
  '66': 'GU',
  '69': 'MP',
  '72': 'PR',
  '78': 'VI',
};

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
