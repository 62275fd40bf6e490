/** The CSV at /api/incidents.csv and /api/incidents?format=csv: the same selection as the GeoJSON. */
import { describe, expect, it } from 'vitest';
import { SHARED } from '@/lib/shared/cache-policy';
import { collection, csvRecords, get, ID } from './helpers';

const COLUMNS = [
  'id',
  'title',
  'date',
  'date_precision',
  'end_date',
  'setting',
  'agencies',
  'place',
  'address',
  'city',
  'counties',
  'county_fips',
  'state',
  'location_precision',
  'radius_m',
  'longitude',
  'latitude',
  'location_basis',
  'source_count',
  'source_urls',
  'updated',
  'url',
];

async function csv(path: string) {
  const res = await get(path);
  expect(res.status, res.status === 200 ? '' : await res.clone().text()).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toBe('attachment; filename="incidents.csv"');
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('cache-control')).toBe(SHARED);
  expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  const text = await res.text();
  expect(text.endsWith('\r\n')).toBe(true);
  return csvRecords(text);
}

describe('CSV', () => {
  it('has the header row and one row per incident', async () => {
    const { header, records } = await csv('/api/incidents.csv');
    expect(header).toEqual(COLUMNS);
    expect(records).toHaveLength(6);
  });

  it('is the same at /api/incidents?format=csv', async () => {
    const a = await (await get('/api/incidents.csv?setting=place-of-worship')).text();
    const b = await (await get('/api/incidents?format=csv&setting=place-of-worship')).text();
    expect(b).toBe(a);
    await csv('/api/incidents?format=csv');
  });

  it.each([
    '',
    'bbox=-117.8,33.9,-117.1,34.2',
    'from=2025-07-01',
    'setting=courthouse',
    'agency=border-patrol',
    'q=Sagrado',
    'bbox=-30,10,-20,20',
  ])('rows match the GeoJSON selection, in order (%s)', async (query) => {
    const { records } = await csv(`/api/incidents.csv?${query}`);
    const features = (await collection(query)).features;
    expect(records.map((r) => r.id)).toEqual(features.map((f) => f.id));
    for (const [i, f] of features.entries()) {
      expect(records[i].title).toBe(f.properties.title);
      expect(records[i].date).toBe(f.properties.date);
      expect(records[i].source_count).toBe(String(f.properties.sources.length));
      expect(records[i].source_urls.split(' ')).toEqual(f.properties.sources.map((s) => s.url));
      expect(records[i].url).toMatch(new RegExp(`^https?://[^/]+${f.properties.path}$`));
    }
  });

  it('gives points their coordinates, as plain (negative) numbers', async () => {
    const { records } = await csv('/api/incidents.csv');
    const features = (await collection()).features;
    for (const f of features.filter((f) => f.geometry.type === 'Point')) {
      const row = records.find((r) => r.id === f.id)!;
      expect([Number(row.longitude), Number(row.latitude)]).toEqual(f.geometry.coordinates);
      expect(row.longitude).toMatch(/^-\d+\.\d+$/);
    }
    const sf = records.find((r) => r.id === ID.sf)!;
    expect(sf).toMatchObject({
      longitude: '-122.41942',
      latitude: '37.77493',
      location_precision: 'city',
      radius_m: '7000',
      state: 'CA',
    });
  });

  it('gives the diocese area its centroid, inside its bbox, with precision "region"', async () => {
    const { records } = await csv('/api/incidents.csv');
    const row = records.find((r) => r.id === ID.diocese)!;
    const [west, south, east, north] = (await collection()).features.find((f) => f.id === ID.diocese)!.bbox;
    const [lon, lat] = [Number(row.longitude), Number(row.latitude)];
    expect(lon).toBeGreaterThan(west);
    expect(lon).toBeLessThan(east);
    expect(lat).toBeGreaterThan(south);
    expect(lat).toBeLessThan(north);
    expect(row.location_precision).toBe('region');
    expect(row.radius_m).toBe('');
    expect(row.counties).toBe('San Bernardino County;Riverside County');
    expect(row.county_fips).toBe('06071;06065');
  });

  it('joins agencies with semicolons and quotes text with commas', async () => {
    const { records } = await csv('/api/incidents.csv?agency=border-patrol');
    expect(records[0].agencies.split(';').sort()).toEqual(['border-patrol', 'local-police']);
    expect(records[0].address).toBe('602 S. Oregon St., Segundo Barrio, El Paso, TX');
  });

  it('an empty selection is the header row alone', async () => {
    const { header, records } = await csv('/api/incidents.csv?bbox=-30,10,-20,20');
    expect(header).toEqual(COLUMNS);
    expect(records).toEqual([]);
  });

  it('no text cell starts with a formula character', async () => {
    const { records } = await csv('/api/incidents.csv');
    const numeric = new Set(['radius_m', 'longitude', 'latitude', 'source_count']);
    for (const r of records) {
      for (const [column, value] of Object.entries(r)) {
        if (!numeric.has(column)) expect(value, column).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });
});
