/**
 * Whether an incident matches the filters that are not about place: dates,
 * settings, agencies and text. Pure and free of zod and turf, so the server
 * (lib/incidents.ts, which adds the bbox test) and the map in the browser
 * (closing an open incident that leaves the selection) share one rule.
 */
import { searchWords } from './text';
import type { Filters } from './filters';
import type { ApiFeature } from './types';

/** The last day of a date given to the day, month or year. */
export function endOfPeriod(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return `${date}-12-31`;
}

/** The first day of a date given to the day, month or year. */
export function startOfPeriod(date: string): string {
  return date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
}

/** Both editions' words of a name-or-prose field: a plain string (a proper name) is the same in both. */
function bothLanguages(text: string | { en: string; es: string } | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : [text.en, text.es];
}

/**
 * The texts `q` is matched against, in both editions' languages, so a word of
 * either finds the incident from either edition: titles, summaries, place and
 * counties, the record's prose (time, basis, claims, disagreements, notes,
 * further reporting, relations, corrections), excerpts and our translations of them.
 */
export function searchFields(f: ApiFeature): string[] {
  const p = f.properties;
  return [
    p.title,
    p.summary,
    p.es.title,
    p.es.summary,
    ...bothLanguages(p.place.name),
    p.place.address,
    p.place.city,
    p.place.state,
    ...p.place.counties.map((c) => c.name),
    ...bothLanguages(p.time),
    ...bothLanguages(p.location.basis),
    ...p.claims.flatMap((c) => [
      ...bothLanguages(c.topic),
      ...c.positions.flatMap((pos) => [...bothLanguages(pos.party), ...bothLanguages(pos.claim)]),
    ]),
    ...p.disagreements.flatMap((d) => [
      ...bothLanguages(d.note),
      ...(d.values ?? []).flatMap((v) => bothLanguages(v.value)),
    ]),
    ...p.notes.flatMap(bothLanguages),
    ...p.furtherReporting.flatMap((l) => bothLanguages(l.note)),
    ...p.related.flatMap((r) => bothLanguages(r.relation)),
    ...p.corrections.flatMap((c) => bothLanguages(c.note)),
    ...p.sources.flatMap((s) =>
      s.excerpts.flatMap((e) => [e.text, ...Object.values(e.translations).map((t) => t?.text)]),
    ),
  ].filter((text): text is string => !!text);
}

/** The words `q` is matched against (searchFields), folded, each preceded by a space. */
export function searchText(f: ApiFeature): string {
  return ' ' + searchWords(searchFields(f).join('\n')).join(' ');
}

let lastQuery: { q: string; words: string[] } | undefined;

/** The folded words of `q`, kept for the last query: a view tests it against thousands of incidents. */
function queryWords(q: string): string[] {
  if (lastQuery?.q !== q) lastQuery = { q, words: searchWords(q) };
  return lastQuery.words;
}

/**
 * True when the incident matches every filter but the bbox.
 *
 * @example
 * matchesFilters(incident, { setting: ['courthouse'], agency: [] }) // true for a courthouse arrest
 */
export function matchesFilters(f: ApiFeature, filters: Omit<Filters, 'bbox'>): boolean {
  const p = f.properties;
  if (filters.from && endOfPeriod(p.endDate ?? p.date) < filters.from) return false;
  if (filters.to && startOfPeriod(p.date) > filters.to) return false;
  if (filters.setting.length && !filters.setting.includes(p.setting)) return false;
  if (filters.agency.length && !p.agencies.some((a) => filters.agency.includes(a))) return false;
  if (filters.q) {
    const text = searchText(f);
    if (!queryWords(filters.q).every((word) => text.includes(' ' + word))) return false;
  }
  return true;
}
