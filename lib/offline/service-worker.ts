/**
 * The service worker's source, served at /sw.js (app/sw.js/route.ts) with
 * its version: the build and the dataset. A new build or new data gives a new
 * script, which the browser installs at the next visit; the new worker drops
 * every copy the old one kept, so no old app version or data outlives a
 * deploy.
 *
 * What it keeps, same-origin GETs only (tiles and anything else from another
 * host pass untouched: the browser's own cache keeps what it keeps):
 *   pages           network first; offline (or no answer within a few
 *                   seconds), the last copy of that address, else of its
 *                   path, else of the edition's map.
 *   /_next/static/  hashed, never changing: cache first.
 *   /basemap/, /icons/, the manifests, the map's first picture
 *                   network first, then the copy (the picture: of that view only).
 *   /api/*          network first; offline or slow, the last good answer. Only 200
 *                   answers a cache may store are kept, never an error.
 * Each copy carries when it was stored, and a page served from copies is
 * told so (lib/shared/offline-protocol.ts), to show how old its incidents are.
 *
 * The worker is this one function, sent as its source text: it may use
 * nothing from outside its body.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- the worker global scope and its events are not in the project's DOM types */
import 'server-only';

export function serviceWorker(
  version: string,
  protocol: { KEEP: string; STATUS: string; STALE: string; FRESH: string; STORED_AT: string },
) {
  const sw = self as any;
  const SHELL = `shell-${version}`;
  const DATA = `data-${version}`;
  const { KEEP, STATUS, STALE, FRESH, STORED_AT } = protocol;
  /**
   * How long a page or an answer waits for the network when a copy is
   * stored (Workbox's networkTimeoutSeconds): on a weak signal a request can
   * take minutes to fail, and the copy is better than a blank screen.
   */
  const NETWORK_TIMEOUT_MS = 4000;
  /** When the copy last served in place of the network was stored; cleared when the network answers. */
  let staleSince: number | undefined;

  const tell = async (message: unknown) => {
    for (const client of await sw.clients.matchAll({ type: 'window' })) client.postMessage(message);
  };
  const wentStale = (copy: Response) => {
    const at = Number(copy.headers.get(STORED_AT)) || Date.now();
    staleSince = staleSince === undefined ? at : Math.min(staleSince, at);
    void tell({ type: STALE, storedAt: staleSince });
  };
  const wentFresh = () => {
    if (staleSince === undefined) return;
    staleSince = undefined;
    void tell({ type: FRESH });
  };

  const keepable = (response: Response) =>
    response.status === 200 &&
    response.type === 'basic' &&
    !/no-store|private/.test(response.headers.get('cache-control') ?? '');

  async function store(cacheName: string, keys: string[], response: Response) {
    if (!keepable(response)) return;
    const headers = new Headers(response.headers);
    headers.set(STORED_AT, String(Date.now()));
    const body = await response.blob();
    const cache = await caches.open(cacheName);
    await Promise.all(
      keys.map((key) => cache.put(key, new Response(body, { status: 200, statusText: response.statusText, headers }))),
    );
  }

  /** The first stored copy of `keys`. */
  async function storedCopy(cacheName: string, keys: string[]): Promise<Response | undefined> {
    const cache = await caches.open(cacheName);
    for (const key of keys) {
      const copy = await cache.match(key);
      if (copy) return copy;
    }
    return undefined;
  }

  /**
   * Network first; when it fails, or has not answered within NETWORK_TIMEOUT_MS
   * and a copy is stored, the first stored copy of `keys`. A late answer
   * is still stored (`extend` keeps the worker alive for it).
   */
  async function networkFirst(
    request: Request,
    cacheName: string,
    keys: string[],
    extend: (work: Promise<unknown>) => void,
  ): Promise<Response> {
    const network = fetch(request).then(async (response) => {
      if (keepable(response)) {
        await store(cacheName, keys, response.clone());
        wentFresh();
      }
      return response;
    });
    extend(network.catch(() => undefined));
    let timer: number | undefined;
    const timedOut = new Promise<undefined>((resolve) => (timer = sw.setTimeout(resolve, NETWORK_TIMEOUT_MS)));
    const first = await Promise.race([network.catch(() => undefined), timedOut]);
    sw.clearTimeout(timer);
    if (first) return first;
    const copy = await storedCopy(cacheName, keys);
    if (!copy) return network;
    wentStale(copy);
    return copy;
  }

  async function cacheFirst(request: Request): Promise<Response> {
    const copy = await (await caches.open(SHELL)).match(request.url);
    if (copy) return copy;
    const response = await fetch(request);
    await store(SHELL, [request.url], response.clone());
    return response;
  }

  /** A page's keys: its address, its path, and its edition's map. */
  function pageKeys(url: URL): string[] {
    const edition = url.pathname === '/es' || url.pathname.startsWith('/es/') ? '/es' : '/';
    return [...new Set([url.href, url.origin + url.pathname, url.origin + edition])];
  }

  function route(request: Request, extend: (work: Promise<unknown>) => void): Promise<Response> | undefined {
    if (request.method !== 'GET') return undefined;
    const url = new URL(request.url);
    if (url.origin !== sw.location.origin) return undefined;
    if (request.mode === 'navigate') return networkFirst(request, SHELL, pageKeys(url), extend);
    if (url.pathname.startsWith('/_next/static/')) return cacheFirst(request);
    if (/^\/(basemap|icons)\/|manifest\.webmanifest$|^\/map-picture\.svg$/.test(url.pathname))
      return networkFirst(request, SHELL, [url.href], extend);
    if (url.pathname.startsWith('/api/') && !request.headers.has('range'))
      return networkFirst(request, DATA, [url.href], extend);
    return undefined;
  }

  /** Copies of what a page loaded before this worker controlled it. */
  async function keep(urls: string[]) {
    const late: Promise<unknown>[] = [];
    await Promise.all(
      urls.map(async (href) => {
        try {
          const url = new URL(href);
          if (url.origin !== sw.location.origin) return;
          const page =
            !url.pathname.startsWith('/_next/') && !url.pathname.startsWith('/api/') && !/\.\w+$/.test(url.pathname);
          const cached = route(new Request(href, { mode: 'same-origin' }), (work) => late.push(work));
          if (page) await store(SHELL, pageKeys(url), await fetch(href));
          else if (cached) await cached;
        } catch {
          // Offline or gone: nothing to keep.
        }
      }),
    );
    await Promise.all(late);
  }

  sw.addEventListener('install', () => sw.skipWaiting());
  sw.addEventListener('activate', (event: any) => {
    event.waitUntil(
      (async () => {
        for (const name of await caches.keys()) if (name !== SHELL && name !== DATA) await caches.delete(name);
        await sw.clients.claim();
      })(),
    );
  });
  sw.addEventListener('fetch', (event: any) => {
    const answer = route(event.request, (work) => event.waitUntil(work));
    if (answer) event.respondWith(answer);
  });
  sw.addEventListener('message', (event: any) => {
    const data = event.data ?? {};
    if (data.type === KEEP && Array.isArray(data.urls))
      event.waitUntil(keep(data.urls.filter((u: unknown) => typeof u === 'string').slice(0, 500)));
    if (data.type === STATUS && staleSince !== undefined)
      event.source?.postMessage({ type: STALE, storedAt: staleSince });
  });
}

/** The script of the worker of `version`. */
export function serviceWorkerScript(version: string, protocol: Parameters<typeof serviceWorker>[1]): string {
  return `'use strict';\n(${serviceWorker.toString()})(${JSON.stringify(version)}, ${JSON.stringify(protocol)});\n`;
}
