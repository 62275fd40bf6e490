'use client';
/**
 * The whole map for iframes: the map of `/` (the same incidents, filters and
 * view, read from the embed's URL when it opened) under a slim bar with the
 * site's name, the legend and "View on the full map", which carries the
 * current view and open incident. Unlike `/`, the embed keeps its state in
 * memory and never writes the URL: an iframe's pushState would add entries
 * to the host page's history, and its Back button would move the map.
 */
import { useCallback, useState, type ComponentProps } from 'react';
import { SWRConfig } from 'swr';
import type { MapConfig } from '@/lib/shared/types';
import type { Locale } from '@/lib/shared/i18n';
import { stateHref, type MapView, type UrlState } from '@/lib/shared/url-state';
import { localePath } from '@/lib/shared/i18n/paths';
import type { BBox } from '@/lib/shared/filters';
import { matchesFilters } from '@/lib/shared/match';
import { useIncident } from '../fetching/use-incident';
import { useSummary } from '../fetching/use-summary';
import { useViewport, type Viewport } from '../fetching/use-viewport';
import { useT } from '../i18n/locale';
import { Legend } from '../legend/Legend';
import { LazyMap } from '../map/LazyMap';
import { MapPicture } from '../map/MapPicture';
import { HeightReporter } from './HeightReporter';
import styles from './embed.module.css';

export interface EmbedMapPageProps {
  locale: Locale;
  initial: UrlState;
  tiles: MapConfig;
  fallback: Record<string, unknown>;
}

function EmbedMap({ initial, tiles }: Omit<EmbedMapPageProps, 'fallback' | 'locale'>) {
  const { t, locale } = useT();
  const [state, setState] = useState(initial);
  // What is in view at its zoom, as on `/` (components/fetching/use-viewport.ts): an embed of a large dataset stays light.
  const [viewport, setViewport] = useState<Viewport>();
  const { features, clusters } = useViewport(state.filters, viewport);
  const { summary } = useSummary(state.filters);
  const incident = useIncident(state.incident, features);
  // The server's picture of the first view shows through the map until the basemap covers it.
  const [pictured, setPictured] = useState(true);
  const unpicture = useCallback(() => setPictured(false), []);
  const selected = incident.feature && matchesFilters(incident.feature, state.filters) ? incident.feature : undefined;

  const select = useCallback((id: string) => setState((s) => ({ ...s, incident: id })), []);
  const close = useCallback(
    (id: string) => setState((s) => (s.incident === id ? { ...s, incident: undefined } : s)),
    [],
  );
  const move = useCallback((view: MapView, bbox: BBox) => {
    setViewport({ bbox, zoom: view.zoom });
    setState((s) => ({ ...s, view }));
  }, []);
  const mapProps = {
    features,
    clusters,
    extent: summary?.bbox,
    selected,
    focus: selected,
    bottomInset: 0,
    view: state.view,
    tiles,
    onSelect: select,
    onClose: close,
    onMove: move,
    onBasemapShown: unpicture,
  } satisfies ComponentProps<typeof LazyMap>;

  return (
    <HeightReporter className={styles.mapEmbed}>
      <div className={styles.bar}>
        <a href={localePath(locale, '/')}>{t('site.name')}</a>
        <a href={localePath(locale, stateHref(state))} data-full-map="">
          {t('incident.viewOnMap')}
        </a>
      </div>
      <section className={`${styles.mapRegion}${pictured ? ' map-region--pictured' : ''}`} aria-label={t('map.label')}>
        <MapPicture state={initial} inset="none" />
        <LazyMap {...mapProps} />
        <div className={styles.legend}>
          <Legend />
        </div>
      </section>
    </HeightReporter>
  );
}

export function EmbedMapPage({ locale, initial, tiles, fallback }: EmbedMapPageProps) {
  return (
    <SWRConfig value={{ fallback, revalidateIfStale: false, revalidateOnFocus: false }}>
      <div lang={locale}>
        <EmbedMap initial={initial} tiles={tiles} />
      </div>
    </SWRConfig>
  );
}
