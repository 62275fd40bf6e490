'use client';
/**
 * The map page in the browser: the URL's state, the incidents matching its
 * filters (SWR), the panel (the list of those in view) and the map.
 * Selection, closing and focus are decided here; drawing is the map's, the
 * panel's and the list's business. On a phone the panel is a bottom sheet
 * and the open incident's details slide up in it instead of a popup.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MapConfig } from '@/lib/config';
import type { BBox } from '@/lib/filters';
import type { ApiFeature } from '@/lib/types';
import { withoutDates, type MapFilters, type MapView } from '@/lib/url-state';
import { useIncidents } from './data/use-incidents';
import { localePath } from '@/lib/i18n/paths';
import { useT } from './i18n/locale';
import { CopyButton } from './cite/CopyButton';
import { PHONE_QUERY, useMediaQuery } from './layout/use-media-query';
import { LazyMap } from './map/LazyMap';
import { ListPanel } from './panel/ListPanel';
import { MapNotice } from './panel/MapNotice';
import { Panel } from './panel/Panel';
import { IncidentPopup } from './popup/IncidentPopup';
import { useUrlState } from './url/use-url-state';

/** The share of the screen the open bottom sheet covers on a phone (matches the CSS). */
const SHEET_SHARE = 0.6;
/** The share its handle covers while it is down. */
const PEEK_SHARE = 0.07;

/** True when the incident, with its circle of uncertainty, reaches into `box`. */
function inBox(f: ApiFeature, box: BBox): boolean {
  const r = f.geometry.type === 'Point' ? (f.properties.location.radius ?? 0) / 111_320 : 0;
  const b = [f.bbox[0] - r / Math.cos((f.bbox[1] * Math.PI) / 180), f.bbox[1] - r, f.bbox[2] + r / Math.cos((f.bbox[3] * Math.PI) / 180), f.bbox[3] + r];
  return b[0] <= box[2] && b[2] >= box[0] && b[1] <= box[3] && b[3] >= box[1];
}

export function MapExplorer({ tiles, site }: { tiles: MapConfig; site: string }) {
  const { t, locale } = useT();
  const [state, update] = useUrlState();
  const { features } = useIncidents(state.filters);
  const { features: undated } = useIncidents(withoutDates(state.filters));
  const dates = useMemo(() => undated.map((f) => f.properties.date), [undated]);
  const [bbox, setBbox] = useState<BBox>();
  const [flight, setFlight] = useState<{ id?: string; n: number }>();
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

  const selected = useMemo(() => features.find((f) => f.id === state.incident), [features, state.incident]);
  const inView = useMemo(() => (bbox ? features.filter((f) => inBox(f, bbox)) : features), [features, bbox]);

  // The page opened on an incident that is not here: say so, and show every incident instead.
  const [unknownId, setUnknownId] = useState(() => (state.incident && !selected ? state.incident : undefined));
  // An open incident that leaves the selection (filters, Back) closes.
  const missing = !!state.incident && !selected;
  useEffect(
    function dropMissingIncident() {
      if (missing) update((s) => ({ ...s, incident: undefined }), 'replace');
    },
    [missing, state.incident, update],
  );

  // A URL holding values it cannot represent is rewritten to the state it did understand.
  useEffect(
    function normaliseUrl() {
      update((s) => s, 'replace');
    },
    // Once, for the URL the page opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

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
      setFlight((f) => ({ id, n: (f?.n ?? 0) + 1 }));
    },
    [select],
  );

  const close = useCallback(
    (id: string) => {
      const focusWasInPopup = !!document.activeElement?.closest('.incident-popup') || document.activeElement === document.body;
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
      const back = opener.current?.isConnected ? opener.current : document.querySelector<HTMLElement>(`.incident-list [data-incident-id="${id}"]`);
      back?.focus({ preventScroll: !phone });
    },
    [state.incident, phone],
  );

  const setFilters = useCallback((filters: MapFilters, mode: 'push' | 'replace' = 'push') => update((s) => ({ ...s, filters }), mode), [update]);
  const showAll = useCallback(() => setFlight((f) => ({ n: (f?.n ?? 0) + 1 })), []);

  const move = useCallback(
    (view: MapView, box: BBox) => {
      setBbox(box);
      update((s) => ({ ...s, view }), 'replace');
    },
    [update],
  );

  const copyLink = selected ? (
    <p className="incident-popup__actions">
      <CopyButton text={site + localePath(locale, selected.properties.path)} label={t('popup.copyLink')} copied={t('popup.linkCopied')} failed={t('popup.copyFailed')} />
    </p>
  ) : undefined;

  return (
    <main className="explorer">
      <Panel
        phone={phone}
        open={sheetOpen}
        onToggle={() => setSheetOpen((open) => !open)}
        summary={t('list.count', { shown: inView.length, count: features.length })}
      >
        {phone && selected ? (
          <IncidentPopup key={selected.id} feature={selected} onClose={() => close(selected.id)} actions={copyLink} />
        ) : (
          <ListPanel
            features={features}
            inView={inView}
            filters={state.filters}
            dates={dates}
            selectedId={state.incident}
            onChoose={choose}
            onFilters={setFilters}
            onShowAll={showAll}
          />
        )}
      </Panel>
      <section className="map-region" aria-label={t('map.label')}>
        {unknownId ? (
          <MapNotice onDismiss={() => setUnknownId(undefined)}>{t('notice.unknownIncident', { id: unknownId })}</MapNotice>
        ) : tilesDown ? (
          <MapNotice onDismiss={() => setTilesDown(false)}>{t('basemap.fallbackNotice')}</MapNotice>
        ) : null}
        <LazyMap
          features={features}
          selected={phone ? undefined : selected}
          focus={selected}
          view={state.view}
          tiles={tiles}
          bottomInset={phone ? (sheetOpen || selected ? SHEET_SHARE : PEEK_SHARE) : 0}
          onSelect={phone ? choose : select}
          onClose={close}
          onMove={move}
          flight={flight}
          popupActions={copyLink}
          onBasemapFallback={() => setTilesDown(true)}
        />
      </section>
    </main>
  );
}
