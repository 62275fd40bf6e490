/**
 * The data module's selection on the real data: `listIncidents()` through the
 * golden queries in test/fixtures/queries/ (`REGEN=1` rewrites their
 * expectedIds), and `matches()` on made-up variants of real incidents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listIncidents, loadIncidents, matches, resetIncidents } from '@/lib/in-memory';
import { parseFilters, type Filters } from '@/lib/shared/filters';
import type { ApiFeature } from '@/lib/shared/types';
import { FIXTURES, REGEN, ROOT } from './support/fixtures';

const QUERIES = path.join(FIXTURES, 'queries');

interface QueryFixture {
  description: string;
  /** A query string as the API receives it. */
  query: string;
  /** The ids listIncidents returns, in order (newest first). */
  expectedIds: string[];
}

const filters = (query: string): Filters => parseFilters(new URLSearchParams(query));
let all: ApiFeature[];
const byId = (id: string): ApiFeature => {
  const f = all.find((x) => x.id === id);
  if (!f) throw new Error(`no incident ${id}`);
  return f;
};
/** A copy of a real incident with some properties changed. */
const variant = (id: string, properties: Partial<ApiFeature['properties']>, bbox?: ApiFeature['bbox']): ApiFeature => {
  const f = structuredClone(byId(id));
  Object.assign(f.properties, properties);
  if (bbox) f.bbox = bbox;
  return f;
};

beforeAll(() => {
  resetIncidents();
  loadIncidents(path.join(ROOT, 'data'));
  all = listIncidents();
});

describe('listIncidents on data/ (test/fixtures/queries)', () => {
  const names = fs
    .readdirSync(QUERIES)
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.slice(0, -5))
    .sort();

  it('has query fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
  });

  it.each(names)('%s', (name) => {
    const file = path.join(QUERIES, `${name}.json`);
    const fixture = JSON.parse(fs.readFileSync(file, 'utf8')) as QueryFixture;
    const ids = listIncidents(filters(fixture.query)).map((f) => f.id);
    if (REGEN) fs.writeFileSync(file, JSON.stringify({ ...fixture, expectedIds: ids }, null, 2) + '\n');
    else expect(ids).toEqual(fixture.expectedIds);
  });
});

describe('listIncidents', () => {
  it('lists all six incidents newest first, ties by id', () => {
    expect(all.map((f) => f.id)).toEqual([
      'diocese-san-bernardino-2025-07-08',
      'ontario-surgery-center-2025-07-08',
      'sf-immigration-court-2025-07-08',
      'our-lady-of-lourdes-montclair-2025-06-20',
      'st-adelaide-highland-2025-06-20',
      'sacred-heart-el-paso-2023-01-04',
    ]);
  });

  it('gives each feature its bbox and its page', () => {
    expect(byId('sf-immigration-court-2025-07-08').bbox).toEqual([-122.41942, 37.77493, -122.41942, 37.77493]);
    expect(byId('sf-immigration-court-2025-07-08').properties.path).toBe('/incidents/sf-immigration-court-2025-07-08');
    const bbox: number[] = byId('diocese-san-bernardino-2025-07-08').bbox;
    expect(bbox).toHaveLength(4);
    expect(bbox[0]).toBeLessThan(bbox[2]);
    expect(bbox[1]).toBeLessThan(bbox[3]);
  });

  it('marks the caption excerpt as a photo caption', () => {
    const parts = byId('sacred-heart-el-paso-2023-01-04').properties.sources.flatMap((s) =>
      s.excerpts.map((x) => x.part),
    );
    expect(parts).toEqual(['photo-caption']);
  });
});

describe('matches', () => {
  const none: Filters = { setting: [], agency: [] };

  it('matches everything with no filters', () => {
    for (const f of all) expect(matches(f, none)).toBe(true);
  });

  describe('bbox', () => {
    const sf = () => byId('sf-immigration-court-2025-07-08');

    it('includes a point on the edge of the box', () => {
      expect(matches(sf(), filters('bbox=-122.41942,37.77493,-122,38'))).toBe(true);
      expect(matches(sf(), filters('bbox=-123,37,-122.41942,37.77493'))).toBe(true);
    });

    it('handles a box across the antimeridian (west > east) on both sides', () => {
      expect(matches(sf(), filters('bbox=170,30,-120,40'))).toBe(true);
      expect(matches(sf(), filters('bbox=170,30,-123,40'))).toBe(false);
      const fiji = variant('sf-immigration-court-2025-07-08', {}, [178.44, -18.14, 178.44, -18.14]);
      expect(matches(fiji, filters('bbox=170,-20,-170,-10'))).toBe(true);
      expect(matches(fiji, filters('bbox=179,-20,-170,-10'))).toBe(false);
      const samoa = variant('sf-immigration-court-2025-07-08', {}, [-171.76, -13.83, -171.76, -13.83]);
      expect(matches(samoa, filters('bbox=170,-20,-170,-10'))).toBe(true);
    });

    it('matches an area whose bounds reach into the box', () => {
      expect(matches(byId('diocese-san-bernardino-2025-07-08'), filters('bbox=-114.2,34.2,-114.0,34.3'))).toBe(true);
      expect(matches(byId('diocese-san-bernardino-2025-07-08'), filters('bbox=-114.1,34.2,-114.0,34.3'))).toBe(false);
    });
  });

  describe('dates: an incident matches when its period overlaps [from, to]', () => {
    const day = () => byId('ontario-surgery-center-2025-07-08');

    it('includes both ends', () => {
      expect(matches(day(), filters('from=2025-07-08&to=2025-07-08'))).toBe(true);
      expect(matches(day(), filters('from=2025-07-09'))).toBe(false);
      expect(matches(day(), filters('to=2025-07-07'))).toBe(false);
    });

    it('reads a month-precision date as the whole month', () => {
      const july = variant('ontario-surgery-center-2025-07-08', { date: '2025-07', datePrecision: 'month' });
      expect(matches(july, filters('from=2025-07-31'))).toBe(true);
      expect(matches(july, filters('to=2025-07-01'))).toBe(true);
      expect(matches(july, filters('from=2025-07-15&to=2025-07-15'))).toBe(true);
      expect(matches(july, filters('from=2025-08-01'))).toBe(false);
      expect(matches(july, filters('to=2025-06-30'))).toBe(false);
    });

    it('knows the length of February in a leap year', () => {
      const feb = variant('ontario-surgery-center-2025-07-08', { date: '2024-02', datePrecision: 'month' });
      expect(matches(feb, filters('from=2024-02-29'))).toBe(true);
      expect(matches(feb, filters('from=2024-03-01'))).toBe(false);
    });

    it('reads a year-precision date as the whole year', () => {
      const year = variant('ontario-surgery-center-2025-07-08', { date: '2025', datePrecision: 'year' });
      expect(matches(year, filters('from=2025-12-31'))).toBe(true);
      expect(matches(year, filters('to=2025-01-01'))).toBe(true);
      expect(matches(year, filters('from=2026-01-01'))).toBe(false);
      expect(matches(year, filters('to=2024-12-31'))).toBe(false);
    });

    it('runs to the end date when there is one', () => {
      const span = variant('ontario-surgery-center-2025-07-08', { date: '2025-07-01', endDate: '2025-07-10' });
      expect(matches(span, filters('from=2025-07-05&to=2025-07-06'))).toBe(true);
      expect(matches(span, filters('from=2025-07-10'))).toBe(true);
      expect(matches(span, filters('from=2025-07-11'))).toBe(false);
      expect(matches(span, filters('to=2025-06-30'))).toBe(false);
    });
  });

  it('matches any of several settings', () => {
    const f = byId('sf-immigration-court-2025-07-08');
    expect(matches(f, filters('setting=courthouse'))).toBe(true);
    expect(matches(f, filters('setting=street,courthouse'))).toBe(true);
    expect(matches(f, filters('setting=street'))).toBe(false);
  });

  it('matches any of several agencies, against any of the incident’s agencies', () => {
    const f = byId('sacred-heart-el-paso-2023-01-04');
    expect(matches(f, filters('agency=local-police'))).toBe(true);
    expect(matches(f, filters('agency=border-patrol'))).toBe(true);
    expect(matches(f, filters('agency=ice,border-patrol'))).toBe(true);
    expect(matches(f, filters('agency=ice'))).toBe(false);
  });

  describe('q', () => {
    const ontario = () => byId('ontario-surgery-center-2025-07-08');

    it('ignores case and accents, in the query and in the text', () => {
      for (const q of ['HONDUREÑO', 'hondureno', 'Hondureño', 'QUIRÚRGICO', 'quirurgico'])
        expect(matches(ontario(), filters(`q=${encodeURIComponent(q)}`)), q).toBe(true);
    });

    it('needs every word, in any order', () => {
      expect(matches(ontario(), filters('q=scrubs%20vest'))).toBe(true);
      expect(matches(ontario(), filters('q=vest%20scrubs'))).toBe(true);
      expect(matches(ontario(), filters('q=scrubs%20courthouse'))).toBe(false);
    });

    it('searches the Spanish title and summary', () => {
      expect(matches(ontario(), filters(`q=${encodeURIComponent('centro quirúrgico')}`))).toBe(true);
      expect(matches(ontario(), filters('q=jardinero'))).toBe(true);
    });

    it('searches the excerpts, in their own language', () => {
      expect(matches(ontario(), filters('q=bulletproof'))).toBe(true);
      expect(matches(ontario(), filters('q=gasping%20for%20air'))).toBe(true);
      const spanish = variant('ontario-surgery-center-2025-07-08', {
        sources: [
          {
            ...ontario().properties.sources[0],
            excerpts: [
              { text: 'Un jardinero hondureño huyó de los agentes de inmigración.', part: 'body', translations: {} },
            ],
          },
        ],
      });
      expect(matches(spanish, filters(`q=${encodeURIComponent('HUYÓ')}`))).toBe(true);
    });
  });

  it('needs every filter at once', () => {
    const f = byId('st-adelaide-highland-2025-06-20');
    expect(matches(f, filters('setting=place-of-worship&agency=ice&from=2025-06-20&q=highland'))).toBe(true);
    expect(matches(f, filters('setting=place-of-worship&agency=ice&from=2025-06-21&q=highland'))).toBe(false);
    expect(matches(f, filters('setting=courthouse&agency=ice&from=2025-06-20&q=highland'))).toBe(false);
  });
});

describe('summarize()', () => {
  it('counts the selection on the whole map, and the timeline per month without the dates', async () => {
    const { summarize } = await import('@/lib/in-memory');
    const everything = summarize(filters(''));
    expect(everything.count).toBe(all.length);
    expect(Object.values(everything.months).reduce((a, b) => a + b, 0)).toBe(all.length);
    const july = summarize(filters('from=2025-07-01&to=2025-07-31'));
    // The dates narrow the count, never the histogram the range is chosen on.
    expect(july.count).toBe(all.filter((f) => matches(f, filters('from=2025-07-01&to=2025-07-31'))).length);
    expect(july.count).toBeLessThan(all.length);
    expect(july.months).toEqual(everything.months);
    const courts = summarize(filters('setting=courthouse'));
    expect(courts.count).toBe(all.filter((f) => f.properties.setting === 'courthouse').length);
    expect(courts.bbox).toEqual(byId('sf-immigration-court-2025-07-08').bbox);
    const none = summarize(filters('q=zzzzzz'));
    expect(none).toEqual({ count: 0, months: {} });
  });

  it('keeps recent summaries: the same selection, however written, and with any bbox, is answered from memory', async () => {
    const { summarize } = await import('@/lib/in-memory');
    const kept = summarize(filters('setting=courthouse&agency=ice&from=2025-01-01'));
    expect(summarize(filters('from=2025-01-01&agency=ice&setting=courthouse'))).toBe(kept);
    expect(summarize(filters('setting=courthouse&agency=ice&from=2025-01-01&bbox=-125,30,-110,40'))).toBe(kept);
    expect(summarize(filters('setting=courthouse&agency=ice&from=2025-02-01'))).not.toBe(kept);
    expect(kept.count).toBe(
      all.filter((f) => matches(f, filters('setting=courthouse&agency=ice&from=2025-01-01'))).length,
    );
  });
});

describe('the word index for q, built in the background (indexWordsFor)', () => {
  it('answers a text query that comes mid-build (by the scan: it tests a few incidents), then reports the index built', async () => {
    const { indexWordsFor, summarize } = await import('@/lib/in-memory');
    resetIncidents();
    loadIncidents(path.join(ROOT, 'data'));
    // No time at all: one step, then the build pauses.
    expect(indexWordsFor(0)).toBeUndefined();
    const q = filters(`q=${encodeURIComponent('Sagrado corazón')}`);
    expect(listIncidents(q).map((f) => f.id)).toEqual(['sacred-heart-el-paso-2023-01-04']);
    expect(listIncidents(q).map((f) => f.id)).toEqual(all.filter((f) => matches(f, q)).map((f) => f.id));
    expect(summarize(q).count).toBe(all.filter((f) => matches(f, q)).length);
    const built = indexWordsFor(0);
    expect(built?.words).toBeGreaterThan(100);
    expect(built?.postings).toBeGreaterThanOrEqual(built!.words);
  });
});
