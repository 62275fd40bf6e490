/**
 * The incident form, described as data: each field names its path in the
 * incident, its label and its input. The form (FieldView.tsx) draws
 * whatever is listed, so a new schema field, or the Spanish twin of a prose
 * field, is one entry here: `{ kind: 'bilingual', en: …, es: … }` puts the two
 * side by side (for our words, `{ "en", "es" }` in the file), and
 * `{ kind: 'name', … }` does the same for a field that is a proper name (or a
 * date, a number) in both editions unless its Spanish is given.
 */
import { AGENCIES, PRECISIONS, SETTINGS } from '@/lib/shared/vocabulary';

export type Input = 'text' | 'textarea' | 'date' | 'number';

export type Field =
  | {
      kind: 'input';
      path: string;
      label: string;
      input: Input;
      help?: string;
      suggest?: 'sources' | 'links';
      lang?: string;
    }
  | { kind: 'select'; path: string; label: string; options: readonly string[]; optional?: boolean }
  | { kind: 'multi'; path: string; label: string; options: readonly string[] }
  /** Our words: English and Spanish side by side. `optional`: emptied, the whole field goes. */
  | { kind: 'bilingual'; label: string; input: Input; en: string; es: string; optional?: boolean }
  /** A plain string when its Spanish is left empty (`plain`: a proper name, or a date or a number); else `{ "en", "es" }`. */
  | { kind: 'name'; path: string; label: string; input: Input; plain: 'name' | 'value' }
  | { kind: 'list'; path: string; label: string; item: Field[]; empty: () => unknown }
  | { kind: 'custom'; widget: 'excerpts' | 'place' | 'related' | 'corrections' };

export interface Section {
  title: string;
  fields: Field[];
}

/** Our words, `{ "en", "es" }`, at `path` (relative inside a list item). */
function prose(path: string, label: string, input: Input = 'textarea', optional = false): Field {
  const at = (lang: string) => (path ? `${path}.${lang}` : lang);
  return { kind: 'bilingual', label, input, en: at('en'), es: at('es'), optional };
}

/** Paths inside a list item are relative to the item. */
const evidence: Field[] = [
  { kind: 'input', path: 'source', label: 'Source id (a cited source)', input: 'text', suggest: 'sources' },
  { kind: 'input', path: 'url', label: 'or URL (a further-reporting link)', input: 'text', suggest: 'links' },
];

/** Who translated an excerpt, or checked the translation: a name, or a description in both languages. */
export const TRANSLATION_FIELDS = (language: string): Field[] => [
  {
    kind: 'input',
    path: 'text',
    label: `Our translation into ${LANGUAGE_NAMES[language] ?? language} (not a quote)`,
    input: 'textarea',
    lang: language,
  },
  { kind: 'name', path: 'translator', label: 'Translated by', input: 'text', plain: 'name' },
  {
    kind: 'name',
    path: 'reviewer',
    label: 'Reviewed by (optional: a second person who compared it with the quote)',
    input: 'text',
    plain: 'name',
  },
];

/** The editions' languages, as the editor names them. */
export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish' };

export const SECTIONS: Section[] = [
  {
    title: 'What happened',
    fields: [
      { kind: 'bilingual', label: 'Title', input: 'text', en: 'properties.title', es: 'properties.es.title' },
      {
        kind: 'bilingual',
        label: 'Summary, neutral, in our own words',
        input: 'textarea',
        en: 'properties.summary',
        es: 'properties.es.summary',
      },
      { kind: 'select', path: 'properties.setting', label: 'Setting', options: SETTINGS },
      { kind: 'multi', path: 'properties.agencies', label: 'Agencies', options: AGENCIES },
    ],
  },
  {
    title: 'When',
    fields: [
      { kind: 'input', path: 'properties.date', label: 'Date (YYYY-MM-DD, YYYY-MM or YYYY)', input: 'text' },
      {
        kind: 'select',
        path: 'properties.datePrecision',
        label: 'Date known to the',
        options: ['day', 'month', 'year'],
      },
      { kind: 'input', path: 'properties.endDate', label: 'End date (optional)', input: 'date' },
      prose('properties.time', 'Time of day, as the sources say it (optional)', 'text', true),
    ],
  },
  {
    title: 'Where',
    fields: [
      { kind: 'custom', widget: 'place' },
      { kind: 'name', path: 'properties.place.name', label: 'Place name', input: 'text', plain: 'name' },
      { kind: 'input', path: 'properties.place.address', label: 'Published address (optional)', input: 'text' },
      { kind: 'input', path: 'properties.place.city', label: 'City (optional)', input: 'text' },
      { kind: 'input', path: 'properties.place.state', label: 'State (two letters)', input: 'text' },
      {
        kind: 'list',
        path: 'properties.place.counties',
        label: 'Counties (derived from the point)',
        item: [
          { kind: 'input', path: 'name', label: 'Name', input: 'text' },
          { kind: 'input', path: 'fips', label: 'FIPS', input: 'text' },
        ],
        empty: () => ({ name: '', fips: '' }),
      },
      { kind: 'select', path: 'properties.location.precision', label: 'Precision', options: PRECISIONS },
      {
        kind: 'input',
        path: 'properties.location.radius',
        label: 'Radius in metres (unless building)',
        input: 'number',
      },
      prose('properties.location.basis', 'Basis of the coordinates'),
      {
        kind: 'input',
        path: 'properties.location.geonames.name',
        label: 'GeoNames place (set by the city search)',
        input: 'text',
      },
      { kind: 'input', path: 'properties.location.geonames.admin1', label: 'GeoNames admin1', input: 'text' },
    ],
  },
  { title: 'Sources and excerpts', fields: [{ kind: 'custom', widget: 'excerpts' }] },
  {
    title: 'Claims and disagreements',
    fields: [
      {
        kind: 'list',
        path: 'properties.claims',
        label: 'Claims: who says what, on one topic',
        item: [
          prose('topic', 'Topic', 'text'),
          {
            kind: 'list',
            path: 'positions',
            label: 'Positions (at least two)',
            item: [
              { kind: 'name', path: 'party', label: 'Party', input: 'text', plain: 'name' },
              prose('claim', 'Claim'),
              ...evidence,
            ],
            empty: () => ({}),
          },
        ],
        empty: () => ({ topic: {}, positions: [{}, {}] }),
      },
      {
        kind: 'list',
        path: 'properties.disagreements',
        label: 'Disagreements: facts the sources differ on',
        item: [
          { kind: 'input', path: 'field', label: 'Field (e.g. date, agencies, distance)', input: 'text' },
          prose('note', 'Note'),
          {
            kind: 'list',
            path: 'values',
            label: 'Values, each with its source',
            item: [{ kind: 'name', path: 'value', label: 'Value', input: 'text', plain: 'value' }, ...evidence],
            empty: () => ({}),
          },
        ],
        empty: () => ({ field: '', note: {} }),
      },
      { kind: 'list', path: 'properties.notes', label: 'Notes', item: [prose('', 'Note')], empty: () => ({}) },
    ],
  },
  {
    title: 'Further reporting and related incidents',
    fields: [
      {
        kind: 'list',
        path: 'properties.furtherReporting',
        label: 'Further reporting (links without excerpts)',
        item: [
          { kind: 'input', path: 'publisher', label: 'Publisher', input: 'text' },
          { kind: 'input', path: 'title', label: 'Title (optional)', input: 'text' },
          { kind: 'input', path: 'date', label: 'Date (optional)', input: 'text' },
          { kind: 'input', path: 'url', label: 'URL', input: 'text' },
          prose('note', 'What it adds'),
        ],
        empty: () => ({ publisher: '', url: '', note: {} }),
      },
      { kind: 'custom', widget: 'related' },
    ],
  },
  {
    title: 'Updates',
    fields: [
      { kind: 'input', path: 'properties.updated', label: 'Last updated', input: 'date' },
      {
        kind: 'list',
        path: 'properties.corrections',
        label: 'Corrections',
        item: [{ kind: 'input', path: 'date', label: 'Date', input: 'date' }, prose('note', 'Note')],
        empty: () => ({ date: '', note: {} }),
      },
    ],
  },
];

/** A new incident: only what the form cannot leave empty. */
export function emptyIncident(today: string): Record<string, unknown> {
  return {
    type: 'Feature',
    id: '',
    geometry: { type: 'Point', coordinates: [] },
    properties: {
      title: '',
      summary: '',
      es: { title: '', summary: '' },
      date: '',
      datePrecision: 'day',
      setting: 'other',
      agencies: [],
      place: { name: '', counties: [], state: '' },
      location: { precision: 'city', basis: {} },
      sources: [],
      claims: [],
      disagreements: [],
      notes: [],
      furtherReporting: [],
      related: [],
      updated: today,
      corrections: [],
    },
  };
}
