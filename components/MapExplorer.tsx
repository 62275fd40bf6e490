'use client';
/**
 * The map page in the browser: the URL's state, the incidents matching its
 * filters (SWR), the list of those in view and the map. Selection, closing
 * and focus are decided here; drawing is the map's and the list's business.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MapConfig } from '@/lib/config';
import type { BBox } from '@/lib/filters';
import type { ApiFeature } from '@/lib/types';
import { stateHref, withoutDates, type MapFilters, type MapView } from '@/lib/url-state';
import { useIncidents } from './data/use-incidents';
import { useT } from './i18n/locale';
import { Filters } from './filters/Filters';
import { Legend } from './legend/Legend';
import { IncidentList } from './list/IncidentList';
import { LazyMap } from './map/LazyMap';
import { useUrlState } from './url/use-url-state';

/** True when the incident, with its circle of uncertainty, reaches into `box`. */
function inBox(f: ApiFeature, box: BBox): boolean {
  const r = f.geometry.type === 'Point' ? (f.properties.location.radius ?? 0) / 111_320 : 0;
  const b = [f.bbox[0] - r / Math.cos((f.bbox[1] * Math.PI) / 180), f.bbox[1] - r, f.bbox[2] + r / Math.cos((f.bbox[3] * Math.PI) / 180), f.bbox[3] + r];
  return b[0] <= box[2] && b[2] >= box[0] && b[1] <= box[3] && b[3] >= box[1];
}

export function MapExplorer({ tiles }: { tiles: MapConfig }) {
  const { t } = useT();
  const [state, update] = useUrlState();
  const { features } = useIncidents(state.filters);
  const { features: undated } = useIncidents(withoutDates(state.filters));
  const dates = useMemo(() => undated.map((f) => f.properties.date), [undated]);
  const [bbox, setBbox] = useState<BBox>();
  const [flight, setFlight] = useState<{ id?: string; n: number }>();
  const opener = useRef<HTMLElement | null>(null);

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
      if (window.location.search && stateHref(state) !== window.location.pathname + window.location.search) {
        window.history.replaceState(null, '', stateHref(state));
      }
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
      const focusWasInPopup = !!document.activeElement?.closest('.leaflet-popup') || document.activeElement === document.body;
      update((s) => (s.incident === id ? { ...s, incident: undefined } : s));
      if (!focusWasInPopup) return;
      // Back to where the reader came from: the marker or list item that opened it.
      requestAnimationFrame(function returnFocus() {
        const back = opener.current?.isConnected ? opener.current : document.querySelector<HTMLElement>(`.incident-list [data-incident-id="${id}"]`);
        back?.focus({ preventScroll: true });
      });
    },
    [update],
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

  return (
    <div className="explorer">
      <section className="panel" aria-labelledby="panel-heading">
        <h2 id="panel-heading" className="panel__heading">
          {t('list.heading')}
        </h2>
        <p className="panel__count" aria-live="polite">
          {t('list.count', { shown: inView.length, count: features.length })}
        </p>
        <Filters filters={state.filters} dates={dates} onChange={setFilters} />
        <Legend />
        {features.length === 0 ? (
          <div className="panel__empty">
            <p>{t('list.empty')}</p>
            <button type="button" onClick={() => setFilters({ setting: [], agency: [] })}>
              {t('filters.clear')}
            </button>
          </div>
        ) : inView.length === 0 ? (
          <div className="panel__empty">
            <p>{t('list.emptyInView')}</p>
            <button type="button" onClick={showAll}>
              {t('list.showAll')}
            </button>
          </div>
        ) : null}
        <IncidentList features={inView} selectedId={state.incident} onChoose={choose} />
      </section>
      <section className="map-region" aria-label={t('map.label')}>
        {unknownId ? (
          <div className="map-notice" role="status">
            <span>{t('notice.unknownIncident', { id: unknownId })}</span>
            <button type="button" onClick={() => setUnknownId(undefined)} aria-label={t('notice.dismiss')}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
        ) : null}
        <LazyMap
          features={features}
          selected={selected}
          view={state.view}
          tiles={tiles}
          onSelect={select}
          onClose={close}
          onMove={move}
          flight={flight}
        />
      </section>
    </div>
  );
}
