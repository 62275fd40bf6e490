/**
 * Where an incident sits on the map: its bounds (the circle of its radius,
 * or its area's box) and the point a popup or label points at. Client only.
 */
import L from 'leaflet';
import type { ApiFeature } from '@/lib/shared/types';

/** The point of a Point incident, or the centre of an area's box. */
export function anchorOf(f: ApiFeature): L.LatLng {
  if (f.geometry.type === 'Point') {
    const [lng, lat] = f.geometry.coordinates;
    return L.latLng(lat, lng);
  }
  const b = f.bbox;
  return L.latLng((b[1] + b[3]) / 2, (b[0] + b[2]) / 2);
}

/** What to fit the map to for one incident: its circle of uncertainty, or its area. */
export function boundsOf(f: ApiFeature): L.LatLngBounds {
  if (f.geometry.type === 'Point') {
    return anchorOf(f).toBounds(2 * (f.properties.location.radius ?? 500));
  }
  const b = f.bbox;
  return L.latLngBounds([b[1], b[0]], [b[3], b[2]]);
}

/** The bounds of every incident in `features`, or undefined when there are none. */
export function boundsOfAll(features: readonly ApiFeature[]): L.LatLngBounds | undefined {
  if (!features.length) return undefined;
  const bounds = boundsOf(features[0]);
  for (const f of features.slice(1)) bounds.extend(boundsOf(f));
  return bounds;
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
