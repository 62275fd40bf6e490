'use client';
/**
 * The map's state, read from the address bar and written back with the
 * History API; declared in lib/shared/url-state.ts.
 *
 * Next.js is deliberately not told about these writes. Its router mirrors
 * pushState/replaceState asynchronously and writes its own idea of the URL
 * back when it commits, so a fast push (closing a popup) right after a
 * replace (the map settling) could be overwritten by the older URL. Each
 * write keeps Next's entry data (its `__NA` marker and tree), so Back and
 * Forward stay inside the page, and the page listens to them itself.
 *
 * The view alone, rewritten after every move, re-renders nothing by itself:
 * the map already shows it, and re-rendering the whole page at once on every
 * move made long tasks (benchmark 3). Only readers that print the view
 * (`useUrlState({ view: true })`: the header's links) are told of it; the
 * others read it, up to date, whenever they render for another reason.
 */
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { decodeState, isRepresentable, stateHref, type UrlState } from '@/lib/shared/url-state';

export type StateUpdate = (current: UrlState) => UrlState;

/** Any change of the state but a rewritten view. */
const CHANGE = 'incident-map:url-state';
/** A view rewritten, alone, in the current entry. */
const VIEW_CHANGE = 'incident-map:url-view';

/** The query the server rendered with: the URL state before the browser can be asked. */
const ServerQuery = createContext('');
export const ServerQueryProvider = ServerQuery;

function subscribeTo(events: string[]) {
  return (onChange: () => void) => {
    for (const e of events) window.addEventListener(e, onChange);
    return () => {
      for (const e of events) window.removeEventListener(e, onChange);
    };
  };
}
const subscribe = subscribeTo(['popstate', CHANGE]);
const subscribeWithView = subscribeTo(['popstate', CHANGE, VIEW_CHANGE]);

const browserQuery = () => window.location.search.replace(/^\?/, '');

function currentState(): UrlState {
  return decodeState(new URLSearchParams(window.location.search));
}

/**
 * True while the page is leaving for another document (a link in a popup, a
 * search form): Chromium aborts a pending cross-document navigation when the
 * page writes history meanwhile, and the map rewrites the view whenever it
 * stops moving, so a reader's click on a link could be lost. Writes wait out
 * the departure; if it comes to nothing (a download, a 204), writing resumes.
 */
let leavingUntil = 0;
type NavigateEvent = Event & { destination: { sameDocument: boolean }; downloadRequest: string | null };
if (typeof window !== 'undefined' && 'navigation' in window) {
  (window.navigation as EventTarget).addEventListener('navigate', (event) => {
    const e = event as NavigateEvent;
    if (!e.destination.sameDocument && e.downloadRequest === null) leavingUntil = Date.now() + 5000;
  });
}

/** True when `a` and `b` differ in their view only. */
function viewOnly(a: UrlState, b: UrlState): boolean {
  return stateHref({ ...a, view: undefined }) === stateHref({ ...b, view: undefined });
}

/**
 * `[state, update]`. `update(fn, 'push')` makes a new history entry (a choice
 * worth going Back to); `'replace'` rewrites the current one (the view, while
 * the map moves). `fn` gets the state of the address bar at that moment. A
 * state the URL cannot represent is not entered: update returns false.
 * With `{ view: true }` the caller re-renders when the view alone is rewritten too.
 */
export function useUrlState(
  options: { view?: boolean } = {},
): [UrlState, (fn: StateUpdate, mode?: 'push' | 'replace') => boolean] {
  const serverQuery = useContext(ServerQuery);
  const query = useSyncExternalStore(options.view ? subscribeWithView : subscribe, browserQuery, () => serverQuery);
  const state = useMemo(() => decodeState(new URLSearchParams(query)), [query]);
  const update = useCallback((fn: StateUpdate, mode: 'push' | 'replace' = 'push') => {
    const current = currentState();
    const next = fn(current);
    if (!isRepresentable(next)) return false;
    // The path stays (`/` or `/es`): the language is the page's, not the state's.
    const href = stateHref(next, window.location.pathname);
    if (href !== window.location.pathname + window.location.search && Date.now() >= leavingUntil) {
      const data = window.history.state;
      if (mode === 'push') window.history.pushState(data, '', href);
      else window.history.replaceState(data, '', href);
      window.dispatchEvent(new Event(mode === 'replace' && viewOnly(current, next) ? VIEW_CHANGE : CHANGE));
    }
    return true;
  }, []);
  return [state, update];
}
