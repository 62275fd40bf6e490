/**
 * Clusters made for one request: the points of a selection that no kept
 * index holds (dates, text, several values of a filter) gathered in a grid of
 * CELL-pixel squares at one zoom, as Leaflet.markercluster's and Google's
 * MarkerClusterer's grids do. Linear in the points, so a filter over the
 * whole country costs milliseconds, where building a supercluster index of
 * the selection for each request cost hundreds.
 */
import type { BBox } from '../filters';
import type { ApiFeature } from '../types';
import type { ApiCluster } from './clusters';

/** Cell side in screen pixels of 256-pixel tiles. */
export const CELL = 80;

/** Web Mercator x and y of a point, 0..1 across the world. */
function mercator(lng: number, lat: number): [number, number] {
  const s = Math.sin((Math.max(-85.05113, Math.min(85.05113, lat)) * Math.PI) / 180);
  return [lng / 360 + 0.5, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

interface Cell {
  members: number[];
  sumX: number;
  sumY: number;
  bbox: BBox;
  /** Smallest and largest Mercator x and y of the members: their spread, for the expansion zoom. */
  spread: [number, number, number, number];
}

/**
 * The clusters (cells of two points or more) and single points (feature
 * indices, ascending) of the point features `indices` at `zoom`. A cluster's
 * expansion zoom is the first at which its members lie farther apart than a
 * cell, where it would split, at least one level in and at most `maxZoom`.
 */
export function gridClusters(features: readonly ApiFeature[], indices: Iterable<number>, zoom: number, maxZoom: number): { clusters: ApiCluster[]; points: number[] } {
  const cells = new Map<number, Cell>();
  const side = (256 * 2 ** zoom) / CELL;
  const columns = Math.ceil(side);
  for (const i of indices) {
    const g = features[i].geometry;
    if (g.type !== 'Point') continue;
    const [lng, lat] = g.coordinates;
    const [x, y] = mercator(lng, lat);
    const key = Math.min(columns - 1, Math.floor(y * side)) * columns + Math.min(columns - 1, Math.floor(x * side));
    const cell = cells.get(key);
    if (!cell) {
      cells.set(key, { members: [i], sumX: lng, sumY: lat, bbox: [lng, lat, lng, lat], spread: [x, y, x, y] });
      continue;
    }
    cell.members.push(i);
    cell.sumX += lng;
    cell.sumY += lat;
    const { bbox, spread } = cell;
    bbox[0] = Math.min(bbox[0], lng);
    bbox[1] = Math.min(bbox[1], lat);
    bbox[2] = Math.max(bbox[2], lng);
    bbox[3] = Math.max(bbox[3], lat);
    spread[0] = Math.min(spread[0], x);
    spread[1] = Math.min(spread[1], y);
    spread[2] = Math.max(spread[2], x);
    spread[3] = Math.max(spread[3], y);
  }
  const clusters: ApiCluster[] = [];
  const points: number[] = [];
  for (const [key, cell] of cells) {
    const count = cell.members.length;
    if (count === 1) {
      points.push(cell.members[0]);
      continue;
    }
    const [x0, y0, x1, y1] = cell.spread;
    const span = Math.max(x1 - x0, y1 - y0) * 256;
    const splits = span > 0 ? Math.ceil(Math.log2(CELL / span)) : maxZoom;
    const bbox = cell.bbox;
    clusters.push({
      type: 'Feature',
      id: `cluster-${zoom}-g${key}`,
      bbox,
      geometry: { type: 'Point', coordinates: [round(cell.sumX / count), round(cell.sumY / count)] },
      properties: { cluster: true, count, expansionZoom: Math.min(maxZoom, Math.max(zoom + 1, splits)), bbox },
    });
  }
  return { clusters, points: points.sort((a, b) => a - b) };
}
