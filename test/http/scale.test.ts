/**
 * The API at scale, on the shipped dataset: `zoom` accepted, and a small
 * dataset answered as points; what Next compresses.
 */
import { describe, expect, it } from 'vitest';
import { collection, get, raw } from './helpers';

describe('GET /api/incidents without a query', () => {
  // Next 16.4 compresses pages but no route handler's answer (vercel/next.js#98007): the cache in
  // front does (deploy/varnish/default.vcl). When this fails, Next does it too: the VCL's gzip can go.
  it('is not compressed by Next, whose route handlers answer identity', async () => {
    const plain = await raw('/api/incidents', { 'accept-encoding': 'identity' });
    const gzip = await raw('/api/incidents', { 'accept-encoding': 'gzip, deflate, br' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBeUndefined();
    expect(gzip.body.equals(plain.body)).toBe(true);
    expect((await raw('/', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
    for (const r of [gzip]) {
      expect(r.headers.etag).toBe(plain.headers.etag);
      expect(r.headers.vary).toMatch(/Accept-Encoding/i);
      expect(r.headers['access-control-allow-origin']).toBe('*');
      expect(r.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    }
  });

  it('answers the same document as a query that goes through the route handler', async () => {
    const [fast, routed] = await Promise.all([collection(''), collection('format=geojson')]);
    expect(fast).toEqual(routed);
  });

  it('answers HEAD with the headers only', async () => {
    const res = await get('/api/incidents', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeTruthy();
    expect(await res.text()).toBe('');
  });
});

describe('zoom', () => {
  it('answers the incidents in view as points when they fit (the shipped six)', async () => {
    const all = await collection('');
    const view = await collection('bbox=-180,-90,180,90&zoom=3');
    expect(view.features.map((f) => f.id).sort()).toEqual(all.features.map((f) => f.id).sort());
    expect(view.features.some((f) => f.properties.cluster)).toBe(false);
  });

  it('rejects a zoom out of range, naming it', async () => {
    const res = await get('/api/incidents?zoom=23');
    expect(res.status).toBe(400);
    expect((await res.json()).parameter).toBe('zoom');
  });
});
