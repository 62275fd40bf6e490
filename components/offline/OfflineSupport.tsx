'use client';
/**
 * Registers the service worker (/sw.js, lib/offline/service-worker.ts) once
 * the page has loaded and the browser is idle, so it never competes with the
 * first paint. A page the worker did not yet control (the first visit) hands
 * it the addresses it loaded, so that one visit is enough to open offline.
 * Not in frames (another site's page) nor in development (unhashed chunks).
 */
import { useEffect } from 'react';
import { KEEP } from '@/lib/shared/offline-protocol';

/** The outline basemap: the map's look when tiles cannot load, offline above all. */
const BASEMAP = '/basemap/us-outlines.geojson';

function whenIdle(run: () => void) {
  const go = () =>
    'requestIdleCallback' in window ? window.requestIdleCallback(run, { timeout: 4000 }) : setTimeout(run, 1000);
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}

/** The worker that takes control of the page (it claims its pages as it starts). */
function controller(): Promise<ServiceWorker> {
  return new Promise((resolve) =>
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(navigator.serviceWorker.controller!), {
      once: true,
    }),
  );
}

export function OfflineSupport() {
  useEffect(function registerWorker() {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator) || window.top !== window.self) return;
    const controlled = !!navigator.serviceWorker.controller;
    whenIdle(async () => {
      try {
        await navigator.serviceWorker.register('/sw.js');
        if (controlled) return;
        // Once the worker controls the page, whatever the page asks for passes through it: what came before is
        // listed now, and what was asked before but arrives later (the lazily loaded map) as it arrives.
        const worker = navigator.serviceWorker.controller ?? (await controller());
        const keep = (urls: string[]) => urls.length && worker.postMessage({ type: KEEP, urls });
        keep([
          // The address the page was loaded from, not the one the map has written since: the copy kept must be
          // the document whose map picture the page loaded (and lists below).
          performance.getEntriesByType('navigation')[0]?.name ?? window.location.href,
          new URL(BASEMAP, window.location.href).href,
          ...performance.getEntriesByType('resource').map((e) => e.name),
        ]);
        const late = new PerformanceObserver((list) =>
          keep(
            list
              .getEntries()
              .filter((e) => (e as PerformanceResourceTiming).workerStart === 0)
              .map((e) => e.name),
          ),
        );
        late.observe({ type: 'resource' });
        setTimeout(() => late.disconnect(), 60_000);
      } catch {
        // No worker (private mode, a blocked script): the map works as before, online only.
      }
    });
  }, []);
  return null;
}
