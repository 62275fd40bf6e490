/**
 * The map's view queries (?bbox&zoom) answered by `npm start` ahead of Next
 * (scripts/view-fast-path.mjs): the same bytes and validator as the route
 * handler's, compressed per Accept-Encoding, 304 on a match, and anything
 * invalid still answered by the route with its 400.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { get, raw } from './helpers';

const VIEW = '/api/incidents?bbox=-125,24,-66,50&zoom=4';

describe('view queries ahead of Next', () => {
  it('answer what the route handler answers, byte for byte, with the same validator and headers', async () => {
    const fast = await raw(VIEW, { 'accept-encoding': 'identity' });
    // With format=geojson the fast path steps aside: Next's router and the route handler answer.
    const routed = await raw(`${VIEW}&format=geojson`, { 'accept-encoding': 'identity' });
    expect(fast.status).toBe(200);
    expect(routed.status).toBe(200);
    expect(fast.body.equals(routed.body)).toBe(true);
    expect(fast.headers.etag).toBe(routed.headers.etag);
    for (const name of ['content-type', 'cache-control', 'vary', 'access-control-allow-origin', 'x-content-type-options']) {
      expect(fast.headers[name], name).toBe(routed.headers[name]);
    }
    expect(JSON.parse(fast.body.toString()).features.length).toBeGreaterThan(0);
  });

  it('are compressed per Accept-Encoding', async () => {
    const plain = await raw(VIEW, { 'accept-encoding': 'identity' });
    const br = await raw(VIEW, { 'accept-encoding': 'gzip, br' });
    const gzip = await raw(VIEW, { 'accept-encoding': 'gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length);
  });

  it('answer 304 to a matching If-None-Match', async () => {
    const etag = (await raw(VIEW)).headers.etag!;
    const again = await raw(VIEW, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
  });

  it('leave invalid queries to the route, which names the parameter', async () => {
    for (const [query, parameter] of [
      ['bbox=-125,24,-66&zoom=4', 'bbox'],
      ['bbox=-125,24,-66,50&zoom=99', 'zoom'],
      ['bbox=-125,24,-66,50&zoom=4&colour=red', 'colour'],
    ]) {
      const res = await get(`/api/incidents?${query}`);
      expect(res.status, query).toBe(400);
      expect((await res.json()).parameter).toBe(parameter);
    }
  });
});
