/**
 * RFC 7946 checks that a schema cannot express: coordinate ranges and order,
 * closed linear rings with at least four positions, and the right-hand rule.
 */
import 'server-only';
import booleanClockwise from '@turf/boolean-clockwise';
import type { Geometry, Position } from 'geojson';

export interface GeometryIssue {
  field: string;
  message: string;
}

function checkPosition(p: Position, field: string, out: GeometryIssue[]): void {
  const [lon, lat] = p;
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) {
    out.push({ field, message: `longitude ${lon} is outside -180..180 (RFC 7946 puts longitude first)` });
  }
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
    out.push({ field, message: `latitude ${lat} is outside -90..90 (are longitude and latitude swapped?)` });
  }
}

function checkRing(ring: Position[], field: string, exterior: boolean, out: GeometryIssue[]): void {
  if (ring.length < 4) {
    out.push({ field, message: `a linear ring needs at least 4 positions, has ${ring.length}` });
    return;
  }
  ring.forEach((p, i) => checkPosition(p, `${field}.${i}`, out));
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    out.push({ field, message: 'the ring is not closed: its last position must equal its first' });
    return;
  }
  const clockwise = booleanClockwise(ring);
  if (exterior && clockwise) {
    out.push({ field, message: 'an exterior ring must be counterclockwise (RFC 7946 right-hand rule)' });
  } else if (!exterior && !clockwise) {
    out.push({ field, message: 'a hole must be clockwise (RFC 7946 right-hand rule)' });
  }
}

function checkPolygon(rings: Position[][], field: string, out: GeometryIssue[]): void {
  if (rings.length === 0) out.push({ field, message: 'a polygon needs at least one ring' });
  rings.forEach((ring, i) => checkRing(ring, `${field}.${i}`, i === 0, out));
}

/**
 * Lists what makes `geometry` invalid under RFC 7946; empty when it is valid.
 * `field` prefixes each path (e.g. "geometry").
 */
export function checkGeometry(geometry: Geometry, field = 'geometry'): GeometryIssue[] {
  const out: GeometryIssue[] = [];
  const at = `${field}.coordinates`;
  switch (geometry.type) {
    case 'Point':
      checkPosition(geometry.coordinates, at, out);
      break;
    case 'Polygon':
      checkPolygon(geometry.coordinates, at, out);
      break;
    case 'MultiPolygon':
      if (geometry.coordinates.length === 0)
        out.push({ field: at, message: 'a multipolygon needs at least one polygon' });
      geometry.coordinates.forEach((poly, i) => checkPolygon(poly, `${at}.${i}`, out));
      break;
    default:
      out.push({ field: `${field}.type`, message: `geometry type ${geometry.type} is not used for incidents` });
  }
  return out;
}
