/**
 * The hostile dataset (test/fixtures/hostile-data) is valid data: the whole
 * check passes, so what the HTTP and browser tests prove about rendering it
 * is about data that could be published. And it is hostile where it says.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from './support/fixtures';

const DIR = path.resolve('test/fixtures/hostile-data');
const read = (sub: string) =>
  fs
    .readdirSync(path.join(DIR, sub))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(DIR, sub, f), 'utf8')));

describe('test/fixtures/hostile-data', () => {
  // The whole check (GeoNames and county lookups included) takes seconds on a busy machine.
  it('passes the whole data check', () => {
    expect(check(DIR)).toEqual([]);
  }, 30_000);

  it('carries markup, script and formula payloads in every text a page shows', () => {
    for (const f of read('incidents')) {
      const p = f.properties;
      const excerpt = p.sources[0].excerpts[0];
      const texts = [
        p.title,
        p.summary,
        p.es.title,
        p.es.summary,
        p.place.name.en,
        p.place.name.es,
        p.location.basis.es,
        excerpt.text,
        excerpt.translations.es.text,
      ];
      for (const text of texts) expect(text).toMatch(/<script>|<img /);
      expect(p.title).toMatch(/^[=+\-@]/);
    }
    for (const s of read('sources')) {
      expect(s.publisher).toContain('<script>');
      expect(s.title).toMatch(/^=/);
      expect(s.url).toMatch(/^https:\/\/.*"><script>/);
    }
  });
});
