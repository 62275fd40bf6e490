'use client';
/**
 * What the map shows: the incidents (or, where they crowd, the server's
 * clusters of them) matching the filters in the map's view at its zoom,
 * asked of /api/incidents?bbox&zoom as the view changes. One code path at
 * every size of dataset.
 *
 * - The view is debounced (a burst of zoom clicks asks once); the filters
 *   are not (a click answers at once).
 * - The previous answer stays on screen while the next loads, and while the
 *   API fails; the error is returned for the page to say so, and SWR retries
 *   network and server errors with backoff.
 * - Before the map has reported its view, the server's whole selection
 *   (SWR's fallback, sent only for small datasets) stands in.
 * - A new answer is drawn as a deferred value, at a priority React may
 *   interrupt.
 */
import { useDeferredValue, useMemo, useRef } from 'react';
import useSWR, { useSWRConfig } from 'swr';
import type { ApiCluster } from '@/lib/tiles/cells';
import type { BBox } from '@/lib/filters';
import type { MapFilters } from '@/lib/url-state';
import type { ApiFeature, ApiFeatureCollection } from '@/lib/types';
import { incidentsKey, viewportKey } from '@/lib/api-keys';
import { FetchError, fetchJson, retryTransient } from './fetch-json';
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

/** Marks when an answer is in hand (User Timing): benchmark 3 (scripts/bench/client.ts) times drawing from here. */
export const DATA_MARK = 'incident-map:data';

async function fetchView(url: string): Promise<Answer> {
  const answer = await fetchJson<Answer>(url);
  performance.mark(DATA_MARK);
  return answer;
}

export function isCluster(f: ApiFeature | ApiCluster): f is ApiCluster {
  return (f.properties as { cluster?: boolean }).cluster === true;
}

const NONE: never[] = [];

export function useViewport(filters: MapFilters, viewport: Viewport | undefined) {
  const settled = useDebounced(viewport, DEBOUNCE_MS);
  const key = settled ? viewportKey(filters, settled.bbox, settled.zoom) : null;
  const { data, error, isLoading, isValidating } = useSWR<Answer, FetchError>(key, fetchView, {
    keepPreviousData: true,
    errorRetryInterval: RETRY_MS,
    onErrorRetry: retryTransient,
  });
  // The server's whole selection, for the first paint (a small dataset only: lib/map-fallback.ts).
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

  return { ...split, error, loading: isLoading || isValidating || key !== settledKey(viewport, filters) };
}

function settledKey(viewport: Viewport | undefined, filters: MapFilters): string | null {
  return viewport ? viewportKey(filters, viewport.bbox, viewport.zoom) : null;
}
