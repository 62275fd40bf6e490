'use client';
/**
 * Since when the data on screen has come from the service worker's copies,
 * the network failing or too slow (lib/shared/offline-protocol.ts): undefined
 * while the network answers. The page asks once as it starts (the worker's
 * word about the page itself may come before anyone listens), then follows
 * what the worker says. When the network answers again, the data on screen is
 * fetched anew: the browser's reconnection says nothing when the network was
 * only slow.
 */
import { useEffect, useState } from 'react';
import { useSWRConfig } from 'swr';
import { FRESH, STALE, STATUS, type WorkerMessage } from '@/lib/shared/offline-protocol';

export function useOfflineSince(): number | undefined {
  const [since, setSince] = useState<number>();
  const { mutate } = useSWRConfig();
  useEffect(
    function followWorker() {
      const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
      if (!container) return;
      const onMessage = (event: MessageEvent<WorkerMessage>) => {
        if (event.data?.type === STALE) setSince(event.data.storedAt);
        else if (event.data?.type === FRESH) {
          setSince(undefined);
          void mutate(() => true);
        }
      };
      container.addEventListener('message', onMessage);
      container.controller?.postMessage({ type: STATUS });
      return () => container.removeEventListener('message', onMessage);
    },
    [mutate],
  );
  return since;
}

/** How long ago `since` was, in the words of the catalogue: "just now", "5 minutes ago", "2 days ago". */
export function ageKey(
  since: number,
  now: number,
): { key: 'offline.justNow' | 'offline.minutes' | 'offline.hours' | 'offline.days'; count: number } {
  const minutes = Math.floor((now - since) / 60_000);
  if (minutes < 1) return { key: 'offline.justNow', count: 0 };
  if (minutes < 60) return { key: 'offline.minutes', count: minutes };
  if (minutes < 48 * 60) return { key: 'offline.hours', count: Math.floor(minutes / 60) };
  return { key: 'offline.days', count: Math.floor(minutes / 1440) };
}
