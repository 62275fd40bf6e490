/**
 * The points in tile order (tile-order.ts): the run of a tile holds exactly
 * the points whose tile it is, at every zoom, edges and poles included.
 */
import { describe, expect, it } from 'vitest';
import type { ApiFeature } from '../shared/types';
import { tileOf, tilePath, type Tile } from '../shared/tiles/address';
import { positionsOf } from './columns';
import { buildTileOrder, tileRange } from './tile-order';

const point = (lng: number, lat: number) =>
  ({
    type: 'Feature',
    id: `${lng},${lat}`,
    bbox: [lng, lat, lng, lat],
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: {},
  }) as unknown as ApiFeature;
const area = {
  type: 'Feature',
  id: 'area',
  bbox: [-118, 34, -117, 35],
  geometry: { type: 'Polygon', coordinates: [] },
  properties: {},
} as unknown as ApiFeature;

const coordinates: [number, number][] = [
  ...Array.from({ length: 400 }, (_, i): [number, number] => [
    -180 + ((i * 7919) % 36000) / 100,
    -85 + ((i * 104729) % 17000) / 100,
  ]),
  [-180, 0],
  [180, 0],
  [0, 90],
  [0, -90],
  [-118.125, 34],
  [0, 0],
];
const features = [area, ...coordinates.map(([lng, lat]) => point(lng, lat))];
const order = buildTileOrder(positionsOf(features));

describe('tileRange', () => {
  it('holds exactly the points of each tile, and no area', () => {
    expect(order.features.length).toBe(coordinates.length);
    for (const z of [0, 1, 3, 7, 12, 18]) {
      const byTile = new Map<string, number[]>();
      features.forEach((f, i) => {
        if (i === 0) return;
        const [lng, lat] = f.geometry.coordinates as number[];
        const key = tilePath(tileOf(lng, lat, z));
        byTile.set(key, [...(byTile.get(key) ?? []), i]);
      });
      for (const [key, expected] of byTile) {
        const [tz, x, y] = key.split('/').map(Number);
        const tile: Tile = { z: tz, x, y };
        const [from, to] = tileRange(order, tile);
        expect(
          [...order.features.slice(from, to)].sort((a, b) => a - b),
          key,
        ).toEqual(expected);
      }
    }
  });

  it('is empty for a tile without points', () => {
    const [from, to] = tileRange(order, { z: 18, x: 1, y: 1 });
    expect(to - from).toBe(0);
  });
});
