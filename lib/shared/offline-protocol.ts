/**
 * What the service worker and the pages say to each other (postMessage).
 * Pure: shared by the worker's source (lib/offline/service-worker.ts) and
 * the page (components/offline/).
 *
 *   page → worker  { type: 'keep', urls }   what the page loaded before the worker controlled it
 *   page → worker  { type: 'status' }       asks whether what it shows came from the worker's copies
 *   worker → page  { type: 'stale', storedAt }  an answer came from a copy stored at storedAt (ms), the network failing
 *   worker → page  { type: 'fresh' }        the network answers again
 */
export const KEEP = 'keep';
export const STATUS = 'status';
export const STALE = 'stale';
export const FRESH = 'fresh';

/** The header a stored copy carries: when it was stored (ms since the epoch). */
export const STORED_AT = 'x-offline-stored-at';

export type WorkerMessage = { type: typeof STALE; storedAt: number } | { type: typeof FRESH };
