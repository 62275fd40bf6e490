'use client';
/** A map to click where an incident happened: the point, and the circle of its radius. */
import 'leaflet/dist/leaflet.css';
import { Circle, CircleMarker, MapContainer, TileLayer, useMapEvents } from 'react-leaflet';
import type { MapConfig } from '@/lib/shared/types';

function Clicks({ onPick }: { onPick: (lon: number, lat: number) => void }) {
  useMapEvents({ click: (e) => onPick(e.latlng.lng, e.latlng.lat) });
  return null;
}

export default function ClickMap({
  tiles,
  point,
  radius,
  onPick,
}: {
  tiles: MapConfig;
  point?: [number, number];
  radius?: number;
  onPick: (lon: number, lat: number) => void;
}) {
  const center: [number, number] = point ? [point[1], point[0]] : [37.5, -96];
  return (
    // MapContainer does not pass an aria-label on to its element: the group around it names the map.
    <div role="group" aria-label="Map: click to place the incident">
      <MapContainer key={point ? point.join() : 'none'} center={center} zoom={point ? 10 : 4} style={{ height: 280 }}>
        <TileLayer url={tiles.tileUrl} attribution={tiles.tileAttribution} />
        {point && <CircleMarker center={center} radius={6} />}
        {point && radius ? <Circle center={center} radius={radius} /> : null}
        <Clicks onPick={onPick} />
      </MapContainer>
    </div>
  );
}
