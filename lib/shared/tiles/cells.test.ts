/**
 * The grid of clusters (cells.ts): points sharing a cell become one cluster
 * with their count, mean position, box and the zoom at which they part; a
 * point alone stays itself; cells lie within tiles and never depend on which
 * other points are present (a filter).
 */
import { describe, expect, it } from 'vitest';
import { TILE_MAX_ZOOM, tileOf } from './address';
import {
  CELLS_PER_TILE,
  clusterCells,
  clustersOfCells,
  expansionZoom,
  gatherCells,
  parentCells,
  type Located,
} from './cells';
import { mercator } from './mercator';

function located(points: [number, number][]): Located {
  const m = points.map(([lng, lat]) => mercator(lng, lat));
  return { x: points.map((p) => p[0]), y: points.map((p) => p[1]), mx: m.map((p) => p[0]), my: m.map((p) => p[1]) };
}

// Three points within a few kilometres of each other in Ontario, California; one in New York.
const at = located([
  [-117.65, 34.06],
  [-117.6, 34.05],
  [-117.55, 34.08],
  [-74.0, 40.71],
]);

describe('clusterCells', () => {
  it('gathers the points of one cell and leaves a lone point alone', () => {
    const { clusters, points } = clusterCells(at, [0, 1, 2, 3], 4);
    expect(points).toEqual([3]);
    expect(clusters).toHaveLength(1);
    const [c] = clusters;
    expect(c.properties.count).toBe(3);
    expect(c.geometry.coordinates).toEqual([-117.6, 34.06333]);
    expect(c.properties.bbox).toEqual([-117.65, 34.05, -117.55, 34.08]);
    expect(c.bbox).toEqual(c.properties.bbox);
    expect(c.id).toMatch(/^cluster-4-\d+-\d+$/);
  });

  it('names a cluster by its cell, whatever else is present: the same id and place under any filter', () => {
    const all = clusterCells(at, [0, 1, 2, 3], 8).clusters;
    const some = clusterCells(at, [2, 0], 8).clusters;
    expect(some.map((c) => c.id)).toEqual(all.map((c) => c.id));
    expect(clusterCells(at, [0, 1], 4, 'a').clusters[0].id).toMatch(/^cluster-4-a\d+-\d+$/);
  });

  it('splits the same points at their expansion zoom, and not before', () => {
    const [c] = clusterCells(at, [0, 1, 2], 4).clusters;
    const z = c.properties.expansionZoom;
    expect(z).toBeGreaterThan(4);
    expect(clusterCells(at, [0, 1, 2], z - 1).clusters).toHaveLength(1);
    expect(clusterCells(at, [0, 1, 2], z - 1).clusters[0].properties.count).toBe(3);
    const at_z = clusterCells(at, [0, 1, 2], z);
    expect(at_z.clusters.length + at_z.points.length).toBeGreaterThan(1);
    // Far enough in, each point has a cell of its own.
    expect(clusterCells(at, [0, 1, 2], 14)).toEqual({ clusters: [], points: [0, 1, 2] });
  });

  it('answers the same for any order of the points', () => {
    expect(clusterCells(at, [3, 2, 1, 0], 6)).toEqual(clusterCells(at, [0, 1, 2, 3], 6));
  });
});

describe('gatherCells', () => {
  it('puts every member of a cell in one tile: cells nest in tiles', () => {
    const points: [number, number][] = Array.from({ length: 200 }, (_, i) => [
      -125 + ((i * 37) % 59),
      25 + ((i * 13) % 24),
    ]);
    const where = located(points);
    for (const zoom of [2, 5, 9]) {
      for (const cell of gatherCells(where, points.keys(), zoom).values()) {
        const tiles = new Set(cell.members.map((i) => JSON.stringify(tileOf(points[i][0], points[i][1], zoom))));
        expect(tiles.size).toBe(1);
        expect(JSON.parse([...tiles][0])).toEqual({
          z: zoom,
          x: Math.floor(cell.cx / CELLS_PER_TILE),
          y: Math.floor(cell.cy / CELLS_PER_TILE),
        });
      }
    }
  });
});

describe('parentCells', () => {
  it('merges cells into the cells a zoom lower: the same as gathering the points there', () => {
    const points: [number, number][] = Array.from({ length: 500 }, (_, i) => [
      -125 + ((i * 37) % 59) + (i % 7) / 10,
      25 + ((i * 13) % 24) + (i % 5) / 10,
    ]);
    const where = located(points);
    let cells = gatherCells(where, points.keys(), 9);
    for (let zoom = 9; zoom > 2; zoom--) {
      cells = parentCells(cells, zoom);
      const direct = clusterCells(where, points.keys(), zoom - 1);
      const merged = clustersOfCells(cells, zoom - 1);
      expect(merged.points).toEqual(direct.points);
      const byId = (c: { id: string }) => c.id;
      expect(merged.clusters.map(byId).sort()).toEqual(direct.clusters.map(byId).sort());
      const sorted = (cs: typeof direct.clusters) =>
        [...cs]
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((c) => [c.id, c.properties.count, c.properties.expansionZoom, c.properties.bbox]);
      expect(sorted(merged.clusters)).toEqual(sorted(direct.clusters));
    }
  });
});

describe('expansionZoom', () => {
  it('is the first zoom at which the extent spans two cells', () => {
    // 1/64 of the world wide, inside one cell at zoom 3 (1/32): apart by zoom 5 at the latest.
    const [x0, y0] = [0.5 + 1 / 256, 0.5 + 1 / 256];
    const z = expansionZoom([x0, y0, x0 + 1 / 64, y0], 3);
    expect(z).toBe(4);
  });

  it('is past the deepest zoom for points that never part', () => {
    const [x, y] = mercator(-100.001, 40.001);
    expect(expansionZoom([x, y, x, y], 3)).toBe(TILE_MAX_ZOOM + 1);
  });
});
