/**
 * The word index answers exactly what lib/shared/match.ts answers for `q`, on the
 * shipped data, on the hostile fixture and on made-up incidents written to
 * catch the folding (accents, typographic quotes, digits, prefixes).
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listIncidents, loadIncidents, resetIncidents } from '../in-memory';
import { matchesFilters, searchFields, searchText } from '../shared/match';
import type { ApiFeature } from '../shared/types';
import {
  BITSET_SHARE,
  buildWordIndex,
  complete,
  hasBit,
  textTest,
  wordIndexSteps,
  WordIndexBuilder,
  type WordIndex,
} from './words';

const ROOT = path.resolve(__dirname, '../..');

function loadFeatures(dir: string): ApiFeature[] {
  resetIncidents();
  loadIncidents(dir);
  const features = listIncidents();
  resetIncidents();
  return features;
}
afterAll(resetIncidents);

/** A made-up incident holding `texts` in its title, Spanish summary, place and one excerpt. */
function madeUp(
  id: string,
  title: string,
  more: { es?: string; place?: string; city?: string; county?: string; excerpt?: string } = {},
): ApiFeature {
  return {
    type: 'Feature',
    id,
    bbox: [-100, 40, -100, 40],
    geometry: { type: 'Point', coordinates: [-100, 40] },
    properties: {
      title,
      summary: 'A made-up incident.',
      es: { title: 'Un incidente inventado', summary: more.es ?? 'Inventado.' },
      place: {
        name: more.place ?? 'Somewhere',
        city: more.city,
        state: 'CA',
        counties: more.county ? [{ name: more.county, fips: '06071' }] : [],
      },
      location: { precision: 'city', basis: { en: 'Made up.', es: 'Inventado.' } },
      sources: more.excerpt ? [{ id: 's', excerpts: [{ text: more.excerpt, part: 'body', translations: {} }] }] : [],
      claims: [],
      disagreements: [],
      notes: [],
      furtherReporting: [],
      related: [],
      corrections: [],
    },
  } as unknown as ApiFeature;
}

const MADE_UP = [
  madeUp('jose', 'José’s shop', { excerpt: '“Let him go,” said José’s neighbour at 100 Montgomery St.' }),
  madeUp('jose-plain', 'Jose Ramos Park', { city: 'San José', county: 'Santa Clara County' }),
  madeUp('sagrado', 'Sagrado Corazón parish', { es: 'Parroquia del Sagrado Corazón; agentes de inmigración.' }),
  madeUp('police', 'Police stop', { place: 'A traffic stop', excerpt: 'The police said nothing.' }),
  madeUp('ice', 'ICE arrest at a workplace', { excerpt: "Agents don't talk: report 113-9, 30-year-old." }),
  madeUp('quotes', 'A “targeted” operation', { excerpt: 'He said he didn’t ‘even’ know; ¿Qué pasó? ΟΔΟΣ Σ' }),
  madeUp('digits', 'Report 1139 and 2025-07-08', { excerpt: 'Units 7 and 77, ½ mile, ٣ days.' }),
  madeUp('empty-ish', '—', { place: '…' }),
];

const QUERIES = [
  'josé',
  'jose',
  'JOSE',
  'José’s',
  "jose's",
  'jos',
  'j',
  's',
  'sagr',
  'sagrado',
  'corazon',
  'CORAZÓN',
  'corazón parroquia',
  'ice',
  'ICE arrest',
  'police',
  'olice',
  'pol ice',
  'don’t',
  "don't",
  'don t',
  'didn',
  'didn’t even',
  '“targeted”',
  '"targeted"',
  'report 113',
  '113-9',
  '1139',
  '113',
  '11',
  '2025',
  '2025-07',
  '7 77',
  '½',
  '٣',
  'qué',
  'que paso',
  'οδος',
  'σ',
  'ς',
  'nothing',
  'zzz',
  'jose zzz',
  'a',
  'an',
  'made',
  'made-up',
  'made up incident',
  'somewhere',
  'santa clara county',
  'ca',
  '!!!',
  ' ',
  '—',
  '’',
  '...',
  'x',
  'inmigración agentes',
  'montgomery st',
  'st',
  'the',
  'year old',
  '30',
];

/** What lib/shared/match.ts answers, as a sorted list of indices. */
const expected = (features: ApiFeature[], q: string) =>
  features.flatMap((f, i) => (matchesFilters(f, { setting: [], agency: [], q }) ? [i] : []));

/** `expected`, worked out once per dataset and query: each dataset is checked with three shares. */
const references = new WeakMap<ApiFeature[], Map<string, number[]>>();
function reference(features: ApiFeature[], q: string): number[] {
  let answers = references.get(features);
  if (!answers) references.set(features, (answers = new Map()));
  let answer = answers.get(q);
  if (!answer) answers.set(q, (answer = expected(features, q)));
  return answer;
}

function answered(index: WordIndex, q: string): number[] {
  const bits = index.matching(q);
  return Array.from({ length: index.size }, (_, i) => i).filter((i) => !bits || hasBit(bits, i));
}

/**
 * Queries made of the features' own words: each word, its first one to three
 * letters and its first half, and pairs of words from different incidents.
 * (Every prefix of every word of both editions made the test's reference, a
 * scan of every feature per query, the slowest unit test.)
 */
function queriesFrom(features: ApiFeature[]): string[] {
  const words = [...new Set(features.flatMap((f) => searchText(f).trim().split(' ')))].sort();
  const prefixes = words.flatMap((w) => [1, 2, 3, Math.ceil(w.length / 2), w.length].map((k) => w.slice(0, k)));
  const pairs = words.flatMap((w, k) => [
    `${w} ${words[(k * 7 + 3) % words.length]}`,
    `${w.toUpperCase()} ${words[(k * 13 + 5) % words.length].slice(0, 3)}`,
  ]);
  return [...new Set([...prefixes, ...pairs])];
}

/** Loaded once, on first use: the same array for each share, so their reference answers are shared. */
const once = (load: () => ApiFeature[]) => {
  let features: ApiFeature[] | undefined;
  return () => (features ??= load());
};
const DATASETS: [string, () => ApiFeature[]][] = [
  ['made-up incidents', () => MADE_UP],
  ['the shipped data', once(() => loadFeatures(path.join(ROOT, 'data')))],
  ['the hostile fixture', once(() => loadFeatures(path.join(ROOT, 'test/fixtures/hostile-data')))],
];
/** Words as lists of features, as bitsets, and as the index chooses (bitsets for words in more than one feature of 32: here, nearly every word). */
const SHARES: [string, number][] = [
  ['every word a list', 1],
  ['every word a bitset', 0],
  ['the default share', BITSET_SHARE],
];

describe.each(
  DATASETS.flatMap(([name, features]) => SHARES.map(([how, share]) => [`${name}, ${how}`, features, share] as const)),
)('the word index of %s', (_, features, share) => {
  const all = features();
  const index = buildWordIndex(all.length, (i) => searchFields(all[i]), share);

  it('answers what matchesFilters answers, for the listed queries', () => {
    for (const q of QUERIES) expect(answered(index, q), q).toEqual(reference(all, q));
  });

  it("answers what matchesFilters answers, for queries made of the features' own words", () => {
    const queries = queriesFrom(all);
    expect(queries.length).toBeGreaterThan(50);
    for (const q of queries) expect(answered(index, q), q).toEqual(reference(all, q));
  }, 60_000);
});

describe('WordIndex', () => {
  const index = buildWordIndex(MADE_UP.length, (i) => searchFields(MADE_UP[i]));
  const ids = (q: string) => answered(index, q).map((i) => MADE_UP[i].id);

  it('holds each folded word once, sorted, with the features that hold it', () => {
    expect(index.words).toEqual([...new Set(index.words)].sort());
    expect(index.words).toContain('jose');
    expect(index.words).not.toContain('José');
    for (const [k, word] of index.words.entries()) {
      expect(index.featuresOf(k), word).toEqual(
        MADE_UP.flatMap((f, i) =>
          searchText(f).includes(` ${word} `) || searchText(f).endsWith(` ${word}`) ? [i] : [],
        ),
      );
    }
  });

  it('keeps a word as a bitset where a list would cost more: held by more than one feature in 32', () => {
    const many = Array.from({ length: 320 }, (_, k) =>
      madeUp(`m${k}`, k < 11 ? 'Rare word' : k < 20 ? 'Scarce word' : 'Common word'),
    );
    const big = buildWordIndex(many.length, (i) => searchFields(many[i]));
    // "rare" is in 11 of 320 (more than 10): a bitset; "scarce" in 9: a list.
    expect(big.featuresOf(big.words.indexOf('rare'))).toHaveLength(11);
    expect(big.featuresOf(big.words.indexOf('scarce'))).toHaveLength(9);
    expect(big.bitsetWords).toBe(big.words.length - 1);
    expect(big.pairs).toBe(many.reduce((n, f) => n + new Set(searchText(f).trim().split(' ')).size, 0));
  });

  it('finds words by their beginning only, accents, case and quotes folded', () => {
    expect(ids('sagr')).toEqual(['sagrado']);
    expect(ids('ice')).toEqual(['ice']);
    expect(ids('José')).toEqual(ids('jose'));
    expect(ids('jose')).toEqual(['jose', 'jose-plain']);
    expect(ids('don’t')).toEqual(ids("don't"));
  });

  it('takes a query word equal to a whole word, and the words it begins', () => {
    const [start, end] = index.range('report');
    expect(index.words.slice(start, end)).toEqual(['report']);
    expect(index.words.slice(...index.range('s'))).toEqual(index.words.filter((w) => w.startsWith('s')));
    expect(index.range('zzz')[0]).toBe(index.range('zzz')[1]);
    expect(index.range('')).toEqual([0, index.words.length]);
  });

  it('needs every word: no match is an empty set, no word at all matches everything', () => {
    expect(ids('jose zzz')).toEqual([]);
    expect(ids('zzz')).toEqual([]);
    expect(index.matching('!!! ’ —')).toBeUndefined();
    expect(ids('')).toHaveLength(MADE_UP.length);
  });

  it('keeps recent answers, and gives the same answer again', () => {
    const first = index.matching('jose');
    expect(index.matching('jose')).toBe(first);
    for (let k = 0; k < 20; k++) index.matching(`q${k}`);
    expect(index.matching('jose')).toEqual(first);
  });

  it('indexes an empty dataset, and features without text', () => {
    const none = buildWordIndex(0, () => []);
    expect(none.matching('jose')).toEqual(new Uint32Array(0));
    const blank = buildWordIndex(3, () => ['', ' — ']);
    expect(answered(blank, 'a')).toEqual([]);
    expect(answered(blank, '…')).toEqual([0, 1, 2]);
  });

  it('builds the same index in steps, paused and resumed, as at once', () => {
    const many = Array.from({ length: 300 }, (_, k) => MADE_UP[k % MADE_UP.length]);
    const steps = wordIndexSteps(many.length, (i) => searchFields(many[i]));
    let pauses = 0;
    while (pauses < 3 && !steps.next().done) pauses++;
    expect(pauses).toBe(3);
    const index = complete(steps);
    const once = buildWordIndex(many.length, (i) => searchFields(many[i]));
    expect(index.words).toEqual(once.words);
    expect(index.features).toEqual(once.features);
    expect(answered(index, 'jose')).toEqual(expected(many, 'jose'));
  });

  it('tests q by the scan for the first features while the index is building, then finishes the build', () => {
    const scanned: number[] = [];
    let finished = 0;
    const scan = (i: number) => {
      scanned.push(i);
      return matchesFilters(MADE_UP[i], { setting: [], agency: [], q: 'jose' });
    };
    const test = textTest('jose', { finish: () => (finished++, index) }, scan, 3)!;
    const answers = MADE_UP.map((_, i) => test(i));
    expect(answers.flatMap((yes, i) => (yes ? [i] : []))).toEqual(expected(MADE_UP, 'jose'));
    expect(scanned).toEqual([0, 1, 2]);
    expect(finished).toBe(1);
  });

  it('tests q by the index alone once it is built, and not at all when q has no words', () => {
    const scan = () => {
      throw new Error('no scan once the index is built');
    };
    const test = textTest('sagr', { ready: index, finish: () => index }, scan, 3)!;
    expect(MADE_UP.flatMap((_, i) => (test(i) ? [i] : []))).toEqual(expected(MADE_UP, 'sagr'));
    expect(textTest('!!! —', { finish: () => index }, scan, 3)).toBeUndefined();
  });

  it('refuses features out of order', () => {
    const builder = new WordIndexBuilder();
    builder.add(3, ['x']);
    expect(() => builder.add(2, ['y'])).toThrow(/ascending/);
  });
});
