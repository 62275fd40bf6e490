'use client';
/**
 * The map's state, read from the address bar and written back with the
 * History API; declared in lib/url-state.ts.
 *
 * Next.js is deliberately not told about these writes. Its router mirrors
 * pushState/replaceState asynchronously and writes its own idea of the URL
 * back when it commits, so a fast push (closing a popup) right after a
 * replace (the map settling) could be overwritten by the older URL. Each
 * write keeps Next's entry data (its `__NA` marker and tree), so Back and
 * Forward stay inside the page, and the page listens to them itself.
 */
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { decodeState, isRepresentable, stateHref, type UrlState } from '@/lib/url-state';

export type StateUpdate = (current: UrlState) => UrlState;

const CHANGE = 'incident-map:url-state';

/** The query the server rendered with: the URL state before the browser can be asked. */
const ServerQuery = createContext('');
export const ServerQueryProvider = ServerQuery;

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const browserQuery = () => window.location.search.replace(/^\?/, '');

function currentState(): UrlState {
  return decodeState(new URLSearchParams(window.location.search));
}

/**
 * `[state, update]`. `update(fn, 'push')` makes a new history entry (a choice
 * worth going Back to); `'replace'` rewrites the current one (the view, while
 * the map moves). `fn` gets the state of the address bar at that moment. A
 * state the URL cannot represent is not entered: update returns false.
 */
export function useUrlState(): [UrlState, (fn: StateUpdate, mode?: 'push' | 'replace') => boolean] {
  const serverQuery = useContext(ServerQuery);
  const query = useSyncExternalStore(subscribe, browserQuery, () => serverQuery);
  const state = useMemo(() => decodeState(new URLSearchParams(query)), [query]);
  const update = useCallback((fn: StateUpdate, mode: 'push' | 'replace' = 'push') => {
    const next = fn(currentState());
    if (!isRepresentable(next)) return false;
    // The path stays (`/` or `/es`): the language is the page's, not the state's.
    const href = stateHref(next, window.location.pathname);
    if (href !== window.location.pathname + window.location.search) {
      const data = window.history.state;
      if (mode === 'push') window.history.pushState(data, '', href);
      else window.history.replaceState(data, '', href);
      window.dispatchEvent(new Event(CHANGE));
    }
    return true;
  }, []);
  return [state, update];
}
