'use client';
/**
 * What the map shows: the incidents (or, where they crowd, the server's
 * clusters of them) matching the filters in the map's view, asked tile by
 * tile (/api/tiles/{z}/{x}/{y}, lib/shared/api-keys.ts) as the view changes. One
 * code path at every size of dataset.
 *
 * - SWR's key is the view's list of tile URLs; each tile is fetched once
 *   while it is kept (tile-cache.ts), so a pan asks only for new tiles and
 *   two readers of the same area ask for the same URLs.
 * - The tiles are merged into one answer; an area in several tiles is kept once.
 * - The view is debounced (a burst of zoom clicks asks once); the filters
 *   are not (a click answers at once).
 * - The previous answer stays on screen while the next loads, and while the
 *   API fails; the error is returned for the page to say so, and SWR retries
 *   network and server errors with backoff.
 * - Before the tiles arrive, the server's whole selection (SWR's fallback,
 *   sent only for small datasets) stands in.
 * - A new answer is drawn as a deferred value, at a priority React may
 *   interrupt.
 */
import { useDeferredValue, useMemo, useRef } from 'react';
import useSWR, { useSWRConfig } from 'swr';
import type { ApiCluster } from '@/lib/shared/tiles/cells';
import type { BBox } from '@/lib/shared/filters';
import type { MapFilters } from '@/lib/shared/url-state';
import type { ApiFeature, ApiFeatureCollection } from '@/lib/shared/types';
import { incidentsKey, viewTileKeys } from '@/lib/shared/api-keys';
import { type FetchError, retryTransient } from './fetch-json';
import { fetchTile } from './tile-cache';
import { useDebounced } from './use-debounced';

export interface Viewport {
  bbox: BBox;
  zoom: number;
}

type Answer = { type: 'FeatureCollection'; features: (ApiFeature | ApiCluster)[] };

/** Long enough for a burst of zoom clicks or a fling to settle, short enough not to be noticed. */
const DEBOUNCE_MS = 150;
/** First retry after about this long (SWR doubles it each time, up to a few minutes). */
export const RETRY_MS = 2_000;

/** Newest first, ties by id: the order of the dataset and of the API's lists. */
function newestFirst(a: ApiFeature | ApiCluster, b: ApiFeature | ApiCluster): number {
  if (isCluster(a) || isCluster(b)) return Number(isCluster(a)) - Number(isCluster(b));
  return b.properties.date.localeCompare(a.properties.date) || a.id.localeCompare(b.id);
}

/** The view's tiles, merged: each feature once (an area may be in several tiles), newest first, the clusters after. */
async function fetchView(urls: string[]): Promise<Answer> {
  const tiles = await Promise.all(urls.map((url) => fetchTile<Answer>(url)));
  const seen = new Set<string>();
  const features: Answer['features'] = [];
  for (const tile of tiles) {
    for (const f of tile.features) {
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      features.push(f);
    }
  }
  return { type: 'FeatureCollection', features: features.sort(newestFirst) };
}

export function isCluster(f: ApiFeature | ApiCluster): f is ApiCluster {
  return (f.properties as { cluster?: boolean }).cluster === true;
}

const NONE: never[] = [];

function keysOf(filters: MapFilters, viewport: Viewport | undefined): string[] | null {
  return viewport ? viewTileKeys(filters, viewport.bbox, viewport.zoom) : null;
}

export function useViewport(filters: MapFilters, viewport: Viewport | undefined) {
  const settled = useDebounced(viewport, DEBOUNCE_MS);
  const keys = keysOf(filters, settled);
  const { data, error, isLoading, isValidating } = useSWR<Answer, FetchError, string[] | null>(keys, fetchView, {
    keepPreviousData: true,
    errorRetryInterval: RETRY_MS,
    onErrorRetry: retryTransient,
  });
  // The server's whole selection, for the first paint (a small dataset only: lib/first-answers.ts).
  const { fallback } = useSWRConfig();
  const initial = fallback?.[incidentsKey(filters)] as ApiFeatureCollection | undefined;
  const last = useRef<Answer | undefined>(undefined);
  if (data) last.current = data;
  // SWR hands a new answer over in a synchronous render; the page draws it in a deferred one, which
  // React can interrupt (at 100,000 incidents an answer drawn at once made a task of about 150 ms).
  const answer = useDeferredValue(data ?? last.current ?? initial);

  // An incident already held keeps its object from one answer to the next, so what the map and the
  // list drew for it (a marker, an open popup and its focus) is updated, not drawn anew.
  const held = useRef(new Map<string, ApiFeature>());
  const split = useMemo(() => {
    if (!answer) return { features: NONE as ApiFeature[], clusters: NONE as ApiCluster[] };
    const features: ApiFeature[] = [];
    const clusters: ApiCluster[] = [];
    const next = new Map<string, ApiFeature>();
    for (const f of answer.features) {
      if (isCluster(f)) clusters.push(f);
      else {
        const same = held.current.get(f.id) ?? f;
        next.set(f.id, same);
        features.push(same);
      }
    }
    held.current = next;
    return { features, clusters };
  }, [answer]);

  const current = keysOf(filters, viewport);
  return { ...split, error, loading: isLoading || isValidating || keys?.join() !== current?.join() };
}
