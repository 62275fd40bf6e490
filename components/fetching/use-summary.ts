'use client';
/**
 * The size of a selection (GET /api/summary): how many incidents match the
 * filters on the whole map, and the timeline's incidents per month. The
 * first render reads it from the server's fallback.
 */
import { useRef } from 'react';
import useSWR from 'swr';
import type { MapFilters } from '@/lib/shared/url-state';
import type { BBox } from '@/lib/shared/filters';
import { summaryKey } from '@/lib/shared/api-keys';
import { FetchError, fetchJson, retryTransient } from './fetch-json';
import { RETRY_MS } from './use-viewport';

export interface Summary {
  count: number;
  months: Record<string, number>;
  /** The box around every matching incident; absent when none match. */
  bbox?: BBox;
}

export function useSummary(filters: MapFilters) {
  const { data, error } = useSWR<Summary, FetchError>(summaryKey(filters), fetchJson<Summary>, {
    errorRetryInterval: RETRY_MS,
    onErrorRetry: retryTransient,
  });
  // The previous summary stays while the next loads: the count and chart do not blink to zero.
  const last = useRef(data);
  if (data) last.current = data;
  return { summary: data ?? last.current, error };
}
