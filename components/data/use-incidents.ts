'use client';
/**
 * The incidents matching some filters, through SWR. The first render reads
 * the server's data from SWRConfig's `fallback` under the same key.
 */
import { useRef } from 'react';
import useSWR from 'swr';
import type { MapFilters } from '@/lib/url-state';
import type { ApiFeature, ApiFeatureCollection } from '@/lib/types';
import { incidentsKey } from './incidents-key';

/** An API answer that was not 2xx, with its status. */
export class FetchError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

async function fetchCollection(url: string): Promise<ApiFeatureCollection> {
  const response = await fetch(url, { headers: { accept: 'application/geo+json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new FetchError(response.status, body?.error ?? `${response.status} ${response.statusText}`);
  }
  return response.json();
}

const EMPTY: ApiFeature[] = [];

/**
 * `{ features, error, isLoading }` for `filters`. While a new selection
 * loads, the previous one stays on screen. (Not SWR's keepPreviousData,
 * which would also hide the server's fallback for a key seen before.)
 */
export function useIncidents(filters: MapFilters) {
  const { data, error, isLoading } = useSWR(incidentsKey(filters), fetchCollection);
  const last = useRef(data);
  if (data) last.current = data;
  return { features: (data ?? last.current)?.features ?? EMPTY, error: error as FetchError | undefined, isLoading };
}
