/**
 * The API's JSON errors, decided by its route handlers, called here as Next
 * calls them (a NextRequest in, a Response out) without a server: every bad
 * parameter is a 400 naming it, every write a 405 with Allow, each JSON with
 * CORS, kept by no cache, and saying nothing of the server's inside. The
 * same answers through the running app, one per kind: test/http/errors.test.ts
 * and test/http/api-errors.test.ts.
 */
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import * as incident from '@/app/api/incidents/[id]/route';
import * as csv from '@/app/api/incidents.csv/route';
import * as incidents from '@/app/api/incidents/route';
import * as oembed from '@/app/api/oembed/route';
import * as openapi from '@/app/api/openapi.json/route';

const request = (path: string, init?: { method?: string; body?: string }) =>
  new NextRequest(`http://localhost:3000${path}`, init);

/** Asserts a JSON error the API may answer: CORS, no-store, no validator, no internal detail; returns its body. */
async function expectJsonError(res: Response, status: number): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('etag')).toBeNull();
  const text = await res.text();
  expect(text).not.toMatch(
    /<html|<!DOCTYPE|\bat [\w.<>$]+ \(|node_modules|\/work\/|\/srv\/|\.next\/|\.(ts|tsx|js|mjs):\d+/i,
  );
  const body = JSON.parse(text);
  expect(typeof body.error).toBe('string');
  expect(body.error.length).toBeGreaterThan(5);
  expect(body.stack).toBeUndefined();
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
  ['zoom=99', 'zoom'],
];

describe('400: GET /api/incidents names the bad parameter', () => {
  it.each(BAD)('%s → 400 naming "%s"', async (query, parameter) => {
    const body = await expectJsonError(await incidents.GET(request(`/api/incidents?${query}`)), 400);
    expect(body.parameter).toBe(parameter);
    expect(typeof body.expected).toBe('string');
    expect((body.expected as string).length).toBeGreaterThan(5);
    expect(body.error).toContain(parameter);
  });

  it('the CSV endpoint validates the same way', async () => {
    expect((await expectJsonError(await csv.GET(request('/api/incidents.csv?to=2025-02-30')), 400)).parameter).toBe(
      'to',
    );
    expect((await expectJsonError(await csv.GET(request('/api/incidents.csv?format=geojson')), 400)).parameter).toBe(
      'format',
    );
  });

  it('oEmbed names a size that is not a positive number of pixels', async () => {
    expect((await expectJsonError(await oembed.GET(request('/api/oembed?url=x&maxwidth=-1')), 400)).parameter).toBe(
      'maxwidth',
    );
  });
});

describe('404: ids that cannot exist are not looked up', () => {
  it.each([
    ['uppercase', 'SF-Immigration-Court-2025-07-08'],
    ['a space', 'sf immigration'],
    ['a double hyphen', 'sf--immigration'],
    ['a trailing hyphen', 'sf-immigration-'],
    ['dots', 'a.b'],
    ['non-ASCII', 'corazón'],
    ['quotes and brackets', '"<script>'],
    ['a very long id', 'a'.repeat(5000)],
  ])('an id with %s is a 404 that shows at most 200 characters of it', async (_what, id) => {
    const res = await incident.GET(request(`/api/incidents/${encodeURIComponent(id)}`), {
      params: Promise.resolve({ id }),
    });
    const body = await expectJsonError(res, 404);
    expect(body.error).toMatch(/^no incident with id "/);
    expect((body.id as string).length).toBeLessThanOrEqual(200);
  });
});

describe('405: every endpoint refuses writes, with Allow', () => {
  const endpoints = {
    '/api/incidents': incidents,
    '/api/incidents/{id}': incident,
    '/api/incidents.csv': csv,
    '/api/oembed': oembed,
    '/api/openapi.json': openapi,
  };
  for (const [path, handlers] of Object.entries(endpoints)) {
    it.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)(`%s ${path}`, async (method) => {
      const handler = (handlers as unknown as Record<string, (r: Request) => Response>)[method];
      expect(handler, `${path} exports ${method}`).toBeTypeOf('function');
      const res = handler(request(path, { method, body: method === 'DELETE' ? undefined : '{}' }));
      const body = await expectJsonError(res, 405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      expect(body.allowed).toEqual(['GET', 'HEAD', 'OPTIONS']);
    });
  }
});
