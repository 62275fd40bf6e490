/**
 * 400 for a bad parameter, 404 for unknown incidents and paths, through the
 * running app: always JSON, always CORS. Every bad parameter, id and method,
 * against the route handlers themselves: test/unit/api-errors.test.ts.
 */
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

describe('400 Bad Request', () => {
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
    expect(body).toEqual({
      error: 'no incident with id "no-such-incident-2025-01-01"',
      id: 'no-such-incident-2025-01-01',
    });
  });

  it.each([
    ['a space', 'sf%20immigration'],
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
