/**
 * Property-based tests (fast-check) against the running app: every API
 * parameter and path segment, and the pages' URL state, with random strings,
 * huge values, repeated parameters, Unicode, raw and malformed
 * percent-encoding, malformed numbers and dates, reversed and out-of-range
 * boxes. The properties: never a 5xx; every API error is JSON that names the
 * parameter at fault (one the request sent, or "path"/"query"); any address
 * renders a page. Run counts are small (CI time); a failure prints the
 * shrunk counterexample and its seed (`fc.assert` replays it with `{ seed, path }`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { get } from './helpers';

const RUNS = Number(process.env.FC_RUNS ?? 25);
const PAGE_RUNS = Math.max(5, Math.round(RUNS / 3));

/** Strings a hostile or careless client sends. */
const NASTY = [
  '',
  ' ',
  '%',
  '%%',
  '%0',
  '%ZZ',
  '%00',
  '%E0%A4%A',
  '%C3%28',
  '%2F',
  '%2e%2e',
  '..',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"\'><img src=x onerror=alert(1)>',
  '\u0000',
  '\uFEFF',
  '\u202E',
  '𝕏𝕐',
  'corazón',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '1e-400',
  '0x10',
  '0b1',
  '1_000',
  ' 1',
  '1 ',
  '+1',
  '9'.repeat(400),
  '1,2,3,4',
  ',,,',
  'null',
  'undefined',
  '[]',
  '{}',
  'true',
  '2025-02-30',
  '2025-13-01',
  '0000-00-00',
  '9999-12-31',
  '0000-02-29',
  '0100-02-29',
  '0096-02-29',
  '2025-07-08T00:00:00Z',
  '20250708',
  '2025/07/08',
  '-2025-07-08',
];

/** Lone surrogates cannot be sent (a URL is UTF-8): they become U+FFFD, as a browser would send them. */
const wellFormed = (s: string) =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map(wellFormed) },
  { weight: 1, arbitrary: fc.string({ minLength: 201, maxLength: 1500 }) },
);

const number = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.double({ min: -400, max: 400, noNaN: true }).map((x) => x.toFixed(3)),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
);

/** A longitude or latitude, mostly in range, sometimes not. */
const coordinate = fc.oneof(
  fc.double({ min: -200, max: 200, noNaN: true }).map((x) => String(Math.round(x * 1e4) / 1e4)),
  number,
  text,
);
const bbox = fc.oneof(
  fc.tuple(coordinate, coordinate, coordinate, coordinate).map((parts) => parts.join(',')),
  fc.array(coordinate, { maxLength: 6 }).map((parts) => parts.join(',')),
  text,
);
const day = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const date = fc.oneof(
  day,
  fc
    .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: -1, max: 13 }), fc.integer({ min: -1, max: 40 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  text,
);
const SETTINGS = ['medical-facility', 'place-of-worship', 'courthouse', 'workplace', 'street', 'residence', 'other'];
const AGENCIES = ['ice', 'border-patrol', 'cbp', 'dhs', 'local-police', 'other'];
const listOf = (values: string[]) =>
  fc.oneof(
    fc.constantFrom(...values),
    fc.array(fc.constantFrom(...values), { maxLength: 8 }).map((v) => v.join(',')),
    text,
  );
const zoom = fc.oneof(fc.integer({ min: -5, max: 30 }).map(String), number, text);

/** Encodes a query key or value: properly, or raw (only what fetch cannot send is escaped; a bare "%" stays). */
function encode(value: string, raw: boolean): string {
  return raw ? value.replace(/[^%A-Za-z0-9\-._~!$'()*+,;:@/]/gu, encodeURIComponent) : encodeURIComponent(value);
}

/** Decodes like URLSearchParams does (a malformed escape stays as it is). */
function decoded(key: string): string {
  return new URLSearchParams(`${key}=`).keys().next().value as string;
}

type Pair = [key: string, value: string];

/** A query: known parameters with arbitrary values, repeated or not, and now and then an unknown one. */
function query(known: Record<string, fc.Arbitrary<string>>) {
  const pair = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...Object.keys(known)).chain((k) => known[k].map((v): Pair => [k, v])) },
    { weight: 1, arbitrary: fc.tuple(text, text) as fc.Arbitrary<Pair> },
  );
  return fc.record({ pairs: fc.array(pair, { maxLength: 5 }), raw: fc.boolean() }).map(({ pairs, raw }) => ({
    /** The keys as sent. */
    keys: pairs.map(([k]) => encode(k, raw)),
    search: pairs.map(([k, v]) => `${encode(k, raw)}=${encode(v, raw)}`).join('&'),
  }));
}

/** A real day of the proleptic Gregorian calendar, YYYY-MM-DD (written here without Date, whose years 0–99 are 1900–1999). */
function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = m.slice(1).map(Number);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days;
}

/** `sent`: the query's keys as sent; `required`: parameters an answer may name as missing. */
async function expectJsonError(res: Response, sent: string[], required: string[] = []) {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = await res.json();
  expect(typeof body.error).toBe('string');
  // Nothing from inside the server: no stack frames, no file paths.
  expect(JSON.stringify(body)).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\/work\/|\.tsx?:\d/);
  if (res.status === 400 || res.status === 414) {
    expect(typeof body.parameter).toBe('string');
    const named = body.parameter as string;
    const candidates = new Set([
      'path',
      'query',
      ...required,
      ...sent.flatMap((k) => [decoded(k), decoded(k).slice(0, 100)]),
    ]);
    expect(candidates, `"${named}" is not a parameter of the request`).toContain(named);
  }
}

const API_FILTERS = { bbox, from: date, to: date, setting: listOf(SETTINGS), agency: listOf(AGENCIES), q: text, zoom };

describe('the API never fails and names what it refuses', () => {
  it.each([
    ['/api/incidents', API_FILTERS],
    ['/api/incidents', { ...API_FILTERS, format: fc.oneof(fc.constantFrom('geojson', 'csv'), text) }],
    ['/api/incidents.csv', { ...API_FILTERS, format: fc.oneof(fc.constant('csv'), text) }],
    [
      '/api/oembed',
      {
        url: fc.oneof(
          text,
          fc.constantFrom(
            'http://localhost:3000/incidents/sf-immigration-court-2025-07-08',
            'javascript:alert(1)',
            'http://[::1',
            '//x',
          ),
        ),
        maxwidth: fc.oneof(number, text),
        maxheight: fc.oneof(number, text),
        format: fc.oneof(fc.constantFrom('json', 'xml'), text),
      },
    ],
  ] as [string, Record<string, fc.Arbitrary<string>>][])('%s with random queries', async (path, known) => {
    await fc.assert(
      fc.asyncProperty(query(known), async ({ keys, search }) => {
        const res = await get(`${path}?${search}`);
        // The one 5xx allowed: oEmbed's own answer to a format it does not implement (oEmbed 1.0 §2.3.4).
        const oembedFormat = path === '/api/oembed' && res.status === 501;
        expect(res.status, `${path}?${search}`).toBeLessThan(oembedFormat ? 502 : 500);
        if (oembedFormat) expect((await res.clone().json()).parameter).toBe('format');
        if (res.status >= 400) await expectJsonError(res, keys, path === '/api/oembed' ? ['url'] : []);
        else await res.arrayBuffer();
      }),
      { numRuns: RUNS },
    );
  });

  it('a box is accepted exactly when it is four numbers in range with south <= north (west > east crosses the antimeridian)', async () => {
    const degrees = (max: number) =>
      fc.oneof(fc.double({ min: -max - 20, max: max + 20, noNaN: true }), fc.constantFrom(-max, max, 0));
    await fc.assert(
      fc.asyncProperty(degrees(180), degrees(90), degrees(180), degrees(90), async (w, s, e, n) => {
        const box = [w, s, e, n].map((x) => String(x)).join(',');
        const valid = Math.abs(w) <= 180 && Math.abs(e) <= 180 && Math.abs(s) <= 90 && Math.abs(n) <= 90 && s <= n;
        const res = await get(`/api/incidents?bbox=${box}`);
        expect(res.status, box).toBe(valid ? 200 : 400);
        if (valid) expect((await res.json()).type).toBe('FeatureCollection');
        else expect((await res.json()).parameter).toBe('bbox');
      }),
      { numRuns: RUNS },
    );
  });

  it('a date is accepted exactly when it is a calendar date YYYY-MM-DD', async () => {
    await fc.assert(
      fc.asyncProperty(date, fc.constantFrom('from', 'to'), async (value, name) => {
        const res = await get(`/api/incidents?${name}=${encodeURIComponent(value)}`);
        const real = isCalendarDay(value);
        expect(res.status, value).toBe(real ? 200 : 400);
        const body = await res.json();
        if (!real) expect(body.parameter).toBe(name);
      }),
      { numRuns: RUNS },
    );
  });

  it('a repeated single-valued parameter is refused by name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('bbox', 'from', 'to', 'q', 'zoom', 'format'),
        fc.integer({ min: 2, max: 50 }),
        async (name, times) => {
          const value = {
            bbox: '-120,30,-110,40',
            from: '2025-07-01',
            to: '2025-07-31',
            q: 'ice',
            zoom: '5',
            format: 'geojson',
          }[name];
          const res = await get(`/api/incidents?${Array.from({ length: times }, () => `${name}=${value}`).join('&')}`);
          expect(res.status).toBe(400);
          expect((await res.json()).parameter).toBe(name);
        },
      ),
      { numRuns: Math.round(RUNS / 2) },
    );
  });

  it('any path segment under /api: JSON, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.boolean(),
        fc.constantFrom('/api/incidents/', '/api/', '/api/incidents.csv/', '/api/oembed/'),
        async (segment, raw, prefix) => {
          const path = prefix + encode(segment, raw).replace(/[?#]/g, encodeURIComponent);
          // Dot segments sent raw ("..", "%2e%2e") are resolved by the client before it sends: "/api/../" asks for "/",
          // an HTML page. Only paths that still ask for something under /api are this property's.
          fc.pre(new URL(`http://host${path}`).pathname.startsWith('/api/'));
          const res = await get(path);
          expect(res.status, path).toBeLessThan(500);
          if (res.status >= 400) await expectJsonError(res, []);
          else await res.arrayBuffer();
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('any address renders a page', () => {
  const STATE = {
    incident: fc.oneof(fc.constantFrom('sf-immigration-court-2025-07-08', 'no-such-incident'), text),
    setting: listOf(SETTINGS),
    agency: listOf(AGENCIES),
    from: date,
    to: date,
    q: text,
    map: fc.oneof(
      fc.tuple(zoom, coordinate, coordinate).map((p) => p.join('/')),
      text,
    ),
    lang: fc.oneof(fc.constantFrom('en', 'es'), text),
  };

  it.each(['/', '/embed'])('%s with a random URL state: 200, HTML (308 to /es for the old lang=es)', async (path) => {
    await fc.assert(
      fc.asyncProperty(query(STATE), async ({ search }) => {
        const res = await get(`${path}?${search}`);
        if (new URLSearchParams(search).get('lang') === 'es') {
          expect(res.status, `${path}?${search}`).toBe(308);
          expect(new URL(res.headers.get('location')!, 'http://x').pathname).toBe(path === '/' ? '/es' : `/es${path}`);
          return;
        }
        expect(res.status, `${path}?${search}`).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        expect(await res.text()).toContain('</html>');
      }),
      { numRuns: PAGE_RUNS },
    );
  });

  it('any path segment of a page: below 500, HTML', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.boolean(),
        fc.constantFrom(
          '/incidents/',
          '/embed/incidents/',
          '/',
          '/about/',
          '/incidents/sf-immigration-court-2025-07-08/',
        ),
        async (segment, raw, prefix) => {
          const path = prefix + encode(segment, raw).replace(/[?#]/g, encodeURIComponent);
          const res = await get(path);
          expect(res.status, path).toBeLessThan(500);
          if (res.status < 300 || res.status >= 400)
            expect(await res.text()).not.toMatch(/\bat [\w.<>]+ \(|node_modules/);
        },
      ),
      { numRuns: PAGE_RUNS },
    );
  });
});

describe('limits on what is accepted', () => {
  it('an API query string over 4 KiB: 414 naming the query', async () => {
    const res = await get(`/api/incidents?setting=${'courthouse,'.repeat(400)}`);
    expect(res.status).toBe(414);
    const body = await res.json();
    expect(body).toMatchObject({ parameter: 'query', limit: 4096 });
  });

  it('an API query of 4 KiB or less is read (and refused by parameter)', async () => {
    const res = await get(`/api/incidents?q=${'a'.repeat(4000)}`);
    expect(res.status).toBe(400);
    expect((await res.json()).parameter).toBe('q');
  });

  it('a page takes a long query: its URL state forgives', async () => {
    expect((await get(`/?q=${'a'.repeat(12_000)}`)).status).toBe(200);
  });

  // Node refuses it before Next (an empty body); the shipped Varnish configuration gives the API's a JSON body.
  it('a request line over 16 KiB: 431 before any handler', async () => {
    expect((await get(`/api/incidents?q=${'a'.repeat(20_000)}`)).status).toBe(431);
    expect((await get(`/?q=${'a'.repeat(20_000)}`)).status).toBe(431);
  });

  it('malformed percent-encoding in a path: JSON 400 on the API, a 400 page elsewhere', async () => {
    for (const path of ['/api/incidents/%', '/api/incidents/%E0%A4%A', '/api/%ZZ', '/api/incidents.csv/%C3%28']) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(await res.json()).toMatchObject({ parameter: 'path' });
    }
    for (const path of ['/incidents/%', '/incidents/%E0%A4%A', '/embed/incidents/%ZZ', '/%E0%A4%A/x']) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('Page not found');
    }
    // In the edition it was asked in.
    for (const path of ['/es/incidents/%', '/es/%E0%A4%A']) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      const html = await res.text();
      expect(html).toContain('<html lang="es">');
      expect(html).toContain('Página no encontrada');
    }
  });
});
