/** JSON answers of the editor's routes: never cached, never framed, never sniffed. */
import 'server-only';
import type { Problem } from '../../shared/problem';

const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export function reply(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: HEADERS });
}

export function fail(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return reply(status, { error, ...extra });
}

/** 422: the save would leave problems; nothing was written. */
export function refused(problems: Problem[]): Response {
  return reply(422, {
    error: `nothing was written: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix first`,
    problems,
  });
}
