'use client';
/**
 * The server's clusters (a tile of /api/tiles/{z}/{x}/{y} that holds more
 * points than its share of an answer, clustered on the grid the map groups
 * its own points with): a disc with the count, which zooms to the box of its
 * members when chosen, at least as far as the cluster splits. New ones are added a slice a frame, as
 * the markers are (ClusteredPoints).
 */
import { memo, useMemo } from 'react';
import { Marker, useMap } from 'react-leaflet';
import type { ApiCluster } from '@/lib/shared/tiles/cells';
import { useT } from '../i18n/locale';
import { activate } from './activate';
import { clusterIcon } from './marker-icons';
import { reducedMotion } from './motion';
import { SLICE, useSlices } from './use-slices';

export const ServerClusters = memo(function ServerClusters({ clusters }: { clusters: readonly ApiCluster[] }) {
  const { locale } = useT();
  const keys = useMemo(() => clusters.map((c) => `${c.id}:${c.properties.count}:${locale}`), [clusters, locale]);
  return useSlices(clusters, keys, SLICE).map((i) => <ServerCluster key={keys[i]} cluster={clusters[i]} />);
});

/**
 * One cluster's marker. Each answer brings new cluster objects: the same
 * cluster (id and count, hence the key) keeps its marker as it was.
 */
const ServerCluster = memo(
  function ServerCluster({ cluster }: { cluster: ApiCluster }) {
    const map = useMap();
    const { t } = useT();
    const [lng, lat] = cluster.geometry.coordinates;
    const position = useMemo<[number, number]>(() => [lat, lng], [lat, lng]);

    /** To the members' box, at least one level in and at least as far as the cluster splits. */
    function open() {
      const [w, s, e, n] = cluster.properties.bbox;
      const maxZoom = Math.min(map.getMaxZoom(), Math.max(cluster.properties.expansionZoom, map.getZoom() + 1));
      map.flyToBounds(
        [
          [s, w],
          [n, e],
        ],
        { maxZoom, padding: [32, 32], duration: 0.6, animate: !reducedMotion() },
      );
    }

    return (
      <Marker
        position={position}
        icon={clusterIcon(cluster.properties.count)}
        title={t('cluster.labelCount', { count: cluster.properties.count })}
        eventHandlers={activate(open)}
      />
    );
  },
  (a, b) =>
    a.cluster.id === b.cluster.id &&
    a.cluster.properties.count === b.cluster.properties.count &&
    a.cluster.properties.expansionZoom === b.cluster.properties.expansionZoom &&
    a.cluster.properties.bbox.join() === b.cluster.properties.bbox.join() &&
    a.cluster.geometry.coordinates.join() === b.cluster.geometry.coordinates.join(),
);
