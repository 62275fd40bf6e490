/**
 * Clusters made for one request: the points of a selection that no kept
 * index holds (dates, text, several values of a filter) gathered in a grid of
 * CELL-pixel squares at one zoom, as Leaflet.markercluster's and Google's
 * MarkerClusterer's grids do. Linear in the points and read from typed
 * columns, so a filter over the whole country costs milliseconds, where
 * building a supercluster index of the selection per request cost hundreds.
 */
import type { BBox } from '../filters';
import { round, type ApiCluster } from './clusters';
import type { Positions } from './columns';

/** Cell side in screen pixels of 256-pixel tiles. */
export const CELL = 80;

interface Cell {
  first: number;
  count: number;
  sumX: number;
  sumY: number;
  bbox: BBox;
  /** Smallest and largest Mercator x and y of the members: their spread, for the expansion zoom. */
  spread: [number, number, number, number];
}

/**
 * The clusters (cells of two incidents or more) and single incidents (feature
 * indices, ascending) of `indices` at `zoom`, each where `at` puts it (an
 * area at its box's centre). A cluster's expansion zoom is the first at which
 * its members lie farther apart than a cell, where it would split, at most
 * `maxZoom`. `kind` tells apart the ids of two grids in one answer.
 */
export function gridClusters(at: Positions, indices: Iterable<number>, zoom: number, maxZoom: number, kind = 'g'): { clusters: ApiCluster[]; points: number[] } {
  const cells = new Map<number, Cell>();
  const side = (256 * 2 ** zoom) / CELL;
  const columns = Math.ceil(side);
  for (const i of indices) {
    const x = at.mx[i];
    const y = at.my[i];
    const lng = at.x[i];
    const lat = at.y[i];
    const key = Math.min(columns - 1, Math.floor(y * side)) * columns + Math.min(columns - 1, Math.floor(x * side));
    const cell = cells.get(key);
    if (!cell) {
      cells.set(key, { first: i, count: 1, sumX: lng, sumY: lat, bbox: [lng, lat, lng, lat], spread: [x, y, x, y] });
      continue;
    }
    cell.count++;
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
    const { count, bbox } = cell;
    if (count === 1) {
      points.push(cell.first);
      continue;
    }
    const [x0, y0, x1, y1] = cell.spread;
    const span = Math.max(x1 - x0, y1 - y0) * 256;
    const splits = span > 0 ? Math.ceil(Math.log2(CELL / span)) : maxZoom;
    clusters.push({
      type: 'Feature',
      id: `cluster-${zoom}-${kind}${key}`,
      bbox,
      geometry: { type: 'Point', coordinates: [round(cell.sumX / count), round(cell.sumY / count)] },
      properties: { cluster: true, count, expansionZoom: Math.min(maxZoom, Math.max(zoom + 1, splits)), bbox },
    });
  }
  return { clusters, points: points.sort((a, b) => a - b) };
}
