/** GET /api/incidents/{id}: one incident as a GeoJSON Feature, or a JSON 404. */
import type { NextRequest } from 'next/server';
import { datasetVersion, getIncident } from '@/lib/incidents';
import { isPossibleId } from '@/lib/shared/vocabulary';
import {
  GEOJSON,
  cachedResponse,
  jsonError,
  methodNotAllowed,
  preflight,
  prepare,
  withJsonErrors,
  type Prepared,
} from '@/lib/http';

export const dynamic = 'force-dynamic';

/** Serialised features by id, of one dataset version; bounded by the dataset, since only known ids get in. */
const prepared = new Map<string, Prepared>();
let preparedVersion = '';

export const GET = withJsonErrors(async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  // An id that is not URL-safe cannot exist: answer 404 without looking it up.
  const feature = isPossibleId(id) ? await getIncident(id) : undefined;
  if (!feature) {
    const shown = id.slice(0, 200);
    return jsonError(404, { error: `no incident with id "${shown}"`, id: shown });
  }
  const version = await datasetVersion();
  if (version !== preparedVersion) {
    prepared.clear();
    preparedVersion = version;
  }
  let answer = prepared.get(id);
  if (!answer) {
    answer = prepare(JSON.stringify(feature), GEOJSON);
    prepared.set(id, answer);
  }
  return cachedResponse(request, answer);
});
export const OPTIONS = preflight;
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
