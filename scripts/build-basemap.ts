/**
 * `npx tsx scripts/build-basemap.ts`: writes the offline basemap,
 * public/basemap/us-outlines.geojson — the nation's land, state borders and
 * county borders from us-atlas (1:10m), simplified for zooms up to about 10.
 * The map fetches it when the tile server cannot be reached or the reader
 * picks it; it is a static file, never part of the JavaScript bundle.
 *
 * Lines are meshes (each shared border once), simplified with
 * Douglas–Peucker and rounded to 3 decimals (about 100 m).
 */
import fs from 'node:fs';
import path from 'node:path';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

const TOLERANCE = { nation: 0.01, states: 0.01, counties: 0.02 };
const OUT = path.resolve('public/basemap/us-outlines.geojson');

const topology = JSON.parse(fs.readFileSync(require.resolve('us-atlas/counties-10m.json'), 'utf8')) as Topology<{
  counties: GeometryCollection;
  states: GeometryCollection;
  nation: GeometryCollection;
}>;

/** Douglas–Peucker on one line, in degrees. */
function simplify(line: Position[], tolerance: number): Position[] {
  if (line.length <= 2) return line;
  const [ax, ay] = line[0];
  const [bx, by] = line[line.length - 1];
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy);
  let worst = 0;
  let at = 0;
  for (let i = 1; i < line.length - 1; i++) {
    const [px, py] = line[i];
    const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst <= tolerance) return [line[0], line[line.length - 1]];
  return [...simplify(line.slice(0, at + 1), tolerance).slice(0, -1), ...simplify(line.slice(at), tolerance)];
}

const round = (line: Position[]) => line.map(([x, y]) => [Math.round(x * 1e3) / 1e3, Math.round(y * 1e3) / 1e3]);
const clean = (line: Position[], tolerance: number) =>
  round(simplify(line, tolerance)).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);

function lines(geometry: MultiLineString, tolerance: number): MultiLineString {
  return {
    type: 'MultiLineString',
    coordinates: geometry.coordinates.map((l) => clean(l, tolerance)).filter((l) => l.length > 1),
  };
}

function land(tolerance: number): MultiPolygon {
  const nation = feature(topology, topology.objects.nation) as FeatureCollection<Polygon | MultiPolygon>;
  const polygons = nation.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  return {
    type: 'MultiPolygon',
    coordinates: polygons
      .map((rings) => rings.map((r) => clean(r, tolerance)).filter((r) => r.length >= 4))
      .filter((rings) => rings.length > 0),
  };
}

const states = mesh(topology, topology.objects.states, (a, b) => a !== b);
const counties = mesh(
  topology,
  topology.objects.counties,
  (a, b) => a !== b && String(a.id).slice(0, 2) === String(b.id).slice(0, 2),
);

const features: Feature[] = [
  { type: 'Feature', properties: { kind: 'land' }, geometry: land(TOLERANCE.nation) },
  { type: 'Feature', properties: { kind: 'county' }, geometry: lines(counties, TOLERANCE.counties) },
  { type: 'Feature', properties: { kind: 'state' }, geometry: lines(states, TOLERANCE.states) },
];
const collection: FeatureCollection = { type: 'FeatureCollection', features };
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify(collection));
console.log(`${path.relative(process.cwd(), OUT)}: ${(fs.statSync(OUT).size / 1024).toFixed(0)} KB`);
