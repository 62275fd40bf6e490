/**
 * GET /sw.js: the service worker (lib/offline/service-worker.ts), versioned
 * with the build and the dataset, at the root so its scope is the whole site.
 * Revalidated on every use (no-cache, with an ETag): a browser learns of a
 * new deploy at its next visit, whatever caches stand between.
 */
import { serviceWorkerScript } from '@/lib/offline/service-worker';
import { offlineVersion } from '@/lib/offline/version';
import { FRESH, KEEP, STALE, STATUS, STORED_AT } from '@/lib/shared/offline-protocol';
import { etagOf } from '@/lib/http';
import { etagMatches } from '@/lib/shared/cache-policy';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const script = serviceWorkerScript(await offlineVersion(), { KEEP, STATUS, STALE, FRESH, STORED_AT });
  const etag = etagOf(script);
  const headers = {
    ETag: etag,
    'Cache-Control': 'no-cache',
    'Content-Type': 'text/javascript; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
  };
  if (etagMatches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(script, { headers });
}
