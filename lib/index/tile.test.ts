/**
 * One tile's answer (tile.ts): its points when few, else the grid's
 * clusters; every point in exactly one tile of a zoom; cluster ids and
 * places that a filter does not move; areas in every tile they meet; and
 * answers within a tile's share of the limits.
 */
import { describe, expect, it } from 'vitest';
import type { Filters } from '../shared/filters';
import type { ApiFeature } from '../shared/types';
import type { ApiCluster } from '../shared/tiles/cells';
import { tilesCovering, type Tile } from '../shared/tiles/address';
import { buildColumns, compileFilters } from './columns';
import { TILE_BYTES, TILE_FEATURES } from './limits';
import { SpatialIndex } from './spatial';
import { tileIncidents, type TileContext } from './tile';
import { buildTileOrder } from './tile-order';

const at = (i: number) => ({
  setting: i % 2 ? 'courthouse' : 'workplace',
  agencies: ['ice'],
  date: '2025-07-08',
  datePrecision: 'day',
});
const point = (i: number, lng: number, lat: number): ApiFeature =>
  ({
    type: 'Feature',
    id: `point-${i}`,
    bbox: [lng, lat, lng, lat],
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: at(i),
  }) as unknown as ApiFeature;
const county: ApiFeature = {
  type: 'Feature',
  id: 'county',
  bbox: [-118, 33.5, -116.5, 34.5],
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [-118, 33.5],
        [-116.5, 33.5],
        [-116.5, 34.5],
        [-118, 34.5],
        [-118, 33.5],
      ],
    ],
  },
  properties: at(0),
} as unknown as ApiFeature;

// 600 points spread over southern California (more than a tile's share at low zooms), a few on tile edges, and one county.
const features = [
  county,
  ...Array.from({ length: 600 }, (_, i) =>
    point(i, -119 + ((i * 7919) % 3000) / 1000, 33 + ((i * 104729) % 2000) / 1000),
  ),
  point(600, -118.125, 34), // on the edge of 9/88/* and 9/89/*
  point(601, -117.421875, 34.30714385628804), // on a corner at zoom 9
];
const columns = buildColumns(features);
const json = features.map((f) => JSON.stringify(f).length + 1);
const boxMeets = (i: number, [w, s, e, n]: number[]) =>
  features[i].bbox[0] <= e && features[i].bbox[2] >= w && features[i].bbox[1] <= n && features[i].bbox[3] >= s;
const ctx: TileContext = {
  features,
  order: buildTileOrder(columns),
  index: new SpatialIndex(features),
  positions: columns,
  matcher: (filters) => compileFilters(columns, filters, boxMeets),
  areaMeets: boxMeets,
  size: (i) => json[i],
};
const NONE: Filters = { setting: [], agency: [] };
const REGION: [number, number, number, number] = [-119.5, 32.5, -115.5, 35.5];
const points = features.length - 1;

function answers(zoom: number, filters = NONE): { tile: Tile; indices: number[]; clusters: ApiCluster[] }[] {
  return tilesCovering(REGION, zoom).map((tile) => ({ tile, ...tileIncidents(ctx, filters, tile) }));
}

describe('tiles of a region', () => {
  it("account for every point once at every zoom, within a tile's share of the limits", () => {
    for (const zoom of [3, 6, 8, 9]) {
      let counted = 0;
      for (const { indices, clusters } of answers(zoom)) {
        expect(indices.length + clusters.length).toBeLessThanOrEqual(TILE_FEATURES);
        expect(indices.reduce((n, i) => n + json[i], 0)).toBeLessThanOrEqual(TILE_BYTES);
        counted += indices.filter((i) => i !== 0).length + clusters.reduce((n, c) => n + c.properties.count, 0);
      }
      expect(counted, `zoom ${zoom}`).toBe(points);
    }
  });

  it('answer clusters where a tile holds more than its share, and points where it holds few', () => {
    const [crowded] = answers(3);
    expect(crowded.clusters.length).toBeGreaterThan(0);
    const close = answers(9).find((a) => a.indices.length > 1)!;
    expect(close.clusters).toEqual([]);
  });

  it('send an area to every tile it meets', () => {
    const withArea = answers(9).filter((a) => a.indices.includes(0));
    expect(withArea.length).toBeGreaterThan(1);
    for (const { tile } of withArea) expect(tilesCovering(county.bbox, 9)).toContainEqual(tile);
  });

  it("keep a cluster's id and cell under a filter: it only counts fewer", () => {
    const all = new Map(answers(5).flatMap((a) => a.clusters.map((c) => [c.id, c] as const)));
    const some = answers(5, { setting: ['courthouse'], agency: [] }).flatMap((a) => a.clusters);
    expect(some.length).toBeGreaterThan(0);
    for (const c of some) {
      const whole = all.get(c.id);
      expect(whole, c.id).toBeDefined();
      expect(c.properties.count).toBeLessThan(whole!.properties.count);
      for (const k of [0, 1] as const) {
        expect(c.properties.bbox[k]).toBeGreaterThanOrEqual(whole!.properties.bbox[k]);
        expect(c.properties.bbox[k + 2]).toBeLessThanOrEqual(whole!.properties.bbox[k + 2]);
      }
    }
  });

  it('are the same answer whatever the order of asking', () => {
    const tile = { z: 7, x: 22, y: 51 };
    const first = tileIncidents(ctx, NONE, tile);
    answers(7);
    expect(tileIncidents(ctx, NONE, tile)).toEqual(first);
  });
});
