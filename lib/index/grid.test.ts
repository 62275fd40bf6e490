/**
 * The per-request grid clusters (grid.ts): points sharing a cell become one
 * cluster with their count, mean position, box and the zoom at which they
 * part; a point alone in its cell stays itself.
 */
import { describe, expect, it } from 'vitest';
import type { ApiFeature } from '../types';
import { positionsOf } from './columns';
import { CELL, gridClusters } from './grid';

const point = (id: string, lng: number, lat: number) => ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [lng, lat] }, properties: {} }) as unknown as ApiFeature;
const area = { type: 'Feature', id: 'county', bbox: [-118, 34, -117, 35], geometry: { type: 'Polygon', coordinates: [[[-118, 34], [-117, 34], [-117, 35], [-118, 34]]] }, properties: {} } as unknown as ApiFeature;

// Three points within a few kilometres of each other in Ontario, California; one in New York; a county-sized area beside them.
const features = [point('a', -117.65, 34.06), point('b', -117.6, 34.05), point('c', -117.55, 34.08), point('ny', -74.0, 40.71), area];

describe('gridClusters', () => {
  it('gathers the points of one cell and leaves a lone point alone', () => {
    const { clusters, points } = gridClusters(positionsOf(features), [0, 1, 2, 3], 4, 17);
    expect(points).toEqual([3]);
    expect(clusters).toHaveLength(1);
    const [c] = clusters;
    expect(c.properties.count).toBe(3);
    expect(c.geometry.coordinates).toEqual([-117.6, 34.06333]);
    expect(c.properties.bbox).toEqual([-117.65, 34.05, -117.55, 34.08]);
    expect(c.bbox).toEqual(c.properties.bbox);
    // Their widest spread is 0.1° of longitude: 0.1 / 360 × 256 px at zoom 0, more than CELL pixels from zoom 12 (80 / 0.0711 = 2^10.1, so 11).
    expect(c.properties.expansionZoom).toBe(Math.ceil(Math.log2(CELL / ((0.1 / 360) * 256))));
    expect(c.properties.expansionZoom).toBe(11);
    expect(c.id).toMatch(/^cluster-4-g\d+$/);
  });

  it('places an area at its box\'s centre, and names its clusters apart from the points\'', () => {
    const { clusters } = gridClusters(positionsOf(features), [4, 4], 4, 17, 'a');
    expect(clusters[0].geometry.coordinates).toEqual([-117.5, 34.5]);
    expect(clusters[0].id).toMatch(/^cluster-4-a\d+$/);
  });

  it('splits the same points into single ones once each has a cell of its own', () => {
    const { clusters, points } = gridClusters(positionsOf(features), [0, 1, 2], 12, 17);
    expect(clusters).toEqual([]);
    expect(points).toEqual([0, 1, 2]);
  });

  it('sends points that never part to the deepest zoom', () => {
    const same = [point('x', -100.001, 40.001), point('y', -100.001, 40.001)];
    expect(gridClusters(positionsOf(same), [0, 1], 3, 17).clusters[0].properties.expansionZoom).toBe(17);
    // 0.01° apart: 0.0071 px at zoom 0, over 80 px from zoom 14 (2^13.5).
    const near = [point('x', -100.001, 40.001), point('y', -100.011, 40.001)];
    expect(gridClusters(positionsOf(near), [0, 1], 11, 17).clusters[0].properties.expansionZoom).toBe(14);
  });
});
