'use client';
/**
 * Whether the browser has a network at all (navigator.onLine), kept current.
 * The service worker shows its copies both with no network and with one that
 * does not answer in time (a weak signal); the notice says which. True on
 * the server.
 */
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}
