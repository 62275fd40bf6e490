'use client';
/**
 * One point incident: its marker, and a translucent circle of its radius
 * where the location is approximate. Grouping is ClusteredPoints' business.
 * Both are memoized: an incident keeps its feature object from one answer of
 * the API to the next (use-viewport.ts), so a new answer or a moved map
 * touches only the markers that came or went, not every one held.
 */
import type L from 'leaflet';
import { memo, useMemo } from 'react';
import { Circle, Marker } from 'react-leaflet';
import type { ApiFeature } from '@/lib/shared/types';
import { useT } from '../i18n/locale';
import { activate } from './activate';
import { anchorOf } from './feature-geometry';
import { incidentIcon } from './marker-icons';
import { SETTING_STYLES } from '@/lib/shared/setting-glyphs';
import { incidentText } from '@/lib/shared/i18n/content';

export const PrecisionCircle = memo(function PrecisionCircle({ feature }: { feature: ApiFeature }) {
  const { radius, precision } = feature.properties.location;
  const colour = SETTING_STYLES[feature.properties.setting].colour;
  const center = useMemo(() => anchorOf(feature), [feature]);
  const pathOptions = useMemo(
    () => ({ color: colour, weight: 1, dashArray: '4 4', fillColor: colour, fillOpacity: 0.1 }),
    [colour],
  );
  if (precision === 'building' || !radius) return null;
  return <Circle center={center} radius={radius} interactive={false} pathOptions={pathOptions} />;
});

export interface IncidentMarkerProps {
  feature: ApiFeature;
  /** Where to draw it, when not at its own point (spread out of a group). */
  position?: L.LatLngExpression;
  onSelect: (id: string) => void;
}

export const IncidentMarker = memo(function IncidentMarker({ feature, position, onSelect }: IncidentMarkerProps) {
  const { t, locale } = useT();
  const p = feature.properties;
  const { title } = incidentText(p, locale);
  const anchor = useMemo(() => anchorOf(feature), [feature]);
  const handlers = useMemo(() => activate(() => onSelect(feature.id)), [onSelect, feature.id]);
  return (
    <Marker
      position={position ?? anchor}
      icon={incidentIcon(p.setting, p.location.precision)}
      title={`${title} (${t(`setting.${p.setting}`)})`}
      riseOnHover
      eventHandlers={handlers}
    />
  );
});
