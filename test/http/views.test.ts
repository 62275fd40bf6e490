/**
 * The map's data over HTTP, on the shipped dataset: tiles
 * (/api/tiles/{z}/{x}/{y}) with the API's cache headers and validators,
 * every incident once across the tiles of a zoom, filters applied, and
 * anything that is not a tile a JSON 400 naming the part at fault; and the
 * view API users ask (?bbox&zoom), which keeps answering.
 */
import { describe, expect, it } from 'vitest';
import { tilesCovering, tilePath } from '@/lib/shared/tiles/address';
import { collection, get, raw } from './helpers';

const TILE = '/api/tiles/4/2/6';
const isCluster = (f: { properties: { cluster?: boolean } }) => f.properties.cluster === true;

describe('tiles', () => {
  it("answer GeoJSON with the API's cache policy and a strong ETag, and 304 to a match", async () => {
    const res = await raw(TILE);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=60, s-maxage=240, stale-while-revalidate=60');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers.etag).toMatch(/^"/);
    const again = await raw(TILE, { 'if-none-match': res.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('hold every incident of the dataset once across the tiles of the world at a zoom (areas in each tile they meet)', async () => {
    const all = await collection('');
    const points = all.features
      .filter((f) => f.geometry.type === 'Point')
      .map((f) => f.id)
      .sort();
    const areas = all.features
      .filter((f) => f.geometry.type !== 'Point')
      .map((f) => f.id)
      .sort();
    for (const zoom of [2, 3]) {
      const seen: string[] = [];
      const seenAreas = new Set<string>();
      let clustered = 0;
      for (const tile of tilesCovering([-180, -85.06, 180, 85.06], zoom)) {
        const { features } = await (await get(`/api/tiles/${tilePath(tile)}`)).json();
        for (const f of features) {
          if (isCluster(f)) clustered += f.properties.count;
          else if (f.geometry.type === 'Point') seen.push(f.id);
          else seenAreas.add(f.id);
        }
      }
      expect(seen.length + clustered, `zoom ${zoom}`).toBe(points.length);
      if (!clustered) expect(seen.sort()).toEqual(points);
      expect([...seenAreas].sort()).toEqual(areas);
    }
  });

  it('apply the filters', async () => {
    const { features } = await (await get('/api/tiles/0/0/0?setting=courthouse')).json();
    expect(features.length).toBeGreaterThan(0);
    for (const f of features) if (!isCluster(f)) expect(f.properties.setting).toBe('courthouse');
  });

  it('answer anything that is not a tile, or a box or zoom beside one, with a JSON 400 naming it', async () => {
    for (const [path, parameter] of [
      ['/api/tiles/19/0/0', 'z'],
      ['/api/tiles/x/0/0', 'z'],
      ['/api/tiles/2/4/0', 'x'],
      ['/api/tiles/2/0/4', 'y'],
      ['/api/tiles/2/0/1e0', 'y'],
      ['/api/tiles/2/0/-1', 'y'],
      ['/api/tiles/2/0/0?bbox=-1,-1,1,1', 'bbox'],
      ['/api/tiles/2/0/0?zoom=3', 'zoom'],
      ['/api/tiles/2/0/0?colour=red', 'colour'],
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type'), path).toMatch(/json/);
      expect((await res.json()).parameter, path).toBe(parameter);
    }
  });
});

const VIEW = '/api/incidents?bbox=-125,24,-66,50&zoom=4';

describe('views for API users (?bbox&zoom)', () => {
  it('answer the same bytes and validator however the query is written', async () => {
    const plain = await raw(VIEW, { 'accept-encoding': 'identity' });
    const routed = await raw(`${VIEW}&format=geojson`, { 'accept-encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(routed.status).toBe(200);
    expect(plain.body.equals(routed.body)).toBe(true);
    expect(plain.headers.etag).toBe(routed.headers.etag);
    for (const name of [
      'content-type',
      'cache-control',
      'vary',
      'access-control-allow-origin',
      'x-content-type-options',
    ]) {
      expect(plain.headers[name], name).toBe(routed.headers[name]);
    }
    expect(JSON.parse(plain.body.toString()).features.length).toBeGreaterThan(0);
  });

  it('answer 304 to a matching If-None-Match', async () => {
    const etag = (await raw(VIEW)).headers.etag!;
    const again = await raw(VIEW, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
  });

  it('name an invalid parameter', async () => {
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
