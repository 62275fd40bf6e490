/**
 * The box the map fits to show one incident: its circle of uncertainty (a
 * point's radius, 500 m when unknown) or its area's box, as Leaflet's
 * LatLng.toBounds draws it. Shared by the map (components/map/feature-geometry.ts)
 * and the server's picture of its first view (lib/og/first-view.ts), so both
 * frame the same box. Pure.
 */
import type { BBox } from './filters';
import type { ApiFeature } from './types';

/** Leaflet's Earth circumference (LatLng.toBounds). */
const EQUATOR_M = 40075017;

/** [west, south, east, north] of the incident. */
export function featureBox(f: ApiFeature): BBox {
  if (f.geometry.type !== 'Point') return [f.bbox[0], f.bbox[1], f.bbox[2], f.bbox[3]];
  const [lng, lat] = f.geometry.coordinates;
  const size = 2 * (f.properties.location.radius ?? 500);
  const dLat = (180 * size) / EQUATOR_M;
  const dLng = dLat / Math.cos((Math.PI / 180) * lat);
  return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
}

/** The box around every incident in `features`, or undefined when there are none. */
export function featuresBox(features: readonly ApiFeature[]): BBox | undefined {
  if (!features.length) return undefined;
  return features
    .map(featureBox)
    .reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

/** The point a marker or popup stands at: a point's own, or the centre of an area's box. */
export function featureAnchor(f: ApiFeature): [lng: number, lat: number] {
  if (f.geometry.type === 'Point') return [f.geometry.coordinates[0], f.geometry.coordinates[1]];
  return [(f.bbox[0] + f.bbox[2]) / 2, (f.bbox[1] + f.bbox[3]) / 2];
}
