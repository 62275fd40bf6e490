'use client';
/**
 * One point incident: its marker, and a translucent circle of its radius
 * where the location is approximate. Grouping is ClusteredPoints' business.
 */
import type L from 'leaflet';
import { Circle, Marker } from 'react-leaflet';
import type { ApiFeature } from '@/lib/types';
import { useT } from '../i18n/locale';
import { activate } from './activate';
import { anchorOf } from './feature-geometry';
import { incidentIcon } from './marker-icons';
import { SETTING_STYLES } from './setting-glyphs';
import { incidentText } from '@/lib/i18n/content';

export function PrecisionCircle({ feature }: { feature: ApiFeature }) {
  const { radius, precision } = feature.properties.location;
  if (precision === 'building' || !radius) return null;
  const colour = SETTING_STYLES[feature.properties.setting].colour;
  return (
    <Circle
      center={anchorOf(feature)}
      radius={radius}
      interactive={false}
      pathOptions={{ color: colour, weight: 1, dashArray: '4 4', fillColor: colour, fillOpacity: 0.1 }}
    />
  );
}

export interface IncidentMarkerProps {
  feature: ApiFeature;
  /** Where to draw it, when not at its own point (spread out of a group). */
  position?: L.LatLngExpression;
  onSelect: (id: string) => void;
}

export function IncidentMarker({ feature, position, onSelect }: IncidentMarkerProps) {
  const { t, locale } = useT();
  const p = feature.properties;
  const { title } = incidentText(p, locale);
  return (
    <Marker
      position={position ?? anchorOf(feature)}
      icon={incidentIcon(p.setting, p.location.precision)}
      title={`${title} (${t(`setting.${p.setting}`)})`}
      riseOnHover
      eventHandlers={activate(() => onSelect(feature.id))}
    />
  );
}
