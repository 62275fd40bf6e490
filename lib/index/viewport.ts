/**
 * What `/api/incidents?bbox=…&zoom=z` answers: the incidents in view when
 * they fit in one answer (lib/index/limits.ts), otherwise clusters of the
 * points plus the areas, which are gathered only when they alone would fill
 * half an answer.
 */
import type { BBox, Filters } from '../filters';
import type { ApiFeature } from '../types';
import { CLUSTER_MAX_ZOOM, clustersIn, pointsIn, type ApiCluster, type ClusterIndex } from './clusters';
import { mercator, type Positions } from './columns';
import { gridClusters } from './grid';
import { MAX_BYTES, MAX_FEATURES, MAX_VIEW_PIXELS } from './limits';
import type { SpatialIndex } from './spatial';

export interface ViewContext {
  features: readonly ApiFeature[];
  index: SpatialIndex;
  /** Where each feature is (lib/index/columns.ts), for clusters gathered per request. */
  positions: Positions;
  /** Clusters of every point, built at load. */
  clusters: ClusterIndex;
  /**
   * Clusters of exactly the points matching `filters`, kept from one request
   * to the next, when there are such (one setting or one agency, say);
   * undefined to cluster the selection for this request only.
   */
  clustersFor?(filters: Filters): ClusterIndex | undefined;
  /** A test of feature `i` against every filter, bbox included (compiled once per view). */
  matcher(filters: Filters): (i: number) => boolean;
  /** The serialised size of feature `i`, in bytes. */
  size(i: number): number;
}

/**
 * Features as indices into the loaded features, newest first (the caller
 * serialises them), and the clusters after them.
 */
export type View = { kind: 'features'; indices: number[]; clusters: [] } | { kind: 'clusters'; indices: number[]; clusters: ApiCluster[]; zoom: number };

const WORLD: BBox = [-180, -90, 180, 90];

/**
 * The zoom to cluster at: the client's, lowered until the box spans at most
 * MAX_VIEW_PIXELS, so no box (a world box at zoom 16, say) yields more
 * clusters than a screen holds.
 */
export function clusterZoom(box: BBox, zoom: number): number {
  const width = (box[0] > box[2] ? box[2] + 360 - box[0] : box[2] - box[0]) / 360;
  const height = Math.abs(mercator(0, box[1])[1] - mercator(0, box[3])[1]);
  const span = Math.max(width, height, 1e-12);
  return Math.max(0, Math.min(zoom, Math.floor(Math.log2(MAX_VIEW_PIXELS / 256 / span))));
}

function fitsIn(ctx: ViewContext, indices: readonly number[], maxBytes: number): boolean {
  if (indices.length > MAX_FEATURES) return false;
  let bytes = 0;
  for (const i of indices) if ((bytes += ctx.size(i)) > maxBytes) return false;
  return true;
}

const fits = (ctx: ViewContext, indices: readonly number[]) => fitsIn(ctx, indices, MAX_BYTES);

const hasFilters = (f: Filters) => !!(f.from || f.to || f.q || f.setting.length || f.agency.length);

/** The view of `filters` (which carry a zoom; the box defaults to the world). */
export function viewIncidents(ctx: ViewContext, filters: Filters): View {
  const box = filters.bbox ?? WORLD;
  const scoped: Filters = { ...filters, bbox: box };
  let zoom = clusterZoom(box, filters.zoom ?? 0);
  const matches = ctx.matcher(scoped);
  const areas = ctx.index.areas.filter(matches);

  const kept = hasFilters(filters) ? ctx.clustersFor?.(filters) : ctx.clusters;
  let gather: (zoom: number) => { clusters: ApiCluster[]; points: number[] };
  if (!kept) {
    // Filters no kept index holds: select, then gather what matched in a grid, for this request only.
    const points = ctx.index.pointsIn(box).filter(matches);
    if (points.length + areas.length <= MAX_FEATURES) {
      const selected = [...areas, ...points].sort((a, b) => a - b);
      if (fits(ctx, selected)) return { kind: 'features', indices: selected, clusters: [] };
    }
    gather = (z) => gridClusters(ctx.positions, points, z, CLUSTER_MAX_ZOOM + 1);
  } else {
    // The clusters kept say how many points are in view before any are gathered.
    const { count } = clustersIn(kept, box, Math.min(zoom, CLUSTER_MAX_ZOOM + 1), false);
    if (count + areas.length <= 2 * MAX_FEATURES) {
      // The kept index holds only the points that can match: no filter over the rest of the view.
      const selected = [...areas, ...pointsIn(kept, box).filter(matches)].sort((a, b) => a - b);
      if (fits(ctx, selected)) return { kind: 'features', indices: selected, clusters: [] };
    }
    gather = (z) => clustersIn(kept, box, z);
  }
  // Areas are drawn as themselves, unless more are in view than half an answer holds (a large dataset's country view): then they too are gathered, at their boxes' centres.
  const areasFit = areas.length <= MAX_FEATURES / 2 && fitsIn(ctx, areas, MAX_BYTES / 2);
  // Lower the zoom until the answer fits; zoom 0 of the world is a handful of clusters.
  for (zoom = Math.min(zoom, CLUSTER_MAX_ZOOM); ; zoom--) {
    const view = gather(zoom);
    const shown = areasFit ? { clusters: [], points: areas } : gridClusters(ctx.positions, areas, zoom, CLUSTER_MAX_ZOOM + 1, 'a');
    const indices = [...shown.points, ...view.points].sort((a, b) => a - b);
    const clusters = [...view.clusters, ...shown.clusters];
    if ((clusters.length + indices.length <= MAX_FEATURES && fits(ctx, indices)) || zoom === 0) {
      return { kind: 'clusters', zoom, indices, clusters };
    }
  }
}
