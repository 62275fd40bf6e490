/**
 * US county boundaries from us-atlas (Census cartographic boundaries, 1:10m),
 * as RFC 7946 GeoJSON. Server-side only: the TopoJSON is 842 KB.
 */
import 'server-only';
import { feature } from 'topojson-client';
import rewind from '@turf/rewind';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import union from '@turf/union';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countiesTopology from 'us-atlas/counties-10m.json';

export type CountyFeature = Feature<Polygon | MultiPolygon, { name: string }>;

let byFips: Map<string, CountyFeature> | undefined;

function loadCounties(): Map<string, CountyFeature> {
  const topo = countiesTopology as unknown as Topology<{ counties: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.counties);
  const map = new Map<string, CountyFeature>();
  for (const f of fc.features) {
    // us-atlas winds rings clockwise (d3's spherical convention); RFC 7946 wants exterior rings counterclockwise.
    map.set(String(f.id), rewind(f as CountyFeature) as CountyFeature);
  }
  return map;
}

/** The county with this five-digit FIPS code, or undefined. */
export function county(fips: string): CountyFeature | undefined {
  byFips ??= loadCounties();
  return byFips.get(fips);
}

/** Rounds every coordinate to `digits` decimals (5 ≈ 1 m), so stored and recomputed areas compare exactly. */
export function roundGeometry<G extends Polygon | MultiPolygon>(geometry: G, digits = 5): G {
  const f = 10 ** digits;
  const round = (c: unknown): unknown => (typeof c === 'number' ? Math.round(c * f) / f : (c as unknown[]).map(round));
  return { ...geometry, coordinates: round(geometry.coordinates) } as G;
}

/**
 * The union of the counties with these FIPS codes, dissolved with turf and
 * wound as RFC 7946 requires.
 *
 * @example
 * countyUnion(['06071', '06065']) // the Diocese of San Bernardino
 */
export function countyUnion(fipsCodes: string[]): Polygon | MultiPolygon {
  const parts = fipsCodes.map((fips) => {
    const c = county(fips);
    if (!c) throw new Error(`unknown county FIPS code "${fips}"`);
    return c;
  });
  const merged = parts.length === 1 ? parts[0] : union(featureCollection(parts));
  if (!merged) throw new Error(`the counties ${fipsCodes.join(', ')} have no area in common`);
  return withoutDegenerateRings(roundGeometry((rewind(merged) as CountyFeature).geometry));
}

/** Twice the signed area of a ring (shoelace): zero when its points all lie on a line or on one point. */
function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return sum;
}

/**
 * Drops the rings that rounding left without area (a county's tiny enclave,
 * simplified at 1:10m, can round to a single point: Denver's Glendale), and
 * the polygons whose outer ring did: such a ring has no winding, so it fails
 * the RFC 7946 check, and it covers nothing.
 */
export function withoutDegenerateRings<G extends Polygon | MultiPolygon>(geometry: G): G {
  const keep = (rings: number[][][]) =>
    ringArea(rings[0]) === 0 ? undefined : rings.filter((r, i) => i === 0 || ringArea(r) !== 0);
  if (geometry.type === 'Polygon')
    return { ...geometry, coordinates: keep(geometry.coordinates) ?? geometry.coordinates } as G;
  const polygons = (geometry as MultiPolygon).coordinates.map(keep).filter((p): p is number[][][] => !!p);
  return { ...geometry, coordinates: polygons } as G;
}

/** Bounding boxes of the counties, for countiesAt: a box test first spares most point-in-polygon tests. */
let boxes: Array<{ fips: string; box: [number, number, number, number] }> | undefined;

function boxOf(c: CountyFeature): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates;
  for (const ring of polygons.map((p) => p[0])) {
    for (const [x, y] of ring) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  }
  return b;
}

/**
 * The counties that contain a point, [longitude, latitude], as FIPS codes with
 * their us-atlas names (usually one; none at sea or outside the US).
 *
 * @example
 * countiesAt([-117.65089, 34.06334]) // [{ fips: '06071', name: 'San Bernardino' }]
 */
export function countiesAt([lon, lat]: number[]): Array<{ fips: string; name: string }> {
  byFips ??= loadCounties();
  boxes ??= [...byFips.entries()].map(([fips, c]) => ({ fips, box: boxOf(c) }));
  return boxes
    .filter(({ box }) => lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3])
    .filter(({ fips }) => booleanPointInPolygon([lon, lat], byFips!.get(fips)!))
    .map(({ fips }) => ({ fips, name: byFips!.get(fips)!.properties.name }));
}
