'use client';
/**
 * The map's state, read from the URL and written back with the History API
 * (Next.js keeps useSearchParams in step with pushState and replaceState, and
 * Back and Forward need no server round trip). Declared in lib/url-state.ts.
 */
import { useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { decodeState, isRepresentable, stateHref, type UrlState } from '@/lib/url-state';

export type StateUpdate = (current: UrlState) => UrlState;

function currentState(): UrlState {
  return decodeState(new URLSearchParams(window.location.search));
}

/**
 * `[state, update]`. `update(fn, 'push')` makes a new history entry (a choice
 * worth going Back to); `'replace'` rewrites the current one (the view, while
 * the map moves). A state the URL cannot represent is not entered: update
 * returns false.
 */
export function useUrlState(): [UrlState, (fn: StateUpdate, mode?: 'push' | 'replace') => boolean] {
  const params = useSearchParams();
  const query = params.toString();
  const state = useMemo(() => decodeState(new URLSearchParams(query)), [query]);
  const update = useCallback((fn: StateUpdate, mode: 'push' | 'replace' = 'push') => {
    const next = fn(currentState());
    if (!isRepresentable(next)) return false;
    const href = stateHref(next);
    if (href !== window.location.pathname + window.location.search) {
      if (mode === 'push') window.history.pushState(null, '', href);
      else window.history.replaceState(null, '', href);
    }
    return true;
  }, []);
  return [state, update];
}
