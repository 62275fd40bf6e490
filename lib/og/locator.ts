/**
 * A locator for the share image: the outline of the incident's state (from
 * the us-atlas states shipped with the app, 1:10m) as SVG paths, with the
 * incident's point or area marked. Server-side only. No tiles, no network.
 */
import 'server-only';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import statesTopology from 'us-atlas/states-10m.json';
import type { ApiFeature } from '../shared/types';

type StateFeature = Feature<Polygon | MultiPolygon, { name: string }>;

let byFips: Map<string, StateFeature> | undefined;

function states(): Map<string, StateFeature> {
  if (byFips) return byFips;
  const topo = statesTopology as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>;
  byFips = new Map(feature(topo, topo.objects.states).features.map((f) => [String(f.id), f as StateFeature]));
  return byFips;
}

export interface Locator {
  width: number;
  height: number;
  /** One path per state outline. */
  outlines: string[];
  /** The incident's area, when it is one. */
  area?: string;
  /** The incident's point, and the radius of its uncertainty in pixels (0 for a building). */
  point?: { x: number; y: number; radius: number };
}

/** US longitudes east of 180° (the Aleutians, Guam) continue west of -180°, so a state's outline stays in one piece. */
const lonOf = (p: Position) => (p[0] > 0 ? p[0] - 360 : p[0]);

function rings(g: Polygon | MultiPolygon): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/**
 * Projects the incident's state(s) and geometry into a `width`×`height` box
 * with `padding`: equirectangular, scaled by the cosine of the middle
 * latitude, which is close enough for a locator.
 */
export function locator(f: ApiFeature, width: number, height: number, padding = 16): Locator {
  const fips = [...new Set(f.properties.place.counties.map((c) => c.fips.slice(0, 2)))];
  const outlines = fips.flatMap((code) => states().get(code) ?? []);
  const own = f.geometry.type === 'Point' ? [[f.geometry.coordinates]] : rings(f.geometry);
  const all = [...outlines.flatMap((s) => rings(s.geometry)), ...own].flat();

  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of all) {
    west = Math.min(west, lonOf(p));
    east = Math.max(east, lonOf(p));
    south = Math.min(south, p[1]);
    north = Math.max(north, p[1]);
  }
  // A lone point with no known state: show a region about a degree across around it.
  if (east - west < 0.5) [west, east] = [west - 0.5, east + 0.5];
  if (north - south < 0.5) [south, north] = [south - 0.5, north + 0.5];

  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = Math.min((width - 2 * padding) / ((east - west) * k), (height - 2 * padding) / (north - south));
  const dx = (width - (east - west) * k * scale) / 2;
  const dy = (height - (north - south) * scale) / 2;
  const project = (p: Position): [number, number] => [dx + (lonOf(p) - west) * k * scale, dy + (north - p[1]) * scale];

  const path = (polygonRings: Position[][]): string =>
    polygonRings
      .map((ring) => {
        let last: [number, number] | undefined;
        const points: string[] = [];
        for (const p of ring) {
          const [x, y] = project(p);
          // Drop points closer than a pixel to the previous one: the outline stays the same, the path gets small.
          if (last && Math.abs(x - last[0]) < 1 && Math.abs(y - last[1]) < 1) continue;
          last = [x, y];
          points.push(`${x.toFixed(1)} ${y.toFixed(1)}`);
        }
        return points.length > 2 ? `M${points.join('L')}Z` : '';
      })
      .join('');

  const out: Locator = { width, height, outlines: outlines.map((s) => path(rings(s.geometry))) };
  if (f.geometry.type === 'Point') {
    const [x, y] = project(f.geometry.coordinates);
    const metres = f.properties.location.precision === 'building' ? 0 : (f.properties.location.radius ?? 0);
    out.point = { x, y, radius: (metres / 111_320) * scale };
  } else {
    out.area = path(rings(f.geometry));
  }
  return out;
}
