import { describe, expect, it } from 'vitest';
import { csvCell, incidentsToCsv, INCIDENT_COLUMNS, representativePoint, toCsv } from './csv';
import type { ApiFeature } from './shared/types';

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Ontario')).toBe('Ontario');
  });

  it('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvCell('Montclair, CA')).toBe('"Montclair, CA"');
    expect(csvCell('the "hood"')).toBe('"the ""hood"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('neutralises spreadsheet formulas in text cells', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
  });

  it('never touches numbers, negative ones included', () => {
    expect(csvCell(-117.65089)).toBe('-117.65089');
    expect(csvCell(8000)).toBe('8000');
    expect(csvCell(0)).toBe('0');
  });

  it('writes empty cells for missing values and non-finite numbers', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a header row and ends every record with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x,y'],
          [undefined, '=1'],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n,\'=1\r\n');
  });
});

function feature(overrides: Partial<ApiFeature> = {}): ApiFeature {
  return {
    type: 'Feature',
    id: 'test-incident-2025-07-08',
    bbox: [-117.7, 34.0, -117.6, 34.1],
    geometry: { type: 'Point', coordinates: [-117.65089, 34.06334] },
    properties: {
      title: '=cmd|"/c calc"!A1',
      summary: 'A summary.',
      es: { title: 'Título', summary: 'Resumen.' },
      date: '2025-07-08',
      datePrecision: 'day',
      setting: 'medical-facility',
      agencies: ['ice', 'cbp'],
      place: {
        name: 'Clinic, Inc.',
        city: 'Ontario',
        counties: [
          { name: 'San Bernardino County', fips: '06071' },
          { name: 'Riverside County', fips: '06065' },
        ],
        state: 'CA',
      },
      location: { precision: 'city', basis: { en: '-from GeoNames', es: '-según GeoNames' }, radius: 8000 },
      sources: [
        {
          id: 's1',
          publisher: 'P',
          title: 'T',
          url: 'https://a.example/1',
          published: '2025-07-11',
          language: 'en',
          kind: 'news',
          excerpts: [],
        },
        {
          id: 's2',
          publisher: 'P',
          title: 'T',
          url: 'https://b.example/2?x=1,2',
          published: '2025-07',
          language: 'en',
          kind: 'news',
          excerpts: [],
        },
      ],
      claims: [],
      disagreements: [],
      notes: [],
      furtherReporting: [],
      related: [],
      updated: '2026-11-24',
      corrections: [],
      path: '/incidents/test-incident-2025-07-08',
    },
    ...overrides,
  };
}

describe('incidentsToCsv', () => {
  it('writes one row per incident under the header, guarding text but not coordinates', () => {
    const csv = incidentsToCsv([feature()], 'https://map.example');
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(INCIDENT_COLUMNS.join(','));
    expect(end).toBe('');
    expect(row).toBe(
      [
        'test-incident-2025-07-08',
        `"'=cmd|""/c calc""!A1"`,
        '2025-07-08',
        'day',
        '',
        'medical-facility',
        'ice;cbp',
        '"Clinic, Inc."',
        '',
        'Ontario',
        'San Bernardino County;Riverside County',
        '06071;06065',
        'CA',
        'city',
        '8000',
        '-117.65089',
        '34.06334',
        "'-from GeoNames",
        '2',
        '"https://a.example/1 https://b.example/2?x=1,2"',
        '2026-11-24',
        'https://map.example/incidents/test-incident-2025-07-08',
      ].join(','),
    );
  });

  it('gives an area the centroid of its polygon', () => {
    const square = feature({
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-118, 34],
            [-116, 34],
            [-116, 36],
            [-118, 36],
            [-118, 34],
          ],
        ],
      },
    });
    expect(representativePoint(square)).toEqual([-117, 35]);
    expect(incidentsToCsv([square], 'https://map.example')).toContain(',8000,-117,35,');
  });
});
