/**
 * The SWR cache key of a selection of incidents: the API URL with the
 * filters, so the hook, the route handler and the cache share one name.
 * Pure: the server page builds the same key for SWR's fallback.
 */
import { filtersToParams, type Filters } from '@/lib/filters';

export const INCIDENTS_API = '/api/incidents';

/** `/api/incidents?…` for `filters`, the parameters in a stable order. */
export function incidentsKey(filters: Partial<Filters>): string {
  const query = filtersToParams(filters).toString();
  return query ? `${INCIDENTS_API}?${query}` : INCIDENTS_API;
}
