'use client';
/**
 * Map-level behaviour, each a small component using react-leaflet's hooks:
 * reporting the view, following the URL's view, and flying to an incident.
 */
import { useEffect, useRef, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type L from 'leaflet';
import type { BBox } from '@/lib/shared/filters';
import { encodeView, type MapView } from '@/lib/shared/url-state';
import { reducedMotion } from './motion';

/** The map's zoom, as of the end of each zoom: for layers drawn differently by zoom. */
export function useZoom(): number {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  return zoom;
}

export function viewOf(map: L.Map): MapView {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lng: c.wrap().lng };
}

export function bboxOf(map: L.Map): BBox {
  const b = map.getBounds();
  return [b.getWest(), Math.max(b.getSouth(), -90), b.getEast(), Math.min(b.getNorth(), 90)];
}

/** Reports the view once on mount and after every move or zoom. */
export function ViewReporter({ onMove }: { onMove: (view: MapView, bbox: BBox) => void }) {
  const map = useMapEvents({
    moveend: () => onMove(viewOf(map), bboxOf(map)),
  });
  useEffect(
    function reportFirstView() {
      onMove(viewOf(map), bboxOf(map));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per map: later views arrive through moveend
    [map],
  );
  return null;
}

/**
 * Moves the map when the URL's view changes to one the map is not showing
 * (Back, Forward). Keyed on the encoded view, so other URL changes (opening
 * an incident mid-flight) never pull the map back.
 */
export function ViewFollower({ view }: { view?: MapView }) {
  const map = useMap();
  const encoded = view ? encodeView(view) : undefined;
  useEffect(
    function followUrlView() {
      if (!view || encoded === encodeView(viewOf(map))) return;
      map.setView([view.lat, view.lng], view.zoom, { animate: false });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the encoded view: a new object for the same view must not move the map
    [map, encoded],
  );
  return null;
}

/**
 * Flies to `bounds` each time a new flight (a new `n`) is requested. A popup
 * not yet shown (`holdKey`, the open incident) waits until the map has landed:
 * opening mid-flight, it would pan the map and cut the flight short. A popup
 * already shown stays through the flight, the same element: re-made after
 * landing, it lost the clicks that came meanwhile (a link pressed as it was
 * replaced).
 */
export function Flight({
  bounds,
  n,
  bottomInset = 0,
  holdKey,
  children,
}: {
  bounds?: L.LatLngBounds;
  n: number;
  bottomInset?: number;
  holdKey?: string;
  children?: React.ReactNode;
}) {
  const map = useMap();
  const [flying, setFlying] = useState(false);
  const shown = useRef<string | undefined>(undefined);
  const hold = flying && holdKey !== shown.current;
  useEffect(function rememberShown() {
    if (!hold) shown.current = holdKey;
  });
  useEffect(
    function flyToRequested() {
      if (!bounds) return;
      const land = () => setFlying(false);
      setFlying(true);
      map.once('moveend', land);
      const bottom = 32 + bottomInset * map.getSize().y;
      map.flyToBounds(bounds, {
        paddingTopLeft: [32, 32],
        paddingBottomRight: [32, bottom],
        maxZoom: 14,
        duration: 0.8,
        animate: !reducedMotion(),
      });
      return () => {
        map.off('moveend', land);
      };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a flight is a request, identified by its number: new bounds alone start none
    [map, n],
  );
  return hold ? null : children;
}
