/**
 * The answer to the map's view, `GET /api/incidents?bbox=…&zoom=z[&filters]`,
 * serialised with its ETag: one function for the route handler
 * (app/api/incidents/selection.ts) and for the custom server's fast path
 * (scripts/view-fast-path.mjs), which reaches it through globalThis because
 * Next bundles this module apart from the server script.
 */
import { parseFilters, type Filters } from '../filters';
import { GEOJSON, prepare, type Prepared } from '../http';
import { viewJson } from '../incidents';

/** Where instrumentation.ts leaves answerViewQuery for scripts/view-fast-path.mjs. */
export const VIEW_ANSWER = Symbol.for('incident-map.view-answer');

/** The view of `filters` (which carry a zoom) as the API serves it. */
export function viewAnswer(filters: Filters): Prepared {
  return prepare(viewJson(filters), GEOJSON);
}

/**
 * The answer for a query string when it is a valid view query (a zoom, no
 * format); undefined for anything else, errors included, which Next's route
 * answers (with its 400 naming the parameter).
 */
export function answerViewQuery(search: string): Prepared | undefined {
  let params: URLSearchParams;
  let filters: Filters;
  try {
    params = new URLSearchParams(search);
    if (!params.has('zoom') || params.has('format')) return undefined;
    filters = parseFilters(params);
  } catch {
    return undefined;
  }
  return viewAnswer(filters);
}

/** Offers answerViewQuery to the server script (called once at start-up). */
export function offerViewAnswers(): void {
  (globalThis as Record<symbol, unknown>)[VIEW_ANSWER] = answerViewQuery;
}
