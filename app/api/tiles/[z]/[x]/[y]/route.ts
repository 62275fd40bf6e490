/** GET /api/tiles/{z}/{x}/{y}: the incidents of one map tile under the filters, points or clusters (lib/index/tile.ts). */
import type { NextRequest } from 'next/server';
import { FilterError } from '@/lib/shared/filters';
import { cachedResponse, jsonError, methodNotAllowed, preflight, withJsonErrors } from '@/lib/http';
import { tileAnswer } from '@/lib/index/view-answer';

// Every answer depends on the query and on the dataset read at run time: never prerender.
export const dynamic = 'force-dynamic';

export const GET = withJsonErrors(
  async (request: NextRequest, { params }: { params: Promise<{ z: string; x: string; y: string }> }) => {
    try {
      return cachedResponse(request, await tileAnswer(await params, request.nextUrl.searchParams));
    } catch (error) {
      if (error instanceof FilterError) return jsonError(400, error.toJSON());
      throw error;
    }
  },
);
export const OPTIONS = preflight;
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
