/**
 * Ready-made citations of one incident page: a plain one and APA 7 (a web
 * page by a group author, dated by its last update, with a retrieval date
 * because the page is designed to change). Pure, and given its translator
 * (no catalogue bundled): the copy buttons run it in the browser to fill in the reader's own "accessed" date.
 */
import type { I18n, Locale } from './i18n/translate';

export interface CitationParts {
  /** The incident's title. */
  title: string;
  /** The map's name, e.g. "Incident map". */
  site: string;
  /** The permanent URL of the incident page. */
  url: string;
  /** Last updated, YYYY-MM-DD. */
  updated: string;
}

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}

/** A full date in words: "November 24, 2026" / "24 de noviembre de 2026". */
export function longDate(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    utc(iso),
  );
}

/** APA's parenthesised date: "2026, November 24" / "2026, 24 de noviembre". */
function apaDate(locale: Locale, iso: string): string {
  const monthDay = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(utc(iso));
  return `${iso.slice(0, 4)}, ${monthDay}`;
}

/** The reader's date; before the browser knows it (no JavaScript), a blank to fill in. */
function accessedDate({ locale, t }: I18n, accessed?: string): string {
  return accessed ? longDate(locale, accessed) : t('cite.accessedBlank');
}

/**
 * The plain citation. `accessed` (YYYY-MM-DD) is the reader's date.
 *
 * @example
 * plainCitation(i18n('en'), { title: 'ICE arrest…', site: 'Incident map', url: 'https://…/incidents/x', updated: '2026-11-24' }, '2026-12-01')
 * // '"ICE arrest…." Incident map. https://…/incidents/x. Last updated November 24, 2026. Accessed December 1, 2026.'
 */
export function plainCitation(i18n: I18n, parts: CitationParts, accessed?: string): string {
  const { locale, t } = i18n;
  return t('cite.plainTemplate', {
    title: parts.title,
    site: parts.site,
    url: parts.url,
    updated: longDate(locale, parts.updated),
    accessed: accessedDate(i18n, accessed),
  });
}

/** The APA 7 citation (the title is italic in print; plain text here). */
export function apaCitation(i18n: I18n, parts: CitationParts, accessed?: string): string {
  const { locale, t } = i18n;
  return t('cite.apaTemplate', {
    title: parts.title,
    site: parts.site,
    url: parts.url,
    date: apaDate(locale, parts.updated),
    accessed: accessedDate(i18n, accessed),
  });
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
