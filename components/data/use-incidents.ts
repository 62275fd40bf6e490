'use client';
/**
 * The whole selection of incidents matching some filters, through SWR, for
 * the embedded map. The first render reads the server's data from
 * SWRConfig's `fallback` under the same key. (The main map asks for its
 * view instead: use-viewport.ts.)
 */
import { useRef } from 'react';
import useSWR from 'swr';
import type { MapFilters } from '@/lib/url-state';
import type { ApiFeature, ApiFeatureCollection } from '@/lib/types';
import { incidentsKey } from '@/lib/api-keys';
import { FetchError, fetchJson } from './fetch-json';

export { FetchError };

const EMPTY: ApiFeature[] = [];

/**
 * `{ features, error, isLoading }` for `filters`. While a new selection
 * loads, the previous one stays on screen. (Not SWR's keepPreviousData,
 * which would also hide the server's fallback for a key seen before.)
 */
export function useIncidents(filters: MapFilters) {
  const { data, error, isLoading } = useSWR(incidentsKey(filters), fetchJson<ApiFeatureCollection>);
  const last = useRef(data);
  if (data) last.current = data;
  return { features: (data ?? last.current)?.features ?? EMPTY, error: error as FetchError | undefined, isLoading };
}
