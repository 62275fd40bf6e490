/**
 * HTTP helpers shared by the API route handlers: CORS, strong ETags with 304
 * answers, cache headers and JSON errors. Server only (node:crypto).
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { NO_STORE, SHARED, etagMatches } from './shared/cache-policy';

/**
 * Every answer, errors and 304 included, is readable from any origin: the data
 * is public. ETag must be exposed or cross-origin scripts cannot read it.
 */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Content-Disposition',
};

/** Every cacheable answer of the API (lib/shared/cache-policy.ts). */
export const CACHE_CONTROL = SHARED;
export const GEOJSON = 'application/geo+json; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV = 'text/csv; charset=utf-8';

/** A body ready to serve, with its strong validator. */
export interface Prepared {
  /** Text, or UTF-8 bytes (the map's views, copied from kept bytes). */
  body: string | Buffer<ArrayBuffer>;
  etag: string;
  contentType: string;
  /** Further headers of the 200 answer only (e.g. Content-Disposition). */
  headers?: Record<string, string>;
}

/** A strong ETag: the quoted SHA-256 of the body (hardware-accelerated here: about three times SHA-1's speed on a 1 MB view), base64url. */
export function etagOf(body: string | Buffer<ArrayBuffer>): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

export function prepare(
  body: string | Buffer<ArrayBuffer>,
  contentType: string,
  headers?: Record<string, string>,
): Prepared {
  return { body, etag: etagOf(body), contentType, headers };
}

/** 200 with the body, or 304 without it when the client already holds this version. */
export function cachedResponse(request: Request, prepared: Prepared): Response {
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    ETag: prepared.etag,
    'Cache-Control': CACHE_CONTROL,
    Vary: 'Accept-Encoding',
  };
  if (etagMatches(request.headers.get('if-none-match'), prepared.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(prepared.body, {
    status: 200,
    headers: {
      ...headers,
      ...prepared.headers,
      'Content-Type': prepared.contentType,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** A JSON error. Not cached: a fixed dataset or a fixed typo should show at once. */
export function jsonError(status: number, body: Record<string, unknown>, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...CORS_HEADERS,
      ...headers,
      'Content-Type': JSON_TYPE,
      'Cache-Control': NO_STORE,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** The CORS preflight: If-None-Match is not a safelisted header, so revalidating cross-origin asks first. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      Allow: ALLOWED_METHODS,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': 'If-None-Match',
      'Access-Control-Max-Age': '86400',
    },
  });
}

/** 405 for the methods the read-only API does not answer. */
export function methodNotAllowed(request: Request): Response {
  return jsonError(
    405,
    { error: `method ${request.method} not allowed`, allowed: ALLOWED_METHODS.split(', ') },
    { Allow: ALLOWED_METHODS },
  );
}

/**
 * Wraps a handler so an unexpected failure (e.g. an invalid dataset) still
 * answers JSON with CORS headers, not Next's bare 500.
 */
export function withJsonErrors<R extends Request, A extends unknown[]>(
  handler: (request: R, ...rest: A) => Response | Promise<Response>,
) {
  return async (request: R, ...rest: A): Promise<Response> => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      console.error(`${request.method} ${request.url} failed:`, error);
      return jsonError(500, { error: 'internal error' });
    }
  };
}
