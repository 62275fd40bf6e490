import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkGeometry } from '@/lib/check/geojson';

// A 1° square, counterclockwise (RFC 7946 exterior), and a hole inside it, clockwise.
const CCW: Position[] = [
  [-117, 34],
  [-116, 34],
  [-116, 35],
  [-117, 35],
  [-117, 34],
];
const CW = [...CCW].reverse();
const HOLE_CW: Position[] = [
  [-116.6, 34.4],
  [-116.6, 34.6],
  [-116.4, 34.6],
  [-116.4, 34.4],
  [-116.6, 34.4],
];
const HOLE_CCW = [...HOLE_CW].reverse();

const point = (coordinates: Position): Geometry => ({ type: 'Point', coordinates });
const polygon = (...rings: Position[][]): Geometry => ({ type: 'Polygon', coordinates: rings });

describe('checkGeometry (RFC 7946)', () => {
  it('accepts valid points, including the edges of the ranges and an altitude', () => {
    for (const c of [
      [-117.65089, 34.06334],
      [180, 90],
      [-180, -90],
      [0, 0, 120],
    ])
      expect(checkGeometry(point(c)), String(c)).toEqual([]);
  });

  it('rejects a longitude outside -180..180', () => {
    expect(checkGeometry(point([-180.00001, 34]))).toEqual([
      { field: 'geometry.coordinates', message: expect.stringContaining('longitude -180.00001 is outside -180..180') },
    ]);
  });

  it('rejects a latitude outside -90..90 and asks whether the order is swapped', () => {
    const [issue] = checkGeometry(point([34.06334, -117.65089]));
    expect(issue.field).toBe('geometry.coordinates');
    expect(issue.message).toMatch(/latitude -117.65089 is outside -90..90.*swapped/);
  });

  it('rejects numbers that are not finite', () => {
    expect(checkGeometry(point([NaN, 34]))).toHaveLength(1);
    expect(checkGeometry(point([-117, Infinity]))).toHaveLength(1);
  });

  it('accepts a counterclockwise exterior ring with a clockwise hole', () => {
    expect(checkGeometry(polygon(CCW))).toEqual([]);
    expect(checkGeometry(polygon(CCW, HOLE_CW))).toEqual([]);
  });

  it('rejects a clockwise exterior ring', () => {
    expect(checkGeometry(polygon(CW))).toEqual([
      { field: 'geometry.coordinates.0', message: expect.stringContaining('exterior ring must be counterclockwise') },
    ]);
  });

  it('rejects a counterclockwise hole', () => {
    expect(checkGeometry(polygon(CCW, HOLE_CCW))).toEqual([
      { field: 'geometry.coordinates.1', message: expect.stringContaining('a hole must be clockwise') },
    ]);
  });

  it('rejects a ring that is not closed', () => {
    expect(checkGeometry(polygon(CCW.slice(0, -1).concat([[-117, 34.5]])))).toEqual([
      { field: 'geometry.coordinates.0', message: expect.stringContaining('not closed') },
    ]);
  });

  it('rejects a ring of fewer than 4 positions', () => {
    expect(
      checkGeometry(
        polygon([
          [-117, 34],
          [-116, 34],
          [-117, 34],
        ]),
      ),
    ).toEqual([{ field: 'geometry.coordinates.0', message: 'a linear ring needs at least 4 positions, has 3' }]);
  });

  it('points at the position out of range inside a ring', () => {
    const ring = CCW.map((p, i) => (i === 2 ? [-116, 95] : p));
    expect(checkGeometry(polygon(ring)).map((i) => i.field)).toContain('geometry.coordinates.0.2');
  });

  it('rejects a polygon without rings and a multipolygon without polygons', () => {
    expect(checkGeometry(polygon())).toHaveLength(1);
    expect(checkGeometry({ type: 'MultiPolygon', coordinates: [] })).toHaveLength(1);
  });

  it('checks every polygon of a multipolygon, naming it', () => {
    const g: Geometry = { type: 'MultiPolygon', coordinates: [[CCW], [CW]] };
    expect(checkGeometry(g)).toEqual([
      { field: 'geometry.coordinates.1.0', message: expect.stringContaining('counterclockwise') },
    ]);
  });

  it('rejects geometry types incidents do not use', () => {
    expect(
      checkGeometry({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      }),
    ).toEqual([{ field: 'geometry.type', message: expect.stringContaining('LineString') }]);
  });

  it('prefixes fields with the given name', () => {
    expect(checkGeometry(point([200, 0]), 'area')[0].field).toBe('area.coordinates');
  });
});
