/**
 * Every error the API answers is JSON, with CORS, saying what is wrong and
 * nothing of the server's inside (no stack, no file path, no framework page):
 * 400, 404, 405, 410 (test/http/reporters.test.ts, on a dataset with a
 * retracted incident), 413 (test/http/scale.test.ts), 414; 500 is
 * lib/http.test.ts (no request makes the running app fail on purpose). Each
 * method of each endpoint: test/unit/api-errors.test.ts.
 * (431, a request line over Node's limit, is refused before Next with an
 * empty body: test/http/properties.test.ts; Varnish gives it JSON.)
 */
import { describe, expect, it } from 'vitest';
import { get } from './helpers';

/** Asserts a JSON error without internal detail; returns its body. */
async function expectCleanJsonError(res: Response, status: number): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status);
  // JSON is UTF-8 by definition (RFC 8259): some answers name the charset, some do not.
  expect(res.headers.get('content-type')).toMatch(/^application\/json(; charset=utf-8)?$/);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
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

const ENDPOINTS = [
  '/api/incidents',
  '/api/incidents/sf-immigration-court-2025-07-08',
  '/api/incidents.csv',
  '/api/oembed',
  '/api/openapi.json',
];

describe('400', () => {
  it.each([
    ['/api/incidents?zoom=99', 'zoom'],
    ['/api/incidents.csv?to=2025-02-30', 'to'],
    ['/api/oembed?url=x&maxwidth=-1', 'maxwidth'],
    ['/api/incidents/%E0%A4%A', 'path'],
  ])('%s names %s', async (p, parameter) => {
    expect((await expectCleanJsonError(await get(p), 400)).parameter).toBe(parameter);
  });
});

describe('404', () => {
  it.each([
    '/api/incidents/no-such-incident',
    '/api/nothing',
    '/api/incidents/x/y/z',
    '/api/oembed?url=https://example.org/',
  ])('%s', async (p) => {
    await expectCleanJsonError(await get(p), 404);
  });
});

describe('405: every endpoint refuses writes in JSON, with Allow', () => {
  for (const endpoint of ENDPOINTS) {
    it.each(['POST', 'DELETE'])(`%s ${endpoint}`, async (method) => {
      const res = await get(endpoint, { method, body: method === 'DELETE' ? undefined : '{}' });
      const body = await expectCleanJsonError(res, 405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      expect(body.allowed).toEqual(['GET', 'HEAD', 'OPTIONS']);
    });
  }
});

describe('414: sizes refused', () => {
  it('an API query over 4 KiB', async () => {
    expect((await expectCleanJsonError(await get(`/api/incidents?q=${'x'.repeat(5000)}`), 414)).parameter).toBe(
      'query',
    );
  });
});
