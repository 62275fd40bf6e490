/** GET /api/incidents.csv: the same selection as /api/incidents, as CSV. */
import type { NextRequest } from 'next/server';
import { methodNotAllowed, preflight, withJsonErrors } from '@/lib/http';
import { answerSelection } from '../incidents/selection';

// Every answer depends on the query and on the dataset read at run time: never prerender.
export const dynamic = 'force-dynamic';

export const GET = withJsonErrors((request: NextRequest) =>
  answerSelection(request, request.nextUrl.searchParams, 'csv'),
);
export const OPTIONS = preflight;
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
