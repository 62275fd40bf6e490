/** GET /api/incidents/{id}: one Feature, equal to the one in the collection. */
import { describe, expect, it } from 'vitest';
import { SHARED } from '@/lib/shared/cache-policy';
import { collection, dataIncidents, get } from './helpers';

describe('GET /api/incidents/{id}', () => {
  it('answers every incident of the dataset with its Feature, as in the collection', async () => {
    const all = await collection();
    for (const { id } of dataIncidents()) {
      const res = await get(`/api/incidents/${id}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('cache-control')).toBe(SHARED);
      expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      const feature = await res.json();
      expect(feature.type).toBe('Feature');
      expect(feature.id).toBe(id);
      expect(feature).toEqual(all.features.find((f) => f.id === id));
    }
  });

  it('serves the diocese as a Polygon area', async () => {
    const feature = await (await get('/api/incidents/diocese-san-bernardino-2025-07-08')).json();
    expect(feature.geometry.type).toBe('Polygon');
    expect(feature.properties.location.precision).toBe('region');
  });

  it('gives each incident its own ETag', async () => {
    const a = await get('/api/incidents/sf-immigration-court-2025-07-08');
    const b = await get('/api/incidents/sacred-heart-el-paso-2023-01-04');
    expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'));
  });
});
