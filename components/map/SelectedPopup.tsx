'use client';
/**
 * The popup of the selected incident, opened on the map at its point (or its
 * area's centre). There is one at most: the URL names the open incident, and
 * this draws it, whether its marker stands alone or sits in a cluster.
 */
import { useCallback, useMemo } from 'react';
import { Popup, useMap } from 'react-leaflet';
import type { ApiFeature } from '@/lib/shared/types';
import { IncidentPopup } from '../popup/IncidentPopup';
import { anchorOf, isArea } from './feature-geometry';

export interface SelectedPopupProps {
  feature: ApiFeature;
  onClose: (id: string) => void;
  actions?: React.ReactNode;
  /** How far down the map a notice over it reaches (px), read as the popup is made (after a flight lands, a notice
   *  that came meanwhile counts): the popup is panned and sized to keep below it. */
  topInset?: React.RefObject<number>;
}

export function SelectedPopup({ feature, onClose, actions, topInset: inset }: SelectedPopupProps) {
  const map = useMap();
  const topInset = inset?.current ?? 0;
  // Kept while the point stays: a new position object re-opens the popup (react-leaflet's effect depends on it),
  // re-making its content under a reader's click.
  const { lat, lng } = anchorOf(feature);
  const position = useMemo((): [number, number] => [lat, lng], [lat, lng]);
  // Short enough that, panned into view, the popup leaves its point on the map.
  const size = map.getSize();
  const maxHeight = Math.max(160, size.y - 110 - topInset);
  const maxWidth = Math.min(360, size.x - 48);
  const close = useCallback(() => onClose(feature.id), [onClose, feature.id]);
  const eventHandlers = useMemo(() => ({ remove: close }), [close]);
  // The same element while nothing in it changes: react-leaflet calls Leaflet's update() whenever the popup's children
  // change, which measures the content afresh (scrolling it back to the top, under a reader's click) and pans the map
  // to show the popup whole. A render of the page (the URL taking each new view) must not do that.
  const content = useMemo(
    () => <IncidentPopup feature={feature} onClose={close} actions={actions} />,
    [feature, close, actions],
  );
  return (
    <Popup
      key={feature.id}
      position={position}
      closeButton={false}
      offset={isArea(feature) ? [0, 0] : [0, -10]}
      maxWidth={maxWidth}
      minWidth={Math.min(240, maxWidth)}
      maxHeight={maxHeight}
      autoPanPaddingTopLeft={[16, 16 + topInset]}
      autoPanPaddingBottomRight={[16, 16]}
      eventHandlers={eventHandlers}
    >
      {content}
    </Popup>
  );
}
