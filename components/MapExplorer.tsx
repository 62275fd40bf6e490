'use client';
/**
 * The map page in the browser: the URL's state, what the map shows of the
 * incidents matching its filters (asked of the API for the view: SWR), the
 * panel (the list of those in view) and the map.
 * Selection, closing and focus are decided here; drawing is the map's, the
 * panel's and the list's business. On a phone the panel is a bottom sheet
 * and the open incident's details slide up in it instead of a popup.
 */
import { ageKey, useOfflineSince } from './offline/use-offline-since';
import { useOnline } from './offline/use-online';
import { startTransition, useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { ApiFeature, MapConfig } from '@/lib/shared/types';
import type { BBox } from '@/lib/shared/filters';
import { matchesFilters } from '@/lib/shared/match';
import type { MapFilters, MapView } from '@/lib/shared/url-state';
import { useIncident } from './fetching/use-incident';
import { useSummary } from './fetching/use-summary';
import { useViewport, type Viewport } from './fetching/use-viewport';
import { localePath } from '@/lib/shared/i18n/paths';
import { useT } from './i18n/locale';
import { CopyButton } from './cite/CopyButton';
import { PHONE_QUERY, useMediaQuery } from './layout/use-media-query';
import { LazyMap } from './map/LazyMap';
import { MapPicture, pictureInset } from './map/MapPicture';
import { ListPanel } from './panel/ListPanel';
import { MapNotice } from './panel/MapNotice';
import { Panel } from './panel/Panel';
import { IncidentPopup } from './popup/IncidentPopup';
import { useUrlState } from './url/use-url-state';

/** The share of the screen the open bottom sheet covers on a phone (matches the CSS). */
const SHEET_SHARE = 0.6;
/** The share its handle covers while it is down. */
const PEEK_SHARE = 0.07;

const NO_MONTHS: Record<string, number> = {};

/** True when the incident, with its circle of uncertainty, reaches into `box`. */
function reachesBox(f: ApiFeature, box: BBox): boolean {
  const r = f.geometry.type === 'Point' ? (f.properties.location.radius ?? 0) / 111_320 : 0;
  const b = [
    f.bbox[0] - r / Math.cos((f.bbox[1] * Math.PI) / 180),
    f.bbox[1] - r,
    f.bbox[2] + r / Math.cos((f.bbox[3] * Math.PI) / 180),
    f.bbox[3] + r,
  ];
  return b[0] <= box[2] && b[2] >= box[0] && b[1] <= box[3] && b[3] >= box[1];
}

export function MapExplorer({ tiles, site }: { tiles: MapConfig; site: string }) {
  const { t, locale } = useT();
  const [state, update] = useUrlState();
  const [viewport, setViewport] = useState<Viewport>();
  const bbox = viewport?.bbox;
  const { features, clusters, error: viewError } = useViewport(state.filters, viewport);
  const { summary, error: summaryError } = useSummary(state.filters);
  const months = summary?.months ?? NO_MONTHS;
  const [flight, setFlight] = useState<{ feature?: ApiFeature; n: number }>();
  const opener = useRef<HTMLElement | null>(null);
  /** The incident just closed from inside its details: focus goes back to where it was opened. */
  const returnFocus = useRef<string>(undefined);
  const phone = useMediaQuery(PHONE_QUERY);
  const [sheetOpen, setSheetOpen] = useState(() => !!state.incident);
  // An incident opened (by a click, a link, Back or Forward) slides the sheet up with its details.
  useEffect(
    function openSheetForIncident() {
      if (state.incident) setSheetOpen(true);
    },
    [state.incident],
  );
  const [tilesDown, setTilesDown] = useState(false);
  // The server's picture of the first view shows through the map until the basemap covers it.
  const [pictured, setPictured] = useState(true);
  const unpicture = useCallback(() => setPictured(false), []);
  /** How far down the map a notice reaches (px): a popup opened on the map keeps below it. A ref: read when a popup
   *  opens, its changes re-render nothing (the notice comes while the page loads, when a render of it all costs most). */
  const noticeInset = useRef(0);
  const setNoticeInset = useCallback((px: number) => {
    noticeInset.current = px;
  }, []);

  // The open incident: in what the map holds, else asked of the API by id (a deep link at any size).
  const incident = useIncident(state.incident, features);
  const matching = !!incident.feature && matchesFilters(incident.feature, state.filters);
  const selected = matching ? incident.feature : undefined;
  const inView = useMemo(() => (bbox ? features.filter((f) => reachesBox(f, bbox)) : features), [features, bbox]);
  // Incidents in view that the server grouped into clusters: counted, not listed.
  const clustered = useMemo(
    () =>
      clusters.reduce((n, c) => {
        const [x, y] = c.geometry.coordinates;
        return !bbox || (x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3]) ? n + c.properties.count : n;
      }, 0),
    [clusters, bbox],
  );
  const total = summary?.count ?? features.length;

  // The page opened on (or went Back to) an incident that does not exist: say so, and show every incident instead.
  const [unknownId, setUnknownId] = useState<string>();
  // An open incident that does not exist or leaves the selection (filters, Back) closes.
  const missing = !!state.incident && (incident.notFound || (!!incident.feature && !matching));
  useEffect(
    function dropMissingIncident() {
      if (!missing) return;
      if (incident.notFound) setUnknownId(state.incident);
      update((s) => ({ ...s, incident: undefined }), 'replace');
    },
    [missing, incident.notFound, state.incident, update],
  );

  // Offline: the incidents shown are the service worker's copies, stored at offlineSince.
  const offlineSince = useOfflineSince();
  const online = useOnline();
  const [offlineDismissed, setOfflineDismissed] = useState<number>();

  // The API failed: the map keeps what it shows and says so until an answer comes back (SWR retries).
  const apiDown = !!(viewError ?? summaryError);
  const [apiNoticeDismissed, setApiNoticeDismissed] = useState(false);
  useEffect(
    function showNoticeAgainOnNextFailure() {
      if (!apiDown) setApiNoticeDismissed(false);
    },
    [apiDown],
  );

  // A URL holding values it cannot represent is rewritten to the state it did understand.
  const normaliseUrl = useEffectEvent(() => update((s) => s, 'replace'));
  // Once, for the URL the page opened with.
  useEffect(() => {
    normaliseUrl();
  }, []);

  const select = useCallback(
    (id: string) => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      update((s) => ({ ...s, incident: id }));
    },
    [update],
  );

  const choose = useCallback(
    (id: string) => {
      setUnknownId(undefined);
      select(id);
      const feature = features.find((f) => f.id === id);
      setFlight((f) => ({ feature, n: (f?.n ?? 0) + 1 }));
    },
    [select, features],
  );

  const close = useCallback(
    (id: string) => {
      const focusWasInPopup =
        !!document.activeElement?.closest('.incident-popup') || document.activeElement === document.body;
      if (focusWasInPopup) returnFocus.current = id;
      update((s) => (s.incident === id ? { ...s, incident: undefined } : s));
    },
    [update],
  );

  useEffect(
    function returnFocusAfterClose() {
      const id = returnFocus.current;
      if (state.incident || !id) return;
      returnFocus.current = undefined;
      // Back to where the reader came from: the marker or list item that opened it (rendered by now).
      const back = opener.current?.isConnected
        ? opener.current
        : document.querySelector<HTMLElement>(`.incident-list [data-incident-id="${id}"]`);
      back?.focus({ preventScroll: !phone });
    },
    [state.incident, phone],
  );

  const setFilters = useCallback(
    (filters: MapFilters, mode: 'push' | 'replace' = 'push') => update((s) => ({ ...s, filters }), mode),
    [update],
  );
  const showAll = useCallback(() => setFlight((f) => ({ n: (f?.n ?? 0) + 1 })), []);

  const move = useCallback(
    (view: MapView, box: BBox) => {
      // The URL first (it re-renders only the header), then the page for the new view, as a transition: React may yield while the list and markers render.
      update((s) => ({ ...s, view }), 'replace');
      startTransition(() => setViewport({ bbox: box, zoom: view.zoom }));
    },
    [update],
  );

  // Memoized: a new element would make the open popup measure itself again (components/map/SelectedPopup.tsx).
  const copyLink = useMemo(
    () =>
      selected ? (
        <p className="incident-popup__actions">
          <CopyButton
            text={site + localePath(locale, selected.properties.path)}
            label={t('popup.copyLink')}
            copied={t('popup.linkCopied')}
            failed={t('popup.copyFailed')}
          />
        </p>
      ) : undefined,
    [selected, site, locale, t],
  );

  // One notice over the map at a time, the most pressing first.
  const age = offlineSince === undefined ? undefined : ageKey(offlineSince, Date.now());
  const notice = unknownId
    ? { text: t('notice.unknownIncident', { id: unknownId }), dismiss: () => setUnknownId(undefined) }
    : age && offlineDismissed !== offlineSince
      ? {
          text: t(online ? 'offline.unanswered' : 'offline.notice', { age: t(age.key, { count: age.count }) }),
          dismiss: () => setOfflineDismissed(offlineSince),
        }
      : apiDown && !apiNoticeDismissed
        ? { text: t('notice.apiDown'), dismiss: () => setApiNoticeDismissed(true) }
        : tilesDown
          ? { text: t('basemap.fallbackNotice'), dismiss: () => setTilesDown(false) }
          : undefined;

  return (
    <main className="explorer">
      <Panel
        phone={phone}
        open={sheetOpen}
        onToggle={() => setSheetOpen((open) => !open)}
        summary={t('list.count', { shown: inView.length + clustered, count: total })}
      >
        {phone && selected ? (
          <IncidentPopup key={selected.id} feature={selected} onClose={() => close(selected.id)} actions={copyLink} />
        ) : (
          <ListPanel
            total={total}
            inView={inView}
            clustered={clustered}
            filters={state.filters}
            months={months}
            selectedId={state.incident}
            onChoose={choose}
            onClose={close}
            onFilters={setFilters}
            onShowAll={showAll}
          />
        )}
      </Panel>
      <section className={pictured ? 'map-region map-region--pictured' : 'map-region'} aria-label={t('map.label')}>
        <MapPicture state={state} inset={pictureInset(state)} />
        {notice ? (
          <MapNotice onDismiss={notice.dismiss} onInset={setNoticeInset}>
            {notice.text}
          </MapNotice>
        ) : null}
        <LazyMap
          features={features}
          clusters={clusters}
          extent={summary?.bbox}
          selected={phone ? undefined : selected}
          focus={selected}
          view={state.view}
          tiles={tiles}
          bottomInset={phone ? (sheetOpen || selected ? SHEET_SHARE : PEEK_SHARE) : 0}
          topInset={noticeInset}
          onSelect={phone ? choose : select}
          onClose={close}
          onMove={move}
          flight={flight}
          popupActions={copyLink}
          onTilesDown={() => setTilesDown(true)}
          onBasemapShown={unpicture}
        />
      </section>
    </main>
  );
}
