'use client';
/** Region-precision incidents: the area itself, shaded and labelled. */
import { GeoJSON, Pane, Tooltip } from 'react-leaflet';
import type { ApiFeature } from '@/lib/types';
import { SETTING_STYLES } from './setting-glyphs';

export function AreaLayer({ features, onSelect }: { features: ApiFeature[]; onSelect: (id: string) => void }) {
  // Labels sit above the areas but under the markers, which they must never hide.
  return [<Pane key="pane" name="areaLabels" style={{ zIndex: 450 }} />, ...features.map((f) => {
    const colour = SETTING_STYLES[f.properties.setting].colour;
    return (
      <GeoJSON
        key={f.id}
        data={f}
        style={{ color: colour, weight: 2, dashArray: '6 4', fillColor: colour, fillOpacity: 0.12 }}
        eventHandlers={{ click: () => onSelect(f.id) }}
      >
        <Tooltip permanent direction="center" className="area-label" interactive={false} pane="areaLabels">
          {f.properties.place.name}
        </Tooltip>
      </GeoJSON>
    );
  })];
}
