'use client';
/**
 * One incident by id: from what the map already holds when it is there,
 * else from GET /api/incidents/{id} (a deep link to an incident outside the
 * view, or hidden in a server cluster). The server's fallback answers a
 * deep link's first render, `null` meaning there is no such incident.
 */
import { useRef } from 'react';
import useSWR from 'swr';
import type { ApiFeature } from '@/lib/shared/types';
import { incidentKey } from '@/lib/shared/api-keys';
import { FetchError, fetchJson, retryTransient } from './fetch-json';
import { RETRY_MS } from './use-viewport';

export function useIncident(id: string | undefined, held: readonly ApiFeature[]) {
  const here = id ? held.find((f) => f.id === id) : undefined;
  // Once seen, kept while it is open: panning it into a cluster must not close it.
  const seen = useRef<ApiFeature | undefined>(undefined);
  // The same object for the same id (answers for new views bring new copies): an open popup keeps its place and focus.
  if (here && seen.current?.id !== here.id) seen.current = here;
  const known = seen.current && seen.current.id === id ? seen.current : undefined;
  const { data, error } = useSWR<ApiFeature | null, FetchError>(
    id && !known ? incidentKey(id) : null,
    fetchJson<ApiFeature>,
    {
      errorRetryInterval: RETRY_MS,
      onErrorRetry: retryTransient,
    },
  );
  const feature = known ?? data ?? undefined;
  if (feature && feature.id === id && !known) seen.current = feature;
  const notFound =
    !!id &&
    !known &&
    (data === null || (error instanceof FetchError && (error.status === 404 || error.status === 410)));
  return { feature: feature?.id === id ? feature : undefined, notFound, error };
}
