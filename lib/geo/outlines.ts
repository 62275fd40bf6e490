/**
 * The offline basemap of one incident: the outline of its state(s) and of its
 * counties, from the us-atlas boundaries shipped with the app (1:10m),
 * coarsened to about a hundred metres so that it travels in a page's props
 * (a few kilobytes). Drawn under the tiles by the incident's small map, it
 * shows through wherever the tile server cannot be reached. Server only.
 */
import 'server-only';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import statesTopology from 'us-atlas/states-10m.json';
import { county } from './counties';
import type { ApiFeature, Outline, Outlines } from '../shared/types';

/** About 110 m of latitude: finer than the small map ever needs below its tiles. */
const STEP = 0.001;

let states: Map<string, Feature<Polygon | MultiPolygon, { name: string }>> | undefined;

function state(fips: string) {
  if (!states) {
    const topo = statesTopology as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>;
    states = new Map(
      feature(topo, topo.objects.states).features.map((f) => [
        String(f.id),
        f as Feature<Polygon | MultiPolygon, { name: string }>,
      ]),
    );
  }
  return states.get(fips);
}

/** Rounds a ring to STEP and drops points within one step of the last one kept; rings that collapse are dropped. */
function coarsenRing(ring: Position[]): Position[] | undefined {
  const out: Position[] = [];
  const round = (v: number) => Math.round(v / STEP) * STEP;
  for (const [lng, lat] of ring) {
    const p = [Number(round(lng).toFixed(3)), Number(round(lat).toFixed(3))];
    const last = out[out.length - 1];
    if (last && Math.abs(last[0] - p[0]) < 2 * STEP && Math.abs(last[1] - p[1]) < 2 * STEP) continue;
    out.push(p);
  }
  if (out.length < 3) return undefined;
  const [first, last] = [out[0], out[out.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push(first);
  return out.length >= 4 ? out : undefined;
}

function coarsen(g: Polygon | MultiPolygon): Polygon | MultiPolygon | undefined {
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((rings) => {
      const [outer, ...holes] = rings;
      const o = coarsenRing(outer);
      return o ? [o, ...holes.flatMap((h) => coarsenRing(h) ?? [])] : undefined;
    })
    .filter((p): p is Position[][] => !!p);
  if (!polygons.length) return undefined;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** The outlines of the incident's state(s) and counties, states first. */
export function incidentOutlines(f: ApiFeature): Outlines {
  const counties = f.properties.place.counties;
  const stateCodes = [...new Set(counties.map((c) => c.fips.slice(0, 2)))];
  const features: Outline[] = [];
  for (const code of stateCodes) {
    const s = state(code);
    const geometry = s && coarsen(s.geometry);
    if (geometry) features.push({ type: 'Feature', properties: { kind: 'state', name: s.properties.name }, geometry });
  }
  for (const c of counties) {
    const k = county(c.fips);
    const geometry = k && coarsen(k.geometry);
    if (geometry) features.push({ type: 'Feature', properties: { kind: 'county', name: c.name }, geometry });
  }
  return { type: 'FeatureCollection', features };
}
