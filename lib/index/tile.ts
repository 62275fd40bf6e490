/**
 * What `/api/tiles/{z}/{x}/{y}` answers: the incidents of one map tile
 * (lib/shared/tiles/address.ts) under the filters. Its points, as features, when
 * they fit in a tile's share of an answer (TILE_FEATURES, TILE_BYTES: a
 * view asks for a screenful of tiles); otherwise the map's grid of clusters
 * of the tile (lib/shared/tiles/cells.ts), which the client would have drawn from
 * those points anyway. Each point belongs to exactly one tile; an area to
 * every tile its geometry meets (the client keeps one copy by id).
 */
import 'server-only';
import type { Filters } from '../shared/filters';
import { clusterCells, type ApiCluster } from '../shared/tiles/cells';
import { slot, tileBBox, type Tile } from '../shared/tiles/address';
import { TILE_BYTES, TILE_FEATURES } from './limits';
import { tileRange, type TileOrder } from './tile-order';
import { fitsIn, type ViewContext } from './viewport';

/** A view's context, with the points in tile order. */
export interface TileContext extends ViewContext {
  order: TileOrder;
}

export interface TileView {
  /** Feature indices, ascending (newest first). */
  indices: number[];
  clusters: ApiCluster[];
}

const ascending = (a: number, b: number) => a - b;

/** The incidents of `tile` matching `filters` (whose bbox and zoom are ignored). */
export function tileIncidents(ctx: TileContext, filters: Filters, tile: Tile): TileView {
  const box = tileBBox(tile);
  const n = 2 ** tile.z;
  const { mx, my } = ctx.positions;
  const inTile = (i: number) => slot(mx[i], n) === tile.x && slot(my[i], n) === tile.y;
  const matches = ctx.matcher({ ...filters, bbox: undefined, zoom: undefined });
  const [from, to] = tileRange(ctx.order, tile);
  const points: number[] = [];
  for (let k = from; k < to; k++) {
    const i = ctx.order.features[k];
    if (matches(i)) points.push(i);
  }
  const areas = ctx.index.areas.filter((i) => matches(i) && ctx.areaMeets(i, box));
  if (points.length + areas.length <= TILE_FEATURES) {
    const all = [...areas, ...points].sort(ascending);
    if (fitsIn(ctx, all, TILE_FEATURES, TILE_BYTES)) return { indices: all, clusters: [] };
  }
  // Newest first, as the database store reads rows: each cell's sums (floats) and the clusters' order then agree with its answers.
  points.sort(ascending);
  const grid = clusterCells(ctx.positions, points, tile.z);
  // Areas as themselves, unless they alone would fill half the tile's share: then gathered at their boxes' centres, each in the tile that holds its centre.
  const shown = fitsIn(ctx, areas, TILE_FEATURES / 2, TILE_BYTES / 2)
    ? { clusters: [], points: areas }
    : clusterCells(ctx.positions, areas.filter(inTile), tile.z, 'a');
  return {
    indices: [...shown.points, ...grid.points].sort(ascending),
    clusters: [...grid.clusters, ...shown.clusters],
  };
}
