/**
 * A view holding more areas than half an answer (lib/index/viewport.ts): the
 * areas are gathered too, so no answer exceeds the limits, and every incident
 * is still accounted for once.
 */
import { describe, expect, it } from 'vitest';
import type { ApiFeature } from '../shared/types';
import type { ApiCluster } from '../shared/tiles/cells';
import { buildColumns, compileFilters } from './columns';
import { MAX_BYTES, MAX_FEATURES } from './limits';
import { SpatialIndex } from './spatial';
import { viewIndices, type ViewContext } from './viewport';

const properties = { setting: 'other', agencies: ['ice'], date: '2025-07-08', datePrecision: 'day' };
/** A square county-like area of about 0.2° with a long outline (so 1,500 of them exceed one answer's bytes). */
function area(i: number): ApiFeature {
  const x = -120 + (i % 50) * 1;
  const y = 30 + Math.floor(i / 50) * 0.5;
  const ring = Array.from({ length: 40 }, (_, k) => [
    x + 0.2 * Math.cos((2 * Math.PI * k) / 40),
    y + 0.2 * Math.sin((2 * Math.PI * k) / 40),
  ]);
  ring.push(ring[0]);
  return {
    type: 'Feature',
    id: `area-${i}`,
    bbox: [x - 0.2, y - 0.2, x + 0.2, y + 0.2],
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties,
  } as unknown as ApiFeature;
}
const point = (i: number): ApiFeature =>
  ({
    type: 'Feature',
    id: `point-${i}`,
    bbox: [-100, 40, -100, 40],
    geometry: { type: 'Point', coordinates: [-100 + i * 0.01, 40] },
    properties,
  }) as unknown as ApiFeature;

const features = [
  ...Array.from({ length: 1_500 }, (_, i) => area(i)),
  ...Array.from({ length: 100 }, (_, i) => point(i)),
];
const columns = buildColumns(features);
const json = features.map((f) => JSON.stringify(f).length + 1);
const ctx: ViewContext = {
  features,
  index: new SpatialIndex(features),
  positions: columns,
  // The areas are squares: their boxes are as good as their outlines here.
  matcher: (filters) =>
    compileFilters(
      columns,
      filters,
      (i, [w, s, e, n]) =>
        features[i].bbox[0] <= e && features[i].bbox[2] >= w && features[i].bbox[1] <= n && features[i].bbox[3] >= s,
    ),
  areaMeets: (i, [w, s, e, n]) =>
    features[i].bbox[0] <= e && features[i].bbox[2] >= w && features[i].bbox[1] <= n && features[i].bbox[3] >= s,
  size: (i) => json[i],
};
const isCluster = (f: ApiFeature | ApiCluster): f is ApiCluster =>
  (f.properties as { cluster?: boolean }).cluster === true;

describe('a view of more areas than one answer holds', () => {
  it('gathers the areas too, within the limits, accounting for every incident once', () => {
    expect(json.slice(0, 1_500).reduce((a, b) => a + b)).toBeGreaterThan(MAX_BYTES);
    const view = viewIndices(ctx, { setting: [], agency: [], bbox: [-125, 25, -65, 50], zoom: 5 });
    expect(view.kind).toBe('clusters');
    const clusters = view.kind === 'clusters' ? view.clusters : [];
    expect(view.indices.length + clusters.length).toBeLessThanOrEqual(MAX_FEATURES);
    expect(view.indices.reduce((n, i) => n + json[i], 0)).toBeLessThanOrEqual(MAX_BYTES);
    expect(clusters.some((c) => /^cluster-\d+-a\d+-\d+$/.test(c.id))).toBe(true);
    expect(view.indices.length + clusters.reduce((n, c) => n + c.properties.count, 0)).toBe(features.length);
    expect(clusters.every(isCluster)).toBe(true);
  });

  it('draws the areas as themselves where few are in view', () => {
    const view = viewIndices(ctx, { setting: [], agency: [], bbox: [-120.5, 29.5, -117.5, 30.5], zoom: 9 });
    expect(view.kind).toBe('features');
    expect(view.indices.map((i) => features[i].id)).toEqual([
      'area-0',
      'area-1',
      'area-2',
      'area-50',
      'area-51',
      'area-52',
    ]);
  });
});
