'use client';
/**
 * Point incidents, grouped where they crowd, on the grid the server
 * clusters with (groups.ts). A group shows its count; choosing it zooms in
 * to where it splits up, or, where its members share a cell even at the
 * closest zoom, spreads them around its centre. The open incident is never
 * hidden in a group: its group is spread.
 *
 * New markers are added SLICE at a time, one slice a frame (the open
 * incident's first): a few hundred added at once after a zoom in made one
 * task of up to 100 ms, and slices of 100 (each marker with its precision
 * circle) still made tasks of over 100 ms on a busy machine.
 */
import L from 'leaflet';
import { Fragment, memo, useMemo, useState } from 'react';
import { Marker, useMap, useMapEvents } from 'react-leaflet';
import type { ApiFeature } from '@/lib/shared/types';
import { useT } from '../i18n/locale';
import { activate } from './activate';
import { groupPoints, type Group } from '@/lib/shared/tiles/groups';
import { anchorOf } from './feature-geometry';
import { clusterIcon } from './marker-icons';
import { IncidentMarker, PrecisionCircle } from './IncidentMarker';
import { useZoom } from './map-events';
import { reducedMotion } from './motion';
import { SLICE, useSlices } from './use-slices';

interface Point {
  id: string;
  lat: number;
  lng: number;
  feature: ApiFeature;
}

const SPREAD_RADIUS = 36;

/** Positions around `center`, SPREAD_RADIUS pixels out, one per member. */
function spreadAround(map: L.Map, cluster: Group<Point>): L.LatLng[] {
  const zoom = map.getZoom();
  const centre = map.project([cluster.lat, cluster.lng], zoom);
  const n = cluster.members.length;
  return cluster.members.map((_, i) => {
    const angle = (2 * Math.PI * i) / n - Math.PI / 2;
    return map.unproject(centre.add([SPREAD_RADIUS * Math.cos(angle), SPREAD_RADIUS * Math.sin(angle)]), zoom);
  });
}

const keyOf = (c: Group<Point>) => c.members.map((m) => m.id).join('|');

export interface ClusteredPointsProps {
  features: ApiFeature[];
  selectedId?: string;
  onSelect: (id: string) => void;
}

export const ClusteredPoints = memo(function ClusteredPoints({ features, selectedId, onSelect }: ClusteredPointsProps) {
  const map = useMap();
  const { t, locale } = useT();
  const zoom = useZoom();
  const [spread, setSpread] = useState<string>();
  useMapEvents({ zoomend: () => setSpread(undefined) });

  const points = useMemo<Point[]>(
    () =>
      features.map((feature) => {
        const { lat, lng } = anchorOf(feature);
        return { id: feature.id, lat, lng, feature };
      }),
    [features],
  );
  const clusters = useMemo(() => groupPoints(points, zoom), [points, zoom]);

  /** Zooms in to where the group splits up, or spreads it where it never does. */
  function openCluster(cluster: Group<Point>) {
    if (cluster.expansionZoom <= map.getMaxZoom())
      map.flyTo([cluster.lat, cluster.lng], cluster.expansionZoom, { duration: 0.6, animate: !reducedMotion() });
    else setSpread(keyOf(cluster));
  }

  const units = clusters.map((cluster) => {
    const key = keyOf(cluster);
    const open =
      cluster.members.length === 1 ||
      key === spread ||
      (!!selectedId && cluster.members.some((m) => m.id === selectedId));
    return { cluster, key, open, id: `${open ? 'm' : 'c'}:${key}:${locale}` };
  });
  const shown = useSlices(
    clusters,
    units.map((u) => u.id),
    SLICE,
    (i) => !!selectedId && units[i].open && units[i].cluster.members.some((m) => m.id === selectedId),
  ).map((i) => units[i]);

  return shown.map(({ cluster, key, open }) => {
    if (open) {
      // A lone incident stands at its own point (no position: its memoized marker stays untouched).
      const positions = cluster.members.length === 1 ? undefined : spreadAround(map, cluster);
      return cluster.members.map((m, i) => (
        <Fragment key={`${m.id}:${locale}`}>
          <PrecisionCircle feature={m.feature} />
          <IncidentMarker feature={m.feature} position={positions?.[i]} onSelect={onSelect} />
        </Fragment>
      ));
    }
    const places = [
      ...new Set(cluster.members.map((m) => m.feature.properties.place.city ?? m.feature.properties.place.name)),
    ].join(', ');
    return (
      <Marker
        key={`cluster:${key}:${locale}`}
        position={[cluster.lat, cluster.lng]}
        icon={clusterIcon(cluster.members.length)}
        title={t('cluster.label', { count: cluster.members.length, places })}
        eventHandlers={activate(() => openCluster(cluster))}
      />
    );
  });
});
