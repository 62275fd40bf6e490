'use client';
/**
 * The basemap: the configured tiles (OpenStreetMap by default), or the
 * outlines of states and counties shipped with the app, chosen in a layer
 * control. When tiles keep failing before any has loaded (the tile server
 * cannot be reached), or none has loaded a while after the map asked for
 * them (a server that takes connections and answers nothing), the outlines
 * take over and `onTilesDown` is called.
 * The outlines are a static file, fetched the first time they are shown,
 * never part of the JavaScript bundle.
 */
import type { FeatureCollection } from 'geojson';
import type L from 'leaflet';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { LayerGroup, LayersControl, Pane, TileLayer, useMap, useMapEvents } from 'react-leaflet';
import type { MapConfig } from '@/lib/shared/types';
import { MAX_ZOOM } from '@/lib/shared/url-state';
import { useT } from '../i18n/locale';
import { outlineLayer } from './outline-layer';
import { projectOutlinesSliced } from './outline-tiles';
import { TILE_STALL_MS } from './tile-stall';

/** Written by scripts/build-basemap.ts. */
export const OUTLINES_URL = '/basemap/us-outlines.geojson';
/** Failed tiles, with none loaded, after which the tile server counts as unreachable. */
const FAILURES_BEFORE_FALLBACK = 3;

function Outlines() {
  const { t } = useT();
  const [wanted, setWanted] = useState(false);
  const [data, setData] = useState<FeatureCollection>();
  useEffect(
    function fetchOutlinesWhenShown() {
      if (!wanted || data) return;
      let live = true;
      fetch(OUTLINES_URL)
        .then((r) => (r.ok ? r.json() : undefined))
        .then((json) => live && json && setData(json))
        .catch(() => undefined);
      return () => {
        live = false;
      };
    },
    [wanted, data],
  );
  // Canvas tiles (outline-layer.ts): as an SVG layer, the 29,000 points were clipped on every pan and projected on every zoom.
  const group = useRef<L.LayerGroup>(null);
  useEffect(
    function drawOutlines() {
      const into = group.current;
      if (!data || !into) return;
      let live = true;
      let layer: L.GridLayer | undefined;
      void projectOutlinesSliced(
        data,
        (next) => setTimeout(next),
        () => !live,
      ).then((projected) => {
        if (!projected || !live) return;
        layer = outlineLayer(projected, { pane: 'basemap', maxZoom: MAX_ZOOM, className: 'basemap-outlines' });
        into.addLayer(layer);
      });
      return () => {
        live = false;
        if (layer) into.removeLayer(layer);
      };
    },
    [data],
  );
  return (
    <LayerGroup ref={group} eventHandlers={{ add: () => setWanted(true) }} attribution={t('basemap.outlinesCredit')} />
  );
}

export interface BasemapProps {
  tiles: MapConfig;
  /** Called when the tile server cannot be reached and the shipped outlines are shown instead. */
  onTilesDown?: () => void;
  /** Called when the basemap first covers the map: the tiles of the view have loaded, or the outlines are shown instead. */
  onShown?: () => void;
}

export function Basemap({ tiles, onTilesDown, onShown }: BasemapProps) {
  const { t, locale } = useT();
  const [choice, setChoice] = useState<'tiles' | 'outlines'>('tiles');
  const counts = useRef({ failed: 0, loaded: 0, fellBack: false });
  useMapEvents({
    baselayerchange: (e) => {
      setChoice(e.name === t('basemap.outlines') ? 'outlines' : 'tiles');
      onShown?.();
    },
  });

  // Leaflet names the control's button "Layers" itself, in English: it gets the page's word.
  const map = useMap();
  useEffect(
    function translateLayersButton() {
      const button = map.getContainer().querySelector('.leaflet-control-layers-toggle');
      button?.setAttribute('title', t('basemap.layers'));
      button?.setAttribute('aria-label', t('basemap.layers'));
    },
    [map, t, locale],
  );

  // The stall timer outlives the render that set it: it reads the choice of now.
  const shown = useRef(choice);
  shown.current = choice;

  /** Once, and only while tiles are shown and none has loaded. */
  function fallBack() {
    if (shown.current !== 'tiles' || counts.current.loaded > 0 || counts.current.fellBack) return;
    counts.current.fellBack = true;
    setChoice('outlines');
    onTilesDown?.();
    onShown?.();
  }

  function tileFailed() {
    counts.current.failed++;
    if (counts.current.failed >= FAILURES_BEFORE_FALLBACK) fallBack();
  }

  const stalled = useEffectEvent(() => fallBack());
  // Once per map: a later choice of the tiles in the layer control is the reader's.
  useEffect(function fallBackWhenNoTileArrives() {
    const timer = setTimeout(() => stalled(), TILE_STALL_MS);
    return () => clearTimeout(timer);
  }, []);

  return (
    <>
      <Pane name="basemap" style={{ zIndex: 250 }} />
      <LayersControl key={locale} position="topright">
        <LayersControl.BaseLayer name={t('basemap.tiles')} checked={choice === 'tiles'}>
          <TileLayer
            url={tiles.tileUrl}
            attribution={tiles.tileAttribution}
            maxZoom={MAX_ZOOM}
            eventHandlers={{ tileerror: tileFailed, tileload: () => counts.current.loaded++, load: () => onShown?.() }}
          />
        </LayersControl.BaseLayer>
        <LayersControl.BaseLayer name={t('basemap.outlines')} checked={choice === 'outlines'}>
          <Outlines />
        </LayersControl.BaseLayer>
      </LayersControl>
    </>
  );
}
