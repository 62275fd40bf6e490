/**
 * The answer to the map's view, `GET /api/incidents?bbox=…&zoom=z[&filters]`,
 * serialised with its ETag (app/api/incidents/selection.ts).
 */
import type { Filters } from '../filters';
import { GEOJSON, prepare, type Prepared } from '../http';
import { viewJson } from '../incidents';

/** The view of `filters` (which carry a zoom) as the API serves it. */
export async function viewAnswer(filters: Filters): Promise<Prepared> {
  return prepare(await viewJson(filters), GEOJSON);
}
