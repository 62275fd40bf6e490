'use client';
/**
 * The small map of one incident on its page and in its embed: the incident
 * drawn as on the main map (its setting's marker and circle of uncertainty,
 * or its area), fitted to it. Under the tiles, in a pane of its own, lie the
 * outlines of its state and counties (the shipped offline basemap): opaque
 * tiles cover them, and they show wherever a tile cannot be loaded. Client
 * only: loaded through LazyIncidentMiniMap.
 */
import 'leaflet/dist/leaflet.css';
import { useState } from 'react';
import { GeoJSON, MapContainer, Marker, Pane, TileLayer } from 'react-leaflet';
import type { ApiFeature, MapConfig, Outlines } from '@/lib/shared/types';
import { MAX_ZOOM, MIN_ZOOM } from '@/lib/shared/url-state';
import { AreaLayer } from '../map/AreaLayer';
import { anchorOf, boundsOf, isArea } from '../map/feature-geometry';
import { PrecisionCircle } from '../map/IncidentMarker';
import { incidentIcon } from '../map/marker-icons';
import styles from './mini-map.module.css';

export interface IncidentMiniMapProps {
  feature: ApiFeature;
  tiles: MapConfig;
  outlines: Outlines;
}

const noop = () => {};

export default function IncidentMiniMap({ feature, tiles, outlines }: IncidentMiniMapProps) {
  const [bounds] = useState(() => boundsOf(feature));
  const p = feature.properties;
  return (
    <MapContainer
      bounds={bounds}
      boundsOptions={{ padding: [24, 24], maxZoom: 16 }}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      scrollWheelZoom={false}
      className={styles.map}
    >
      <Pane name="offline-basemap" style={{ zIndex: 150 }}>
        <GeoJSON
          data={outlines}
          interactive={false}
          style={(f) =>
            f?.properties.kind === 'state'
              ? { color: '#7d8590', weight: 1.5, fillColor: '#f3f1ea', fillOpacity: 1 }
              : { color: '#9aa1aa', weight: 1, dashArray: '3 3', fill: false }
          }
        />
      </Pane>
      <TileLayer url={tiles.tileUrl} attribution={tiles.tileAttribution} maxZoom={MAX_ZOOM} />
      {isArea(feature) ? (
        // The page's own incident, open: its area is labelled at any zoom.
        <AreaLayer features={[feature]} selectedId={feature.id} onSelect={noop} />
      ) : (
        <>
          <PrecisionCircle feature={feature} />
          <Marker
            position={anchorOf(feature)}
            icon={incidentIcon(p.setting, p.location.precision)}
            interactive={false}
            keyboard={false}
          />
        </>
      )}
    </MapContainer>
  );
}
