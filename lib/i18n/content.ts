/**
 * An incident's own words in a language: titles and summaries have Spanish
 * versions in the data (our translations); excerpts never do, they stay
 * verbatim. Client-safe.
 */
import type { Locale } from './index';

interface Translatable {
  title: string;
  summary: string;
  es: { title: string; summary: string };
}

export function incidentText(p: Translatable, locale: Locale): { title: string; summary: string } {
  return locale === 'es' ? p.es : { title: p.title, summary: p.summary };
}

/** The language the dataset's own prose (notes, claims, disagreements, corrections) is written in. */
export const DATA_LANGUAGE = 'en';

/**
 * The `lang` attribute for that prose on a page in `locale`: marked where it
 * differs from the page, so it is read aloud in its own language.
 */
export function dataLang(locale: Locale): string | undefined {
  return locale === DATA_LANGUAGE ? undefined : DATA_LANGUAGE;
}
