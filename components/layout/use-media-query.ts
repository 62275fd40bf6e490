'use client';
/** Whether a CSS media query matches, kept current; false on the server. */
import { useCallback, useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Phones: the map fills the screen and the panel becomes a bottom sheet (matches the CSS). */
export const PHONE_QUERY = '(max-width: 720px)';
