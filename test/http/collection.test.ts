/** GET /api/incidents without filters: the whole dataset, unaltered. */
import { describe, expect, it } from 'vitest';
import { SHARED } from '@/lib/shared/cache-policy';
import { collection, dataIncidents, get, normalize, sourceText } from './helpers';

describe('GET /api/incidents', () => {
  it('answers 200 with a GeoJSON FeatureCollection and the API headers', async () => {
    const res = await get('/api/incidents');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe(SHARED);
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const body = await res.json();
    expect(body.type).toBe('FeatureCollection');
    expect(Array.isArray(body.features)).toBe(true);
  });

  it('serves exactly the incidents in the data files', async () => {
    const served = (await collection()).features.map((f) => f.id).sort();
    expect(served).toEqual(
      dataIncidents()
        .map((inc) => inc.id)
        .sort(),
    );
    expect(served).toHaveLength(6);
  });

  it('serves valid Features with a bbox, geometry and a page path', async () => {
    for (const f of (await collection()).features) {
      expect(f.type).toBe('Feature');
      expect(['Point', 'Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      expect(f.bbox).toHaveLength(4);
      expect(f.properties.path).toBe(`/incidents/${f.id}`);
      expect(f.properties.sources.length).toBeGreaterThan(0);
    }
  });

  it('orders incidents newest first, ties by id', async () => {
    const features = (await collection()).features;
    const keys = features.map((f) => [f.properties.date, f.id] as const);
    const sorted = [...keys].sort((a, b) => b[0].localeCompare(a[0]) || a[1].localeCompare(b[1]));
    expect(keys).toEqual(sorted);
  });

  it('serves every excerpt exactly as in the data files, and each is found in its source text', async () => {
    const fromFiles = new Map(dataIncidents().map((inc) => [inc.id, inc]));
    let checked = 0;
    for (const f of (await collection()).features) {
      const expected = fromFiles.get(f.id)!.properties.sources;
      expect(f.properties.sources.map((s) => s.id)).toEqual(expected.map((s) => s.source));
      f.properties.sources.forEach((s, i) => {
        expect(s.excerpts.map((e) => e.text)).toEqual(expected[i].excerpts.map((e) => e.text));
        expect(s.excerpts.map((e) => e.translations)).toEqual(expected[i].excerpts.map((e) => e.translations));
        const text = normalize(sourceText(s.id));
        for (const e of s.excerpts) {
          expect(text, `excerpt of ${f.id} in ${s.id}`).toContain(normalize(e.text));
          expect(['body', 'photo-caption']).toContain(e.part);
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('marks the El Paso excerpt, a photo caption, as such', async () => {
    const elPaso = (await collection()).features.find((f) => f.id === 'sacred-heart-el-paso-2023-01-04')!;
    expect(elPaso.properties.sources.flatMap((s) => s.excerpts.map((e) => e.part))).toContain('photo-caption');
  });
});
