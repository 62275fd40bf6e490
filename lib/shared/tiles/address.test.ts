/**
 * Tile addresses (address.ts): the standard z/x/y grid (checked against
 * known tiles), each point in exactly one tile, and the tiles a view needs,
 * across the antimeridian too.
 */
import { describe, expect, it } from 'vitest';
import { MAX_VIEW_TILES, isTile, tileBBox, tileOf, tilePath, tilesCovering } from './address';
import { latitudeOf, longitudeOf, mercator } from './mercator';

describe('tileOf', () => {
  it('addresses tiles as OpenStreetMap does', () => {
    // Ontario, California at zoom 10 and the whole world at zoom 0.
    expect(tilePath(tileOf(-117.65, 34.06, 10))).toBe('10/177/408');
    expect(tilePath(tileOf(-74.006, 40.7128, 12))).toBe('12/1205/1540');
    expect(tilePath(tileOf(0, 0, 0))).toBe('0/0/0');
  });

  it('puts a point on a tile edge in one tile only: west and north edges belong to the tile', () => {
    const [w, , , n] = tileBBox({ z: 5, x: 10, y: 12 });
    expect(tileOf(w, n, 5)).toEqual({ z: 5, x: 10, y: 12 });
    // The world's east edge and the poles stay in the last column and the first and last rows.
    expect(tileOf(180, 90, 3)).toEqual({ z: 3, x: 7, y: 0 });
    expect(tileOf(-180, -90, 3)).toEqual({ z: 3, x: 0, y: 7 });
  });
});

describe('tileBBox', () => {
  it('spans the tile, and the tile of its centre is itself', () => {
    const tile = { z: 9, x: 88, y: 203 };
    const [w, s, e, n] = tileBBox(tile);
    expect(w).toBeCloseTo(-118.125, 9);
    expect(e).toBeCloseTo(-117.421875, 9);
    expect(s).toBeLessThan(n);
    expect(tileOf((w + e) / 2, (s + n) / 2, 9)).toEqual(tile);
  });

  it('inverts the projection', () => {
    const [x, y] = mercator(-117.65, 34.06);
    expect(longitudeOf(x)).toBeCloseTo(-117.65, 10);
    expect(latitudeOf(y)).toBeCloseTo(34.06, 10);
  });
});

describe('isTile', () => {
  it("accepts tiles within the world and the map's zooms only", () => {
    expect(isTile({ z: 0, x: 0, y: 0 })).toBe(true);
    expect(isTile({ z: 2, x: 3, y: 3 })).toBe(true);
    expect(isTile({ z: 2, x: 4, y: 0 })).toBe(false);
    expect(isTile({ z: 2, x: 0, y: -1 })).toBe(false);
    expect(isTile({ z: 19, x: 0, y: 0 })).toBe(false);
    expect(isTile({ z: 1.5, x: 0, y: 0 })).toBe(false);
  });
});

describe('tilesCovering', () => {
  it('covers a view with the tiles it overlaps, row by row', () => {
    expect(tilesCovering([-118, 33.9, -117.2, 34.2], 9).map(tilePath)).toEqual(['9/88/204', '9/89/204']);
    const tiles = tilesCovering([-125, 24, -66, 50], 4);
    expect(tiles.map(tilePath)).toEqual(['4/2/5', '4/3/5', '4/4/5', '4/5/5', '4/2/6', '4/3/6', '4/4/6', '4/5/6']);
  });

  it('asks the same tiles for two views of the same area a little apart', () => {
    const a = tilesCovering([-118.3, 33.95, -117.9, 34.15], 11).map(tilePath);
    const b = tilesCovering([-118.2999, 33.9501, -117.9002, 34.1498], 11).map(tilePath);
    expect(b).toEqual(a);
  });

  it('wraps columns past the antimeridian, and a whole world is every column once', () => {
    // Leaflet reports a view east of 180 as longitudes above 180.
    expect(tilesCovering([170, -10, 190, 10], 3).map(tilePath)).toEqual(['3/7/3', '3/0/3', '3/7/4', '3/0/4']);
    expect(tilesCovering([-190, -10, -170, 10], 3).map(tilePath)).toEqual(['3/7/3', '3/0/3', '3/7/4', '3/0/4']);
    expect(tilesCovering([-400, -85, 400, 85], 1).map(tilePath)).toEqual(['1/0/0', '1/1/0', '1/0/1', '1/1/1']);
  });

  it('asks at most MAX_VIEW_TILES for any box', () => {
    expect(tilesCovering([-180, -85, 180, 85], 10)).toHaveLength(MAX_VIEW_TILES);
  });

  it('covers a box inside one tile, or on its edge, with that tile', () => {
    const [w, s, e, n] = tileBBox({ z: 6, x: 11, y: 25 });
    expect(tilesCovering([w + 0.1, s + 0.1, w + 0.2, s + 0.2], 6).map(tilePath)).toEqual(['6/11/25']);
    expect(tilesCovering([w, s, e, n], 6).map(tilePath)).toEqual(['6/11/25']);
  });
});
