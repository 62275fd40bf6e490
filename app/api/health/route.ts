/**
 * GET /api/health: for load balancers and uptime checks. 200 with the
 * dataset served (its version, the SHA-256 of its files, and its size) once
 * the server can answer; 503 when it cannot. Never cached: it describes this
 * process, not the data.
 */
import { datasetStatus } from '@/lib/incidents';
import { JSON_TYPE, methodNotAllowed, preflight } from '@/lib/http';
import { NO_STORE } from '@/lib/shared/cache-policy';

export const dynamic = 'force-dynamic';

const HEADERS = { 'content-type': JSON_TYPE, 'cache-control': NO_STORE, 'access-control-allow-origin': '*' };

export async function GET(): Promise<Response> {
  try {
    const { version, incidents, textIndex } = await datasetStatus();
    return new Response(JSON.stringify({ status: 'ready', dataset: { version, incidents }, textIndex }), {
      headers: HEADERS,
    });
  } catch (error) {
    console.error('GET /api/health:', error);
    return new Response(JSON.stringify({ status: 'unavailable', error: 'the dataset cannot be served' }), {
      status: 503,
      headers: HEADERS,
    });
  }
}
export const OPTIONS = preflight;
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
