'use client';
/**
 * The Leaflet map: tiles, incidents (areas, circles, markers), the open
 * incident's popup, and the view reported back to the page. Client only:
 * loaded through LazyMap, never rendered on the server.
 */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useMemo, useState } from 'react';
import { MapContainer, ZoomControl } from 'react-leaflet';
import { useT } from '../i18n/locale';
import type { ApiFeature, MapConfig } from '@/lib/shared/types';
import type { BBox } from '@/lib/shared/filters';
import type { ApiCluster } from '@/lib/shared/tiles/cells';
import { MAX_ZOOM, MIN_ZOOM, type MapView } from '@/lib/shared/url-state';
import { AreaLayer } from './AreaLayer';
import { Basemap } from './Basemap';
import { ClusteredPoints } from './ClusteredPoints';
import { boundsOf, boundsOfAll, isArea } from './feature-geometry';
import { Flight, ViewFollower, ViewReporter } from './map-events';
import { mapMotion } from './motion';
import { SelectedPopup } from './SelectedPopup';
import { ServerClusters } from './ServerClusters';

/** The contiguous United States, when there is nothing to fit. */
const US_BOUNDS: [[number, number], [number, number]] = [
  [24.5, -125],
  [49.5, -66.9],
];

export interface IncidentMapProps {
  features: ApiFeature[];
  /** The server's clusters of incidents too many to send (drawn with their counts). */
  clusters?: readonly ApiCluster[];
  /** The box around every matching incident: the first view when there is no other. */
  extent?: BBox;
  /** The incident whose popup is open on the map (none on a phone: its details are in the sheet). */
  selected?: ApiFeature;
  /** The open incident, wherever its details are: the first view fits it. */
  focus?: ApiFeature;
  /** The share of the map's height covered at its bottom (the phone's sheet): views keep clear of it. */
  bottomInset?: number;
  /** How far down the map a notice over it reaches (px), read when a popup opens: the popup keeps below it. */
  topInset?: React.RefObject<number>;
  /** The view in the URL when the page opened, if any. */
  view?: MapView;
  tiles: MapConfig;
  onSelect: (id: string) => void;
  onClose: (id: string) => void;
  onMove: (view: MapView, bbox: BBox) => void;
  /**
   * A request to fly to an incident (or, without one, to every matching
   * incident: `extent`, else the features held), numbered so that each one flies.
   */
  flight?: { feature?: ApiFeature; n: number };
  popupActions?: React.ReactNode;
  /** Called when the tile server cannot be reached and the shipped outlines are shown instead. */
  onTilesDown?: () => void;
  /** Called when the basemap first covers the map (the picture under it may go: components/map/MapPicture.tsx). */
  onBasemapShown?: () => void;
}

const boxBounds = (b: BBox) => L.latLngBounds([b[1], b[0]], [b[3], b[2]]);

export default function IncidentMap({
  features,
  clusters = [],
  extent,
  selected,
  focus,
  view,
  tiles,
  bottomInset = 0,
  topInset,
  onSelect,
  onClose,
  onMove,
  flight,
  popupActions,
  onTilesDown,
  onBasemapShown,
}: IncidentMapProps) {
  const { t, locale } = useT();
  // The first view only: the URL's view, else the open incident, else every incident.
  const [initial] = useState(() =>
    view
      ? { center: [view.lat, view.lng] as [number, number], zoom: view.zoom }
      : {
          bounds:
            (focus ? boundsOf(focus) : (boundsOfAll(features) ?? (extent ? boxBounds(extent) : undefined))) ??
            US_BOUNDS,
        },
  );
  const [motion] = useState(mapMotion);
  const areas = useMemo(() => features.filter(isArea), [features]);
  // The open incident is drawn even where the server sent it inside a cluster.
  const points = useMemo(() => {
    const own = features.filter((f) => !isArea(f));
    return focus && !isArea(focus) && !own.some((f) => f.id === focus.id) ? [focus, ...own] : own;
  }, [features, focus]);
  const flightBounds = useMemo(() => {
    if (!flight) return undefined;
    if (flight.feature) return boundsOf(flight.feature);
    return extent ? boxBounds(extent) : boundsOfAll(features);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- computed for each new flight only: later answers must not redirect it
  }, [flight]);

  return (
    <MapContainer
      {...initial}
      {...motion}
      boundsOptions={{
        paddingTopLeft: [24, 24],
        paddingBottomRight: [24, 24 + bottomInset * (typeof window === 'undefined' ? 0 : window.innerHeight)],
      }}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      worldCopyJump
      zoomControl={false}
      className="incident-map"
    >
      <ZoomControl key={locale} zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
      <Basemap tiles={tiles} onTilesDown={onTilesDown} onShown={onBasemapShown} />
      <AreaLayer features={areas} selectedId={focus?.id} onSelect={onSelect} />
      <ServerClusters clusters={clusters} />
      <ClusteredPoints features={points} selectedId={focus?.id} onSelect={onSelect} />
      <Flight bounds={flightBounds} n={flight?.n ?? 0} bottomInset={bottomInset} holdKey={selected?.id}>
        {selected ? (
          <SelectedPopup feature={selected} onClose={onClose} actions={popupActions} topInset={topInset} />
        ) : null}
      </Flight>
      <ViewReporter onMove={onMove} />
      <ViewFollower view={view} />
    </MapContainer>
  );
}
