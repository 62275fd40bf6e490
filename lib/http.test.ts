/** API errors are JSON without internal detail, whatever fails (lib/http.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonError, methodNotAllowed, withJsonErrors } from './http';

afterEach(() => vi.restoreAllMocks());

describe('withJsonErrors', () => {
  it('turns a failure into a JSON 500 that says nothing of it, and logs it for the operator', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = withJsonErrors(async () => {
      throw new Error('ENOENT: no such file, open /srv/app/data/incidents/x.json');
    });
    const res = await failing(new Request('http://localhost/api/incidents?q=x'));
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: 'internal error' });
    expect(text).not.toMatch(/ENOENT|\/srv|\bat\b/);
    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0][0])).toContain('GET http://localhost/api/incidents?q=x failed');
  });

  it('a thrown non-Error (a string, undefined) too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const thrown of ['boom', undefined, { stack: 'at secret (/srv/x.ts:1:1)' }]) {
      const res = await withJsonErrors(() => {
        throw thrown;
      })(new Request('http://localhost/api/x'));
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ error: 'internal error' });
    }
  });

  it('passes answers through untouched', async () => {
    const res = await withJsonErrors(() => new Response('ok', { status: 201 }))(new Request('http://localhost/api/x'));
    expect(res.status).toBe(201);
    expect(await res.text()).toBe('ok');
  });
});

describe('jsonError and methodNotAllowed', () => {
  it('a JSON error carries CORS, no-store and nosniff', async () => {
    const res = jsonError(400, { error: 'invalid "q"', parameter: 'q' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.json()).toEqual({ error: 'invalid "q"', parameter: 'q' });
  });

  it('405 names the method and the methods allowed', async () => {
    const res = methodNotAllowed(new Request('http://localhost/api/incidents', { method: 'DELETE' }));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await res.json()).toEqual({ error: 'method DELETE not allowed', allowed: ['GET', 'HEAD', 'OPTIONS'] });
  });
});
