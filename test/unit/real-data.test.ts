/**
 * The real dataset in data/ passes the full check (as `npm run check` runs
 * it) and says what the research found.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataDir } from '@/lib/dataset/read';
import { checkDataset, type Dataset } from '@/lib/check/dataset';
import { checkGeonames } from '@/lib/check/geonames';
import { normalizeQuotes } from '@/lib/shared/text';
import type { Problem } from '@/lib/shared/problem';
import { ROOT } from './support/fixtures';

const DATA = path.join(ROOT, 'data');

let problems: Problem[];
let dataset: Dataset | undefined;

beforeAll(() => {
  ({ problems, dataset } = checkDataset(readDataDir(DATA), { extraRules: [checkGeonames] }));
});

describe('data/', () => {
  it('passes the full check, GeoNames included', () => {
    expect(problems).toEqual([]);
    expect(dataset).toBeDefined();
  });

  it('holds the six researched incidents', () => {
    expect(dataset!.incidents.map((i) => i.id).sort()).toEqual([
      'diocese-san-bernardino-2025-07-08',
      'ontario-surgery-center-2025-07-08',
      'our-lady-of-lourdes-montclair-2025-06-20',
      'sacred-heart-el-paso-2023-01-04',
      'sf-immigration-court-2025-07-08',
      'st-adelaide-highland-2025-06-20',
    ]);
  });

  it('quotes no non-quotable span (reader comments, link lines) in any excerpt', () => {
    let checked = 0;
    for (const inc of dataset!.incidents) {
      for (const ref of inc.properties.sources) {
        const source = dataset!.sources.get(ref.source)!;
        const text = normalizeQuotes(source.body);
        for (const span of source.nonReporting.filter((s) => !s.quotable)) {
          const start = text.indexOf(normalizeQuotes(span.text));
          expect(start, `${source.id}: ${span.kind} is in the archived text`).toBeGreaterThanOrEqual(0);
          const end = start + normalizeQuotes(span.text).length;
          for (const { text: excerpt } of ref.excerpts) {
            const e = normalizeQuotes(excerpt);
            // Every occurrence of the excerpt lies outside the span.
            for (let at = text.indexOf(e); at >= 0; at = text.indexOf(e, at + 1)) {
              expect(
                at + e.length <= start || at >= end,
                `${inc.id} quotes the ${span.kind} of ${source.id}: "${excerpt}"`,
              ).toBe(true);
            }
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('has non-quotable spans to guard: the Kaizen reader comments and the TRT link line', () => {
    const kinds = (id: string) =>
      dataset!.sources
        .get(id)!
        .nonReporting.filter((s) => !s.quotable)
        .map((s) => s.kind);
    expect(kinds('kaizen-blog-2025-07')).toEqual(['reader-comments']);
    expect(kinds('trt-global-2025-07-11')).toEqual(['related-link']);
  });

  it('records the Ontario/San Francisco date disagreement on the San Francisco incident', () => {
    const sf = dataset!.incidents.find((i) => i.id === 'sf-immigration-court-2025-07-08')!;
    expect(sf.properties.date).toBe('2025-07-08');
    const date = sf.properties.disagreements.find((d) => d.field === 'date');
    expect(date, 'a disagreement on "date"').toBeDefined();
    expect(date!.values!.map((v) => v.value).sort()).toEqual(['2025-07-07', '2025-07-08']);
    // The day before comes from the Kaizen blog ("just one day earlier" than Ontario).
    expect(date!.values!.find((v) => v.value === '2025-07-07')!.source).toBe('kaizen-blog-2025-07');
  });

  it('draws the diocese as an area and every other incident as a point', () => {
    const types = Object.fromEntries(dataset!.incidents.map((i) => [i.id, i.geometry.type]));
    expect(types['diocese-san-bernardino-2025-07-08']).toMatch(/Polygon/);
    for (const [id, type] of Object.entries(types))
      if (id !== 'diocese-san-bernardino-2025-07-08') expect(type, id).toBe('Point');
  });
});
