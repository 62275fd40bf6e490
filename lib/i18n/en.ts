/**
 * The English message catalogue: every string a person sees comes from here
 * (and its Spanish twin, es.ts, which must have the same keys).
 * Placeholders are written {name}; plurals are objects keyed by
 * Intl.PluralRules categories.
 */
export const en = {
  'site.name': 'Incident map',
  'site.tagline': 'Reported immigration enforcement, with the words of the sources behind every pin.',

  'setting.medical-facility': 'Medical facility',
  'setting.place-of-worship': 'Place of worship',
  'setting.courthouse': 'Courthouse',
  'setting.workplace': 'Workplace',
  'setting.street': 'Street',
  'setting.residence': 'Residence',
  'setting.other': 'Other',

  'agency.ice': 'ICE',
  'agency.border-patrol': 'U.S. Border Patrol',
  'agency.cbp': 'CBP',
  'agency.dhs': 'DHS',
  'agency.local-police': 'Local police',
  'agency.other': 'Other agency',

  'precision.building': 'Exact building',
  'precision.street': 'Approximate location: street of {place}',
  'precision.city': 'Approximate location: city of {place}',
  'precision.region': 'Area: {place}',

  'datePrecision.day': 'exact day',
  'datePrecision.month': 'month only',
  'datePrecision.year': 'year only',

  'sourceKind.news': 'News',
  'sourceKind.advocacy': 'Advocacy',
  'sourceKind.official-statement': 'Official statement',
  'sourceKind.court-record': 'Court record',

  'popup.sources': { one: '{count} source', other: '{count} sources' },
  'popup.photoCaption': 'Photo caption',
  'popup.readMore': 'Full incident page',
  'popup.sourceLink': 'Read the source',
} as const;

export type MessageKey = keyof typeof en;
