/**
 * The map's view queries (?bbox&zoom): the same bytes and validator however
 * the query is written, 304 on a match, and anything invalid answered 400.
 */
import { describe, expect, it } from 'vitest';
import { get, raw } from './helpers';

const VIEW = '/api/incidents?bbox=-125,24,-66,50&zoom=4';

describe('view queries', () => {
  it('answer what the route handler answers, byte for byte, with the same validator and headers', async () => {
    const fast = await raw(VIEW, { 'accept-encoding': 'identity' });
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
