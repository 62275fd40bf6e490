/**
 * The answers the map pages' first render has in hand (handed to SWR as its
 * `fallback`): what it shows before the browser asks anything, under the
 * keys that would fetch it (lib/shared/api-keys.ts). Server only.
 *
 * The whole selection is sent only when it fits in one answer of the API:
 * a small dataset paints its markers and list at once, a national one
 * (tens of thousands) sends none. Either way the map then asks for the
 * tiles of its view (components/fetching/use-viewport.ts), whose keys depend on
 * the screen's size, unknown here: the whole selection stands in for them
 * until they arrive.
 */
import 'server-only';
import { getIncident, fitsOneAnswer, selectIncidents, summarize, toFeatureCollection } from './incidents';
import { incidentKey, incidentsKey, summaryKey } from './shared/api-keys';
import { MAX_FEATURES } from './index/limits';
import type { UrlState } from './shared/url-state';
import type { ApiFeature, ApiFeatureCollection } from './shared/types';
import type { Summary } from './incidents';

export type FirstAnswers = Record<string, ApiFeatureCollection | ApiFeature | Summary | null>;

/** What the map holds when it opens: the summary, the whole selection when it fits one answer, the open incident (null: no such incident). */
export interface FirstContents {
  summary: Summary;
  features?: ApiFeature[];
  incident?: ApiFeature | null;
}

export async function firstContents(state: Pick<UrlState, 'filters' | 'incident'>): Promise<FirstContents> {
  const filters = { ...state.filters };
  const summary = await summarize(filters);
  const selected = summary.count <= MAX_FEATURES ? await selectIncidents(filters, MAX_FEATURES) : undefined;
  const features =
    selected && 'features' in selected && fitsOneAnswer(selected.features) ? selected.features : undefined;
  const incident = state.incident ? ((await getIncident(state.incident)) ?? null) : undefined;
  return { summary, features, incident };
}

export async function firstAnswers(state: Pick<UrlState, 'filters' | 'incident'>): Promise<FirstAnswers> {
  const { summary, features, incident } = await firstContents(state);
  const answers: FirstAnswers = { [summaryKey(state.filters)]: summary };
  if (features) answers[incidentsKey(state.filters)] = toFeatureCollection(features);
  // null: known not to exist, so the page shows its notice without a request that would 404.
  if (state.incident) answers[incidentKey(state.incident)] = incident ?? null;
  return answers;
}
