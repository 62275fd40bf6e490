'use client';
/**
 * The incident's small map in its frame. The frame is rendered on the
 * server (so the page keeps its layout, and says the map needs JavaScript
 * when there is none); the map itself loads in the browser only, because
 * Leaflet needs `window`.
 */
import dynamic from 'next/dynamic';
import type { IncidentMiniMapProps } from './IncidentMiniMap';
import styles from './mini-map.module.css';

const IncidentMiniMap = dynamic(() => import('./IncidentMiniMap'), {
  ssr: false,
  loading: () => <div className={styles.map} aria-hidden="true" />,
});

export interface MiniMapFrameProps extends IncidentMiniMapProps {
  /** The map's accessible name. */
  label: string;
  /** Said in place of the map when JavaScript is off. */
  noScript: string;
  /** "embed" for the compact size of an embedded incident. */
  size?: 'page' | 'embed';
}

export function LazyIncidentMiniMap({ label, noScript, size = 'page', ...map }: MiniMapFrameProps) {
  return (
    <div
      className={`${styles.frame} ${size === 'embed' ? styles.embed : ''}`}
      role="group"
      aria-label={label}
      data-incident-map={map.feature.id}
    >
      <IncidentMiniMap {...map} />
      <noscript>
        <p className={styles.noScript}>{noScript}</p>
      </noscript>
    </div>
  );
}
