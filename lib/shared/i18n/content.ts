/**
 * An incident's own words in a language. Our prose (titles, summaries,
 * claims, notes, bases…) has both editions' versions in the data; proper
 * names are plain strings, the same in both; excerpts never change, they stay
 * verbatim, with our translations beside them. Client-safe.
 */
import type { Locale } from './index';
import type { ApiFeature } from '../types';

/** Our words in both editions' languages (lib/shared/schema.ts `bilingual`). */
export interface Bilingual {
  en: string;
  es: string;
}

interface Translatable {
  title: string;
  summary: string;
  es: { title: string; summary: string };
}

export function incidentText(p: Translatable, locale: Locale): { title: string; summary: string } {
  return locale === 'es' ? p.es : { title: p.title, summary: p.summary };
}

/**
 * A field of our prose in `locale`; a plain string (a proper name, a date)
 * reads the same in both editions.
 *
 * @example
 * prose({ en: 'Notes', es: 'Notas' }, 'es') // 'Notas'
 */
export function prose(text: string | Bilingual, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

/** The language proper names are written in, in the data. */
export const DATA_LANGUAGE = 'en';

/**
 * The `lang` attribute of a name-or-prose field on a page in `locale`: a
 * proper name (a plain string) is marked as English where the page is not,
 * so it is read aloud in its own language; our translated prose is not.
 */
export function nameLang(text: string | Bilingual, locale: Locale): string | undefined {
  return typeof text === 'string' && locale !== DATA_LANGUAGE ? DATA_LANGUAGE : undefined;
}

/** The `lang` attribute of a proper name, or another text kept in the data's language, on a page in `locale`. */
export function dataLang(locale: Locale): string | undefined {
  return locale === DATA_LANGUAGE ? undefined : DATA_LANGUAGE;
}

/** The place a precision line names: the place itself for a building or a region, else its city (or name) and state. */
export function precisionPlace(f: ApiFeature, locale: Locale): string {
  const { place, location } = f.properties;
  const name = prose(place.name, locale);
  return location.precision === 'region' || location.precision === 'building'
    ? name
    : `${place.city ?? name}, ${place.state}`;
}
