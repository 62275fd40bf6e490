'use client';
/**
 * The server's clusters (/api/incidents?bbox&zoom, where a view holds more
 * incidents than one answer may): a disc with the count, which zooms to the
 * box of its members when chosen.
 */
import { Marker, useMap } from 'react-leaflet';
import type { ApiCluster } from '@/lib/index/clusters';
import { useT } from '../i18n/locale';
import { activate } from './activate';
import { clusterIcon } from './marker-icons';

export function ServerClusters({ clusters }: { clusters: readonly ApiCluster[] }) {
  const map = useMap();
  const { t, locale } = useT();

  /** To the members' box, at least one level in and at least as far as the cluster splits. */
  function open(cluster: ApiCluster) {
    const [w, s, e, n] = cluster.properties.bbox;
    const maxZoom = Math.min(map.getMaxZoom(), Math.max(cluster.properties.expansionZoom, map.getZoom() + 1));
    map.flyToBounds(
      [
        [s, w],
        [n, e],
      ],
      { maxZoom, padding: [32, 32], duration: 0.6 },
    );
  }

  return clusters.map((c) => {
    const [lng, lat] = c.geometry.coordinates;
    return (
      <Marker
        key={`${c.id}:${c.properties.count}:${locale}`}
        position={[lat, lng]}
        icon={clusterIcon(c.properties.count)}
        title={t('cluster.labelCount', { count: c.properties.count })}
        eventHandlers={activate(() => open(c))}
      />
    );
  });
}
