/**
 * What the picture of a map view holds: the selection of its filters, the
 * frame (the view when the URL has one, else the selection's extent), the
 * count and first and last dates, and its address. Shared by the share image
 * and the metadata of the map pages. Server only (reads the dataset).
 */
import 'server-only';
import { selectIncidents, summarize } from '../incidents';
import type { BBox } from '../shared/filters';
import type { Locale } from '../shared/i18n';
import { localePath } from '../shared/i18n/paths';
import { siteUrl } from '../config';
import { stateHref, type UrlState } from '../shared/url-state';
import { fitFrame, viewFrame, type MapFrame } from './map-frame';
import { IMAGE_SIZE } from './image';
import { MAP_WIDTH } from './map-image';
import type { ApiFeature } from '../shared/types';

/** The most incidents a picture draws one by one (more are counted, not drawn). */
const MAX_DRAWN = 10_000;

/** The contiguous United States, when nothing matches. */
const US: BBox = [-125, 24.5, -66.9, 49.5];

export interface Selection {
  count: number;
  dates?: { first: string; last: string };
}

/** The count and the first and last dates of the incidents matching the filters of `state`. */
export async function selectionOf(state: UrlState): Promise<Selection> {
  const { count, months } = await summarize(state.filters);
  if (!count) return { count };
  const selected = await selectIncidents(state.filters, MAX_DRAWN);
  if ('tooMany' in selected) {
    // Too many to read one by one: the first and last months the timeline counts.
    const inRange = Object.keys(months)
      .filter(
        (m) =>
          (!state.filters.from || m >= state.filters.from.slice(0, 7)) &&
          (!state.filters.to || m <= state.filters.to.slice(0, 7)),
      )
      .sort();
    return inRange.length ? { count, dates: { first: inRange[0], last: inRange[inRange.length - 1] } } : { count };
  }
  let [first, last] = ['9999', '0000'];
  for (const f of selected.features) {
    const { date, endDate } = f.properties;
    if (date < first) first = date;
    if ((endDate ?? date) > last) last = endDate ?? date;
  }
  return { count, dates: { first, last } };
}

/** The frame of the picture, and the incidents it shows. */
export async function framed(state: UrlState): Promise<{ frame: MapFrame; features: ApiFeature[] }> {
  const frame = state.view
    ? viewFrame(state.view, MAP_WIDTH, IMAGE_SIZE.height)
    : fitFrame((await summarize(state.filters)).bbox ?? US, MAP_WIDTH, IMAGE_SIZE.height);
  const [w, s, e, n] = frame.bounds;
  const bbox: BBox = [Math.max(-180, w), Math.max(-90, s), Math.min(180, e), Math.min(90, n)];
  const selected = await selectIncidents({ ...state.filters, bbox }, MAX_DRAWN);
  return { frame, features: 'features' in selected ? selected.features : [] };
}

/** The public address of the map view `state` in `locale` (its open incident left out: the picture is of the map). */
export function viewUrl(locale: Locale, state: UrlState): string {
  // Slashes of the view (map=9/34.06/-117.65) printed as typed, not %2F.
  return siteUrl() + localePath(locale, stateHref({ ...state, incident: undefined })).replace(/%2F/g, '/');
}
