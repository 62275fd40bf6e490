/** ETags and 304s, HEAD, the CORS preflight, and CORS on every kind of answer. */
import { describe, expect, it } from 'vitest';
import { SHARED } from '@/lib/shared/cache-policy';
import { get } from './helpers';

async function etagOf(path: string): Promise<string> {
  const res = await get(path);
  expect(res.status).toBe(200);
  await res.arrayBuffer();
  return res.headers.get('etag')!;
}

describe('ETag and 304 Not Modified', () => {
  const paths = [
    '/api/incidents',
    '/api/incidents?setting=courthouse',
    '/api/incidents/sf-immigration-court-2025-07-08',
    '/api/incidents.csv',
    '/api/incidents?format=csv',
    '/api/tiles/4/2/6',
    '/api/tiles/4/2/6?setting=courthouse',
  ];

  it.each(paths)('%s: the same ETag on every request, and 304 with an empty body when it matches', async (path) => {
    const etag = await etagOf(path);
    expect(await etagOf(path)).toBe(etag);
    const res = await get(path, { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
    expect(res.headers.get('etag')).toBe(etag);
    expect(res.headers.get('cache-control')).toBe(SHARED);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('matches a weak form of the tag, a tag in a list, and *', async () => {
    const etag = await etagOf('/api/incidents');
    for (const header of [`W/${etag}`, `"nope", ${etag}`, `W/"nope",W/${etag}`, '*']) {
      const res = await get('/api/incidents', { headers: { 'If-None-Match': header } });
      expect(res.status, header).toBe(304);
    }
  });

  it('answers 200 with the body when the tag does not match', async () => {
    for (const header of ['"nope"', 'W/"nope"', '']) {
      const res = await get('/api/incidents', { headers: { 'If-None-Match': header } });
      expect(res.status, header).toBe(200);
      expect((await res.json()).features).toHaveLength(6);
    }
  });

  it('an ETag names one body: other selections and formats have other tags', async () => {
    const tags = await Promise.all(
      [
        '/api/incidents',
        '/api/incidents?setting=courthouse',
        '/api/incidents.csv',
        '/api/incidents/sf-immigration-court-2025-07-08',
      ].map(etagOf),
    );
    expect(new Set(tags).size).toBe(tags.length);
    const res = await get('/api/incidents?setting=courthouse', { headers: { 'If-None-Match': tags[0] } });
    expect(res.status).toBe(200);
  });

  it('the same selection written two ways has the same ETag (the body is the same)', async () => {
    expect(await etagOf('/api/incidents?setting=courthouse,medical-facility')).toBe(
      await etagOf('/api/incidents?setting=medical-facility&setting=courthouse'),
    );
    expect(await etagOf('/api/incidents.csv')).toBe(await etagOf('/api/incidents?format=csv'));
  });
});

describe('HEAD', () => {
  it.each(['/api/incidents', '/api/incidents.csv', '/api/incidents/sf-immigration-court-2025-07-08'])(
    '%s: the GET headers without a body',
    async (path) => {
      const getRes = await get(path);
      await getRes.arrayBuffer();
      const res = await get(path, { method: 'HEAD' });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('');
      for (const name of ['content-type', 'etag', 'cache-control', 'access-control-allow-origin']) {
        expect(res.headers.get(name), name).toBe(getRes.headers.get(name));
      }
    },
  );

  it('a bad parameter is a 400 for HEAD too', async () => {
    expect((await get('/api/incidents?bbox=1', { method: 'HEAD' })).status).toBe(400);
  });
});

describe('CORS', () => {
  it.each(['/api/incidents', '/api/incidents.csv', '/api/incidents/sf-immigration-court-2025-07-08', '/api/nothing'])(
    'OPTIONS %s → 204 preflight allowing GET, HEAD, OPTIONS and If-None-Match',
    async (path) => {
      const res = await get(path, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://example.org',
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'if-none-match',
        },
      });
      expect(res.status).toBe(204);
      expect(await res.text()).toBe('');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
      expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toBe('if-none-match');
      expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    },
  );

  it('every answer is open to any origin and exposes ETag', async () => {
    const answers = await Promise.all([
      get('/api/incidents', { headers: { Origin: 'https://example.org' } }),
      get('/api/incidents?bbox=1'),
      get('/api/incidents/nope'),
      get('/api/nope'),
      get('/api/incidents.csv'),
      get('/api/incidents', { method: 'DELETE' }),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 400, 404, 404, 200, 405]);
    for (const res of answers) {
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
      await res.arrayBuffer();
    }
  });
});
