/**
 * Any other path under /api: a JSON 404 (with CORS), not the site's HTML
 * not-found page, so API clients always get JSON.
 */
import type { NextRequest } from 'next/server';
import { jsonError, preflight } from '@/lib/http';

export const dynamic = 'force-dynamic';

function notFound(request: NextRequest): Response {
  return jsonError(404, {
    error: `no API endpoint at ${request.nextUrl.pathname.slice(0, 200)}`,
    endpoints: [
      '/api/incidents',
      '/api/incidents/{id}',
      '/api/incidents.csv',
      '/api/tiles/{z}/{x}/{y}',
      '/api/summary',
      '/api/health',
    ],
  });
}

export const OPTIONS = preflight;
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
