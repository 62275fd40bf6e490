'use client';
/**
 * Region-precision incidents: the area itself, shaded, and labelled where it
 * is big enough on screen to carry its name (area-labels.ts). New areas are
 * added AREA_SLICE a frame (the open incident's first): sixty county outlines
 * added at once (a country view at 100,000 incidents) made a task of over
 * 100 ms.
 */
import L from 'leaflet';
import { memo, useMemo } from 'react';
import { GeoJSON, Marker, Pane } from 'react-leaflet';
import type { ApiFeature } from '@/lib/shared/types';
import { showsLabel } from './area-labels';
import { SETTING_STYLES } from '@/lib/shared/setting-glyphs';
import { labelPoint } from './feature-geometry';
import { useZoom } from './map-events';
import { useSlices } from './use-slices';
import { useT } from '../i18n/locale';
import { nameLang, prose } from '@/lib/shared/i18n/content';

/** New areas added per frame. */
export const AREA_SLICE = 12;

export interface AreaLayerProps {
  features: ApiFeature[];
  selectedId?: string;
  onSelect: (id: string) => void;
}

export function AreaLayer({ features, selectedId, onSelect }: AreaLayerProps) {
  const ids = useMemo(() => features.map((f) => f.id), [features]);
  const shown = useSlices(features, ids, AREA_SLICE, (i) => ids[i] === selectedId);
  const zoom = useZoom();
  // Labels sit above the areas but under the markers, which they must never hide.
  return [
    <Pane key="pane" name="areaLabels" style={{ zIndex: 450 }} />,
    ...shown.map((i) => (
      <Area
        key={ids[i]}
        feature={features[i]}
        labelled={showsLabel(features[i].bbox, zoom, ids[i] === selectedId)}
        onSelect={onSelect}
      />
    )),
  ];
}

/** One area, drawn again only when its feature (kept from answer to answer), its label's showing or the handler changes. */
const Area = memo(function Area({
  feature: f,
  labelled,
  onSelect,
}: {
  feature: ApiFeature;
  labelled: boolean;
  onSelect: (id: string) => void;
}) {
  const colour = SETTING_STYLES[f.properties.setting].colour;
  const style = useMemo(
    () => ({ color: colour, weight: 2, dashArray: '6 4', fillColor: colour, fillOpacity: 0.12 }),
    [colour],
  );
  const handlers = useMemo(() => ({ click: () => onSelect(f.id) }), [onSelect, f.id]);
  return (
    <>
      <GeoJSON data={f} style={style} eventHandlers={handlers} />
      {labelled ? <AreaLabel feature={f} /> : null}
    </>
  );
});

/**
 * The area's name at its centre (where Leaflet would open a tooltip), as a
 * marker that neither takes focus nor clicks. Not a permanent Tooltip: each
 * of those measures itself (a forced layout) whenever the map zooms, one after
 * another, which took a long task with a few dozen areas in view.
 */
function AreaLabel({ feature }: { feature: ApiFeature }) {
  const position = useMemo(() => labelPoint(feature), [feature]);
  const { locale } = useT();
  const place = feature.properties.place.name;
  const name = prose(place, locale);
  const lang = nameLang(place, locale);
  const icon = useMemo(() => {
    const text = document.createElement('span');
    text.textContent = name;
    if (lang) text.lang = lang;
    // No size: the label centres itself on the point (CSS), so Leaflet never measures it.
    return L.divIcon({ className: 'area-label', html: text, iconSize: null as unknown as L.PointExpression });
  }, [name, lang]);
  return position ? (
    <Marker position={position} icon={icon} interactive={false} keyboard={false} pane="areaLabels" />
  ) : null;
}
