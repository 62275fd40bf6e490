/**
 * The dataset's closed vocabularies, without zod: lib/shared/schema.ts builds its
 * enums from them, and client code (the editor's form) imports them from
 * here. Importing lib/shared/schema.ts in a page would build its schemas there, and
 * zod probes for eval when it builds an object schema, which the pages' CSP
 * refuses (a violation the browser reports, even though zod catches it).
 */

/** Ids appear in URLs for years: lowercase ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Only such an id can exist: anything else is unknown without a lookup (and PostgreSQL refuses NUL in text). */
export const isPossibleId = (id: string): boolean => id.length <= 120 && ID_PATTERN.test(id);

export const SETTINGS = [
  'medical-facility',
  'place-of-worship',
  'courthouse',
  'workplace',
  'street',
  'residence',
  'other',
] as const;
export type Setting = (typeof SETTINGS)[number];

export const AGENCIES = ['ice', 'border-patrol', 'cbp', 'dhs', 'local-police', 'other'] as const;
export type Agency = (typeof AGENCIES)[number];

export const PRECISIONS = ['building', 'street', 'city', 'region'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const SOURCE_KINDS = ['news', 'advocacy', 'official-statement', 'court-record'] as const;
