import { describe, expect, it } from 'vitest';
import {
  FILTER_PARAMS,
  FilterError,
  MAX_QUERY_LENGTH,
  filtersToParams,
  parseFilters,
  type Filters,
} from '@/lib/shared/filters';
import { AGENCIES, SETTINGS } from '@/lib/shared/schema';

const parse = (query: string, allowExtra: string[] = []) => parseFilters(new URLSearchParams(query), allowExtra);

/** The FilterError that parsing `query` throws. */
function failure(query: string): FilterError {
  try {
    parse(query);
  } catch (e) {
    expect(e).toBeInstanceOf(FilterError);
    return e as FilterError;
  }
  throw new Error(`"${query}" was accepted`);
}

describe('parseFilters', () => {
  it('gives empty lists and nothing else for an empty query', () => {
    expect(parse('')).toEqual({ setting: [], agency: [] });
  });

  describe('bbox', () => {
    it('accepts west,south,east,north in degrees', () => {
      expect(parse('bbox=-122.5,37.7,-122.3,37.9').bbox).toEqual([-122.5, 37.7, -122.3, 37.9]);
      expect(parse('bbox=-180,-90,180,90').bbox).toEqual([-180, -90, 180, 90]);
      expect(parse('bbox=1e-7,0,1,1').bbox).toEqual([1e-7, 0, 1, 1]);
    });

    it('accepts west > east: a box across the antimeridian', () => {
      expect(parse('bbox=170,-20,-170,20').bbox).toEqual([170, -20, -170, 20]);
    });

    it.each([
      ['three numbers', 'bbox=1,2,3'],
      ['five numbers', 'bbox=1,2,3,4,5'],
      ['empty', 'bbox='],
      ['not a number', 'bbox=a,2,3,4'],
      ['an empty part', 'bbox=1,,3,4'],
      ['longitude over 180', 'bbox=-181,0,10,10'],
      ['latitude over 90', 'bbox=0,0,10,91'],
      ['south above north', 'bbox=0,20,10,10'],
      ['an infinite number', 'bbox=1e400,0,10,10'],
    ])('rejects %s, naming "bbox"', (_, query) => {
      const e = failure(query);
      expect(e.parameter).toBe('bbox');
      expect(e.message).toContain('"bbox"');
      expect(e.expected).toContain('west,south,east,north');
    });
  });

  it.each(['bbox=0,0,1,1&bbox=0,0,2,2', 'from=2025-07-01&from=2025-07-02', 'to=2025-07-01&to=2025-07-02'])(
    'rejects a single-valued parameter given twice: %s',
    (query) => {
      const e = failure(query);
      expect(e.parameter).toBe(query.split('=')[0]);
      expect(e.expected).toBe('at most one value');
    },
  );

  describe('from and to', () => {
    it('accept calendar dates', () => {
      expect(parse('from=2025-07-01&to=2025-07-31')).toMatchObject({ from: '2025-07-01', to: '2025-07-31' });
      expect(parse('from=2024-02-29').from).toBe('2024-02-29');
      expect(parse('from=2025-07-08&to=2025-07-08')).toMatchObject({ from: '2025-07-08', to: '2025-07-08' });
    });

    it.each(['from', 'to'])('%s rejects dates that are not YYYY-MM-DD or do not exist', (name) => {
      for (const value of ['2025-02-30', '2025-13-01', '2025-07', '2025', '07/08/2025', '2025-7-8', 'yesterday', '']) {
        const e = failure(`${name}=${value}`);
        expect(e.parameter, value).toBe(name);
        expect(e.expected).toContain('YYYY-MM-DD');
        expect(e.received).toBe(value);
      }
    });

    it('rejects from after to, naming "to"', () => {
      const e = failure('from=2025-07-09&to=2025-07-08');
      expect(e.parameter).toBe('to');
      expect(e.expected).toContain('2025-07-09');
    });
  });

  describe.each([
    ['setting', SETTINGS as readonly string[]],
    ['agency', AGENCIES as readonly string[]],
  ])('%s', (name, allowed) => {
    it('accepts every allowed value', () => {
      for (const v of allowed) expect(parse(`${name}=${v}`)[name as 'setting']).toEqual([v]);
    });

    it('is repeatable and comma-separated, without duplicates', () => {
      const [a, b, c] = allowed;
      expect(parse(`${name}=${a}&${name}=${b}`)[name as 'setting']).toEqual([a, b]);
      expect(parse(`${name}=${a},${b}`)[name as 'setting']).toEqual([a, b]);
      expect(parse(`${name}=${a},${b}&${name}=${c},${a}`)[name as 'setting']).toEqual([a, b, c]);
      expect(parse(`${name}=${a},%20${b}`)[name as 'setting']).toEqual([a, b]);
    });

    it('ignores empty values', () => {
      expect(parse(`${name}=`)[name as 'setting']).toEqual([]);
      expect(parse(`${name}=,`)[name as 'setting']).toEqual([]);
    });

    it('rejects an unknown value, naming the parameter and the allowed values', () => {
      const e = failure(`${name}=${allowed[0]},nonsense`);
      expect(e.parameter).toBe(name);
      expect(e.received).toBe('nonsense');
      for (const v of allowed) expect(e.expected).toContain(v);
    });

    it('is case-sensitive', () => {
      expect(failure(`${name}=${allowed[0].toUpperCase()}`).parameter).toBe(name);
    });
  });

  describe('q', () => {
    it('is trimmed', () => {
      expect(parse('q=%20%20black%20suv%20').q).toBe('black suv');
    });

    it('is dropped when blank', () => {
      expect(parse('q=').q).toBeUndefined();
      expect(parse('q=%20%20%20').q).toBeUndefined();
    });

    it(`is limited to ${MAX_QUERY_LENGTH} characters`, () => {
      expect(parse(`q=${'a'.repeat(MAX_QUERY_LENGTH)}`).q).toHaveLength(MAX_QUERY_LENGTH);
      const e = failure(`q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`);
      expect(e.parameter).toBe('q');
      expect(e.expected).toContain(String(MAX_QUERY_LENGTH));
    });

    it('is given once', () => {
      expect(failure('q=a&q=b').parameter).toBe('q');
    });
  });

  describe('zoom', () => {
    it('accepts a whole number from 0 to 22', () => {
      expect(parse('zoom=0').zoom).toBe(0);
      expect(parse('zoom=9').zoom).toBe(9);
      expect(parse('zoom=22').zoom).toBe(22);
      expect(parse('').zoom).toBeUndefined();
    });

    it.each(['zoom=', 'zoom=23', 'zoom=-1', 'zoom=1.5', 'zoom=abc', 'zoom=1e1', 'zoom=100'])(
      'rejects %s, naming zoom',
      (query) => {
        const e = failure(query);
        expect(e.parameter).toBe('zoom');
        expect(e.expected).toBe('a whole number from 0 to 22');
      },
    );

    it('is given once', () => {
      expect(failure('zoom=3&zoom=4').parameter).toBe('zoom');
    });

    it('round-trips through filtersToParams', () => {
      const f: Filters = { bbox: [-120, 30, -110, 40], setting: [], agency: [], zoom: 7 };
      expect(filtersToParams(f).toString()).toBe('bbox=-120%2C30%2C-110%2C40&zoom=7');
      expect(parseFilters(filtersToParams(f))).toEqual(f);
    });
  });

  describe('unknown parameters', () => {
    it.each(['format=csv', 'Setting=courthouse', 'bbox2=1,2,3,4', 'settings=courthouse', 'limit=10'])(
      'rejects %s, naming it',
      (query) => {
        const name = query.split('=')[0];
        const e = failure(query);
        expect(e.parameter).toBe(name);
        expect(e.message).toContain(`"${name}"`);
        for (const known of FILTER_PARAMS) expect(e.expected).toContain(known);
      },
    );

    it('accepts the extra parameters a caller handles itself', () => {
      expect(parse('format=csv&setting=courthouse', ['format'])).toEqual({ setting: ['courthouse'], agency: [] });
    });
  });

  it('reads every filter at once', () => {
    expect(
      parse(
        'bbox=-125,30,-100,40&from=2025-07-01&to=2025-07-31&setting=courthouse,medical-facility&agency=ice&q=%20suv%20',
      ),
    ).toEqual({
      bbox: [-125, 30, -100, 40],
      from: '2025-07-01',
      to: '2025-07-31',
      setting: ['courthouse', 'medical-facility'],
      agency: ['ice'],
      q: 'suv',
    });
  });
});

describe('FilterError', () => {
  it('serialises as a JSON body that names the parameter and what is expected', () => {
    const body = JSON.parse(JSON.stringify(failure('from=2025-02-30')));
    expect(body).toEqual({
      error: expect.stringContaining('"from"'),
      parameter: 'from',
      expected: expect.stringContaining('YYYY-MM-DD'),
      received: '2025-02-30',
    });
  });

  it('shortens what it echoes back', () => {
    expect(failure(`setting=${'x'.repeat(1000)}`).received!.length).toBeLessThanOrEqual(200);
  });
});

describe('filtersToParams', () => {
  const full: Filters = {
    bbox: [-122.5, 37.7, -122.3, 37.9],
    from: '2025-07-01',
    to: '2025-07-31',
    setting: ['medical-facility', 'courthouse'],
    agency: ['ice', 'dhs'],
    q: 'black suv',
  };

  it('writes a stable order, lists sorted, so one selection has one cache key', () => {
    expect(decodeURIComponent(filtersToParams(full).toString())).toBe(
      'bbox=-122.5,37.7,-122.3,37.9&from=2025-07-01&to=2025-07-31&setting=courthouse&setting=medical-facility&agency=dhs&agency=ice&q=black+suv',
    );
    expect(
      filtersToParams({ ...full, setting: ['courthouse', 'medical-facility'], agency: ['dhs', 'ice'] }).toString(),
    ).toBe(filtersToParams(full).toString());
  });

  it('writes nothing for no filters', () => {
    expect(filtersToParams({}).toString()).toBe('');
    expect(filtersToParams({ setting: [], agency: [] }).toString()).toBe('');
  });

  it('round-trips through parseFilters', () => {
    const sorted = (f: Filters): Filters => ({ ...f, setting: [...f.setting].sort(), agency: [...f.agency].sort() });
    const cases: Filters[] = [
      full,
      { setting: [], agency: [] },
      { setting: [...SETTINGS], agency: [...AGENCIES] },
      { bbox: [170, -20, -170, 20], setting: [], agency: [] },
      { bbox: [-1e-7, 51.4, 1e-7, 51.5], setting: [], agency: [] },
      { q: 'Diócesis “Ontario”, 100% & más', setting: [], agency: [] },
    ];
    for (const f of cases) expect(parseFilters(filtersToParams(f))).toEqual(sorted(f));
  });

  it('round-trips a parsed query string to the same query string', () => {
    const query =
      'bbox=-125%2C30%2C-100%2C40&from=2025-06-01&setting=place-of-worship&setting=street&agency=border-patrol&q=el+paso';
    expect(filtersToParams(parseFilters(new URLSearchParams(query))).toString()).toBe(query);
  });
});
