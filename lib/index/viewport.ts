/**
 * What `/api/incidents?bbox=…&zoom=z` answers (for API users; the map asks
 * for tiles, lib/index/tile.ts): the incidents in the box when they fit in
 * one answer (lib/index/limits.ts), otherwise the map's grid of clusters
 * (lib/shared/tiles/cells.ts) over the box plus the areas, which are gathered only
 * when they alone would fill half an answer.
 */
import 'server-only';
import type { BBox, Filters } from '../shared/filters';
import type { ApiFeature } from '../shared/types';
import { clusterCells, clustersOfCells, gatherCells, parentCells, type ApiCluster } from '../shared/tiles/cells';
import { TILE_MAX_ZOOM } from '../shared/tiles/address';
import { mercator } from '../shared/tiles/mercator';
import type { Positions } from './columns';
import { MAX_BYTES, MAX_FEATURES, MAX_VIEW_PIXELS } from './limits';
import type { SpatialIndex } from './spatial';

export interface ViewContext {
  features: readonly ApiFeature[];
  index: SpatialIndex;
  /** Where each feature is (lib/index/columns.ts): a point's own position, an area's box centre. */
  positions: Positions;
  /** A test of feature `i` against every filter, bbox included (compiled once per view). */
  matcher(filters: Filters): (i: number) => boolean;
  /** True when area `i`'s geometry (not only its box) meets `box`. */
  areaMeets(i: number, box: BBox): boolean;
  /** The serialised size of feature `i`, in bytes. */
  size(i: number): number;
}

/**
 * Features as indices into the loaded features, newest first (the caller
 * serialises them), and the clusters after them.
 */
export type View =
  | { kind: 'features'; indices: number[]; clusters: [] }
  | { kind: 'clusters'; indices: number[]; clusters: ApiCluster[]; zoom: number };

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
  return Math.max(0, Math.min(zoom, TILE_MAX_ZOOM, Math.floor(Math.log2(MAX_VIEW_PIXELS / 256 / span))));
}

/** True when `indices` number at most `maxFeatures` and their JSON at most `maxBytes`. */
export function fitsIn(
  ctx: Pick<ViewContext, 'size'>,
  indices: readonly number[],
  maxFeatures: number,
  maxBytes: number,
): boolean {
  if (indices.length > maxFeatures) return false;
  let bytes = 0;
  for (const i of indices) if ((bytes += ctx.size(i)) > maxBytes) return false;
  return true;
}

const ascending = (a: number, b: number) => a - b;

/** The view of `filters` (which carry a zoom; the box defaults to the world). */
export function viewIndices(ctx: ViewContext, filters: Filters): View {
  const box = filters.bbox ?? WORLD;
  const matches = ctx.matcher({ ...filters, bbox: box });
  const areas = ctx.index.areas.filter(matches);
  // Newest first, as the database store meets them (each cell's sums and the clusters' order agree).
  const points = ctx.index.pointsIn(box).filter(matches).sort(ascending);
  if (points.length + areas.length <= MAX_FEATURES) {
    const selected = [...areas, ...points].sort(ascending);
    if (fitsIn(ctx, selected, MAX_FEATURES, MAX_BYTES)) return { kind: 'features', indices: selected, clusters: [] };
  }
  // Areas are drawn as themselves, unless more are in view than half an answer holds (a large dataset's country view): then they too are gathered, at their boxes' centres.
  const areasFit = fitsIn(ctx, areas, MAX_FEATURES / 2, MAX_BYTES / 2);
  // Lower the zoom until the answer fits (merging cells into their parents); zoom 0 of the world is a handful of clusters.
  let zoom = clusterZoom(box, filters.zoom ?? 0);
  for (let cells = gatherCells(ctx.positions, points, zoom); ; cells = parentCells(cells, zoom--)) {
    const view = clustersOfCells(cells, zoom);
    const shown = areasFit ? { clusters: [], points: areas } : clusterCells(ctx.positions, areas, zoom, 'a');
    const indices = [...shown.points, ...view.points].sort(ascending);
    const clusters = [...view.clusters, ...shown.clusters];
    if (
      (clusters.length + indices.length <= MAX_FEATURES && fitsIn(ctx, indices, MAX_FEATURES, MAX_BYTES)) ||
      zoom === 0
    ) {
      return { kind: 'clusters', zoom, indices, clusters };
    }
  }
}
