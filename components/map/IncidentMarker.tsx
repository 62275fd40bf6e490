'use client';
/**
 * Point incidents: a marker per incident, with a translucent circle of the
 * incident's radius where the location is approximate.
 */
import { Circle, Marker } from 'react-leaflet';
import type { ApiFeature } from '@/lib/types';
import { useT } from '../i18n/locale';
import { anchorOf } from './feature-geometry';
import { incidentIcon } from './marker-icons';
import { SETTING_STYLES } from './setting-glyphs';

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

export function IncidentMarker({ feature, onSelect }: { feature: ApiFeature; onSelect: (id: string) => void }) {
  const { t, locale } = useT();
  const p = feature.properties;
  const title = locale === 'es' ? p.es.title : p.title;
  return (
    <Marker
      position={anchorOf(feature)}
      icon={incidentIcon(p.setting, p.location.precision)}
      title={`${title} (${t(`setting.${p.setting}`)})`}
      riseOnHover
      eventHandlers={{ click: () => onSelect(feature.id) }}
    />
  );
}

export function PointLayer({ features, onSelect }: { features: ApiFeature[]; onSelect: (id: string) => void }) {
  return (
    <>
      {features.map((f) => (
        <PrecisionCircle key={`c-${f.id}`} feature={f} />
      ))}
      {features.map((f) => (
        <IncidentMarker key={f.id} feature={f} onSelect={onSelect} />
      ))}
    </>
  );
}
