/** GET /api/summary: how many incidents match the filters, and how many per month (the map's panel and timeline). */
import type { NextRequest } from 'next/server';
import { FilterError, parseFilters } from '@/lib/shared/filters';
import { summarize } from '@/lib/incidents';
import { JSON_TYPE, cachedResponse, jsonError, methodNotAllowed, preflight, prepare, withJsonErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = withJsonErrors(async (request: NextRequest) => {
  try {
    const filters = parseFilters(request.nextUrl.searchParams);
    // Of the whole map: a view's box or zoom would silently change nothing, so they are refused.
    for (const name of ['bbox', 'zoom'] as const) {
      if (filters[name] !== undefined)
        throw new FilterError(name, 'no such parameter here: a summary is of the whole map');
    }
    return cachedResponse(request, prepare(JSON.stringify(await summarize(filters)), JSON_TYPE));
  } catch (error) {
    if (error instanceof FilterError) return jsonError(400, error.toJSON());
    throw error;
  }
});
export const OPTIONS = preflight;
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
