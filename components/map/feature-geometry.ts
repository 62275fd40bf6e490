/**
 * Where an incident sits on the map: its bounds (the circle of its radius,
 * or its area's box) and the point a popup or label points at. Client only.
 */
import L from 'leaflet';
import type { ApiFeature } from '@/lib/shared/types';
import { featureAnchor, featureBox, featuresBox } from '@/lib/shared/feature-box';

const toBounds = ([w, s, e, n]: readonly number[]) => L.latLngBounds([s, w], [n, e]);

/** The point of a Point incident, or the centre of an area's box. */
export function anchorOf(f: ApiFeature): L.LatLng {
  const [lng, lat] = featureAnchor(f);
  return L.latLng(lat, lng);
}

/** What to fit the map to for one incident: its circle of uncertainty, or its area. */
export function boundsOf(f: ApiFeature): L.LatLngBounds {
  return toBounds(featureBox(f));
}

/** The bounds of every incident in `features`, or undefined when there are none. */
export function boundsOfAll(features: readonly ApiFeature[]): L.LatLngBounds | undefined {
  const box = featuresBox(features);
  return box && toBounds(box);
}

export function isArea(f: ApiFeature): boolean {
  return f.geometry.type !== 'Point';
}

/**
 * Where an area's label goes: the centroid of its (first) polygon's outer
 * ring, as Leaflet's Polygon.getCenter() finds it for a tooltip. Undefined
 * for a point.
 */
export function labelPoint(f: ApiFeature): L.LatLng | undefined {
  const g = f.geometry;
  const ring = g.type === 'Polygon' ? g.coordinates[0] : g.type === 'MultiPolygon' ? g.coordinates[0][0] : undefined;
  if (!ring?.length) return undefined;
  return L.PolyUtil.polygonCenter(
    ring.map(([lng, lat]) => L.latLng(lat, lng)),
    L.CRS.EPSG3857,
  );
}
