/** 400 for every bad parameter, 404 for unknown incidents and paths: always JSON, always CORS. */
import { describe, expect, it } from 'vitest';
import { get } from './helpers';

async function expectJsonError(res: Response, status: number): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('etag')).toBeNull();
  const body = await res.json();
  expect(typeof body.error).toBe('string');
  return body;
}

const BAD: [query: string, parameter: string][] = [
  ['bbox=1,2,3', 'bbox'],
  ['bbox=1,2,3,4,5', 'bbox'],
  ['bbox=a,b,c,d', 'bbox'],
  ['bbox=0,-91,1,0', 'bbox'],
  ['bbox=0,0,1,91', 'bbox'],
  ['bbox=-181,0,0,1', 'bbox'],
  ['bbox=0,10,1,5', 'bbox'],
  ['bbox=1,2,3,4&bbox=1,2,3,4', 'bbox'],
  ['from=2025-02-30', 'from'],
  ['from=2025-7-1', 'from'],
  ['from=yesterday', 'from'],
  ['to=2025-13-01', 'to'],
  ['from=2025-08-01&to=2025-07-01', 'to'],
  ['from=2025-07-01&from=2025-07-02', 'from'],
  ['setting=spaceship', 'setting'],
  ['setting=courthouse&setting=spaceship', 'setting'],
  ['agency=fbi', 'agency'],
  [`q=${'a'.repeat(201)}`, 'q'],
  ['q=a&q=b', 'q'],
  ['sort=date', 'sort'],
  ['Setting=courthouse', 'Setting'],
  ['format=xml', 'format'],
  ['format=csv&format=geojson', 'format'],
];

describe('400 Bad Request', () => {
  it.each(BAD)('%s → 400 naming "%s"', async (query, parameter) => {
    const body = await expectJsonError(await get(`/api/incidents?${query}`), 400);
    expect(body.parameter).toBe(parameter);
    expect(typeof body.expected).toBe('string');
    expect((body.expected as string).length).toBeGreaterThan(5);
    expect(body.error).toContain(parameter);
  });

  it('echoes the value it received', async () => {
    const body = await expectJsonError(await get('/api/incidents?setting=spaceship'), 400);
    expect(body).toEqual({
      error: expect.stringContaining('setting'),
      parameter: 'setting',
      expected: expect.stringContaining('courthouse'),
      received: 'spaceship',
    });
  });

  it('accepts a q of exactly 200 characters', async () => {
    expect((await get(`/api/incidents?q=${'a'.repeat(200)}`)).status).toBe(200);
  });

  it('validates the CSV endpoint the same way', async () => {
    const body = await expectJsonError(await get('/api/incidents.csv?bbox=1,2,3'), 400);
    expect(body.parameter).toBe('bbox');
    expect((await expectJsonError(await get('/api/incidents?format=csv&from=2025-02-30'), 400)).parameter).toBe('from');
    expect((await expectJsonError(await get('/api/incidents.csv?format=geojson'), 400)).parameter).toBe('format');
  });
});

describe('404 Not Found', () => {
  it('an unknown incident id', async () => {
    const body = await expectJsonError(await get('/api/incidents/no-such-incident-2025-01-01'), 404);
    expect(body).toEqual({ error: 'no incident with id "no-such-incident-2025-01-01"', id: 'no-such-incident-2025-01-01' });
  });

  it.each([
    ['uppercase', 'SF-Immigration-Court-2025-07-08'],
    ['a space', 'sf%20immigration'],
    ['a double hyphen', 'sf--immigration'],
    ['a trailing hyphen', 'sf-immigration-'],
    ['dots', 'a.b'],
    ['non-ASCII', encodeURIComponent('corazón')],
    ['quotes and brackets', encodeURIComponent('"<script>')],
    ['a very long id', 'a'.repeat(5000)],
  ])('an id with %s (not URL-safe) is a 404, never a 500', async (_what, id) => {
    const body = await expectJsonError(await get(`/api/incidents/${id}`), 404);
    expect(body.error).toMatch(/^no incident with id "/);
    expect(typeof body.id).toBe('string');
    expect((body.id as string).length).toBeLessThanOrEqual(200);
  });

  it('an unknown path under /api', async () => {
    const body = await expectJsonError(await get('/api/nothing-here'), 404);
    expect(body.error).toContain('/api/nothing-here');
    await expectJsonError(await get('/api/incidents/sf-immigration-court-2025-07-08/extra'), 404);
    await expectJsonError(await get('/api'), 404);
  });
});

describe('405 Method Not Allowed', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s /api/incidents', async (method) => {
    const res = await get('/api/incidents', { method });
    await expectJsonError(res, 405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('POST to an incident and to the CSV', async () => {
    await expectJsonError(await get('/api/incidents/sf-immigration-court-2025-07-08', { method: 'POST' }), 405);
    await expectJsonError(await get('/api/incidents.csv', { method: 'POST' }), 405);
  });
});
