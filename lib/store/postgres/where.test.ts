import { describe, expect, it } from 'vitest';
import { Params, tsquery, whereOf } from './where';

describe('the filters as SQL', () => {
  it('asks every folded word of q as a prefix, quoted, and nothing for a q without words', () => {
    expect(tsquery('Tribunal de Inmigración')).toBe("'tribunal':* & 'de':* & 'inmigracion':*");
    expect(tsquery('“ICE” agents; ice')).toBe("'ice':* & 'agents':*");
    expect(tsquery(`'; DROP TABLE incident; --`)).toBe("'drop':* & 'table':* & 'incident':*");
    expect(tsquery('"…"')).toBeUndefined();
  });

  it('writes every value as a parameter, never into the SQL', () => {
    const p = new Params();
    const where = whereOf(p, 7, {
      setting: ['courthouse'],
      agency: ['ice'],
      from: '2025-01-01',
      to: '2025-12-31',
      q: "o'brien",
      bbox: [170, -10, -170, 10],
    });
    expect(where).not.toMatch(/courthouse|ice'|2025|brien|170/);
    expect(p.values).toEqual([
      7,
      ['courthouse'],
      ['ice'],
      '2025-01-01',
      '2025-12-31',
      "'o':* & 'brien':*",
      170,
      -10,
      180,
      10,
      -180,
      -10,
      -170,
      10,
    ]);
  });
});
