/**
 * The outline basemap the map falls back to (public/basemap/us-outlines.geojson),
 * read once from disk for the server's map images. Server only (node:fs).
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import type { Outlines } from './map-svg';

let outlines: Outlines | undefined;

/** The land, state and county outlines, as shipped in public/ (beside the server in the standalone output too). */
export function basemapOutlines(): Outlines {
  if (outlines) return outlines;
  const file = path.join(process.cwd(), 'public', 'basemap', 'us-outlines.geojson');
  const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<
    MultiPolygon | MultiLineString,
    { kind: string }
  >;
  const kind = <G>(k: string) => fc.features.find((f) => f.properties.kind === k)!.geometry as G;
  outlines = {
    land: kind<MultiPolygon>('land'),
    states: kind<MultiLineString>('state'),
    counties: kind<MultiLineString>('county'),
  };
  return outlines;
}
