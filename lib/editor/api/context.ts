/** What every editor handler works with: the data directory, today's date, and the request's JSON. */
import 'server-only';
import { dataDir } from '../../in-memory';
import { MAX_BODY_BYTES } from '../inputs';

export function editorDataDir(): string {
  return dataDir();
}

/** The date the editor writes (archived, updated, corrections, redirects); EDITOR_TODAY pins it for tests. The check itself reads the clock. */
export function today(): string {
  return process.env.EDITOR_TODAY ?? new Date().toISOString().slice(0, 10);
}

export class BadRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The request's JSON body, refused when larger than MAX_BODY_BYTES (413) or not JSON (400). */
export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES)
    throw new BadRequest(413, `the request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    throw new BadRequest(413, `the request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadRequest(400, 'the request body is not JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new BadRequest(400, 'the request body must be a JSON object');
  return body as Record<string, unknown>;
}
