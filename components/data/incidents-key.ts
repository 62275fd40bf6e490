/**
 * The SWR cache key of a selection of incidents: the API URL with the
 * filters, so the hook, the route handler and the cache share one name.
 * Pure: the server page builds the same key for SWR's fallback.
 */
import { filterParams, type MapFilters } from '@/lib/url-state';

export const INCIDENTS_API = '/api/incidents';

/** `/api/incidents?…` for `filters`, the parameters in a stable order. */
export function incidentsKey(filters: MapFilters): string {
  const query = filterParams(filters).toString();
  return query ? `${INCIDENTS_API}?${query}` : INCIDENTS_API;
}
