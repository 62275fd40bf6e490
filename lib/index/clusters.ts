/**
 * Server-side clusters (supercluster) of point incidents. Areas are never
 * clustered: an area is not a place a marker can stand for.
 */
import Supercluster, { type PointFeature } from 'supercluster';
import type { BBox } from '../filters';
import type { ApiFeature } from '../types';

/** Above this zoom supercluster hands back single points. */
export const CLUSTER_MAX_ZOOM = 16;
/** In screen pixels of 256-pixel tiles (Leaflet's), as Leaflet.markercluster's default of 80 is. */
const RADIUS = 60;
const EXTENT = 256;

interface Leaf {
  /** Index of the incident in the loaded features. */
  i: number;
}
interface Extent {
  w: number;
  s: number;
  e: number;
  n: number;
}

export type ClusterIndex = Supercluster<Leaf & Extent, Extent>;

/** A cluster as the API serves it: a Point Feature whose properties say what it holds and where to zoom. */
export interface ApiCluster {
  type: 'Feature';
  id: string;
  bbox: BBox;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { cluster: true; count: number; expansionZoom: number; bbox: BBox };
}

/**
 * Clusters the given point features for zooms `minZoom`..`maxZoom`. Each
 * cluster carries the bounding box of its members (map/reduce), so the client
 * can zoom to it without asking for the members.
 */
export function buildClusters(features: readonly ApiFeature[], indices: Iterable<number>, minZoom = 0, maxZoom = CLUSTER_MAX_ZOOM): ClusterIndex {
  const points: PointFeature<Leaf & Extent>[] = [];
  for (const i of indices) {
    const g = features[i].geometry;
    if (g.type !== 'Point') continue;
    const [x, y] = g.coordinates;
    points.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, y] }, properties: { i, w: x, s: y, e: x, n: y } });
  }
  const index: ClusterIndex = new Supercluster<Leaf & Extent, Extent>({
    radius: RADIUS,
    extent: EXTENT,
    minZoom,
    maxZoom,
    map: (p) => ({ w: p.w, s: p.s, e: p.e, n: p.n }),
    reduce: (a, p) => {
      a.w = Math.min(a.w, p.w);
      a.s = Math.min(a.s, p.s);
      a.e = Math.max(a.e, p.e);
      a.n = Math.max(a.n, p.n);
    },
  });
  return index.load(points);
}

/** A cluster's position to five decimals (about a metre), as the data's coordinates are. */
export const round = (x: number) => Math.round(x * 1e5) / 1e5;

/** Each index's expansion zooms, by cluster id: a cluster's never changes, and finding it costs a search per level. */
const expansionZooms = new WeakMap<ClusterIndex, Map<number, number>>();

function expansionZoom(index: ClusterIndex, id: number): number {
  let known = expansionZooms.get(index);
  if (!known) expansionZooms.set(index, (known = new Map()));
  let zoom = known.get(id);
  if (zoom === undefined) known.set(id, (zoom = index.getClusterExpansionZoom(id)));
  return zoom;
}

/** Wider than supercluster's grid (its trees hold Int32 Web Mercator: 360° / 2^30, about 3.4e-7°), narrower than a metre. */
const EPSILON = 1e-5;

/**
 * Feature indices of the points of `index` in `box`, in no order, and
 * perhaps a few a hair outside it: callers test their own box. With a kept
 * index of one setting these are that setting's points only, with no filter
 * to run over every other incident in view.
 */
export function pointsIn(index: ClusterIndex, box: BBox): number[] {
  const [w, s, e, n] = box;
  const out: number[] = [];
  for (const f of index.getClusters([w - EPSILON, s - EPSILON, e + EPSILON, n + EPSILON], CLUSTER_MAX_ZOOM + 1)) out.push((f.properties as Leaf).i);
  return out;
}

/**
 * The clusters and single points of `index` in `box` at `zoom`: single points
 * as feature indices. `count` is how many points they stand for; `withClusters`
 * false only counts (expansion zooms cost a search each).
 */
export function clustersIn(index: ClusterIndex, box: BBox, zoom: number, withClusters = true): { clusters: ApiCluster[]; points: number[]; count: number } {
  const clusters: ApiCluster[] = [];
  const points: number[] = [];
  let count = 0;
  for (const f of index.getClusters(box, zoom)) {
    const p = f.properties;
    if ('cluster' in p && p.cluster) {
      count += p.point_count;
      if (!withClusters) continue;
      const bbox: BBox = [p.w, p.s, p.e, p.n];
      const [x, y] = f.geometry.coordinates;
      clusters.push({
        type: 'Feature',
        id: `cluster-${zoom}-${p.cluster_id}`,
        bbox,
        geometry: { type: 'Point', coordinates: [round(x), round(y)] },
        properties: { cluster: true, count: p.point_count, expansionZoom: expansionZoom(index, p.cluster_id), bbox },
      });
    } else {
      points.push((p as Leaf).i);
      count++;
    }
  }
  return { clusters, points, count };
}
