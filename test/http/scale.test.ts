/**
 * What issue 6 adds to the API, on the shipped dataset: the no-query answer
 * served from memory, compressed once (br, gzip) with the same bytes and
 * headers as Next's; `zoom` accepted, and a small dataset answered as points.
 */
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { collection, get, raw } from './helpers';

describe('GET /api/incidents without a query', () => {
  it('is compressed per Accept-Encoding, the same bytes and validator in each encoding', async () => {
    const plain = await raw('/api/incidents', { 'accept-encoding': 'identity' });
    const br = await raw('/api/incidents', { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await raw('/api/incidents', { 'accept-encoding': 'gzip;q=1, br;q=0' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    for (const r of [br, gzip]) {
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
