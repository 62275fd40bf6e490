import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { drawTile, projectOutlines, projectOutlinesSliced, type TileContext } from './outline-tiles';

/** A context that records what is drawn. */
function recorder() {
  const calls: string[] = [];
  const ctx: TileContext = {
    beginPath: () => calls.push('begin'),
    moveTo: (x, y) => calls.push(`M${Math.round(x)},${Math.round(y)}`),
    lineTo: (x, y) => calls.push(`L${Math.round(x)},${Math.round(y)}`),
    closePath: () => calls.push('close'),
    fill: () => calls.push(`fill ${String(ctx.fillStyle)}`),
    stroke: () => calls.push(`stroke ${String(ctx.strokeStyle)} ${ctx.lineWidth}`),
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
  };
  return { ctx, calls };
}

const outlines: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    // A state line down the middle of the world (lng 0) from lat 10 to -10, its second point a hair from its first.
    {
      type: 'Feature',
      properties: { kind: 'state' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 10],
          [0.0001, 9.999],
          [0, -10],
        ],
      },
    },
    // Land: a square in the western hemisphere.
    {
      type: 'Feature',
      properties: { kind: 'land' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-100, 40],
            [-90, 40],
            [-90, 30],
            [-100, 30],
            [-100, 40],
          ],
        ],
      },
    },
    // A kind with no style is left out.
    {
      type: 'Feature',
      properties: { kind: 'river' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    },
  ],
};

describe('outline tiles', () => {
  const projected = projectOutlines(outlines);

  it('draw land first, filled, then the lines, in the tile’s own pixels', () => {
    const { ctx, calls } = recorder();
    // Zoom 0: the one tile holds the whole world; lng 0 is x = 128, lat 10 y = 121.
    drawTile(ctx, projected, 0, 0, 0);
    expect(calls[0]).toBe('begin');
    expect(calls.filter((c) => c.startsWith('fill') || c.startsWith('stroke'))).toEqual([
      'fill #f4f2ec',
      'stroke #5f636b 1.2',
    ]);
    expect(calls.indexOf('fill #f4f2ec')).toBeLessThan(calls.indexOf('stroke #5f636b 1.2'));
    expect(calls).toContain('M128,121');
    expect(calls).toContain('L128,135');
  });

  it('leave out points within a pixel of the last one drawn, but never the last', () => {
    const { ctx, calls } = recorder();
    const n = drawTile(ctx, projected, 0, 0, 0);
    // Land: 5 points (a closed ring), none within a pixel of another; the state line: 2 of 3.
    expect(n).toBe(5 + 2);
    expect(calls.filter((c) => c.startsWith('L128'))).toEqual(['L128,135']);
    // At zoom 16 the second point is 30 pixels from the first: drawn (in the tile that holds them).
    const near = recorder();
    const [x, y] = [Math.floor((128 * 2 ** 16) / 256), Math.floor((121 * 2 ** 16) / 256)];
    expect(drawTile(near.ctx, projected, x, y, 16)).toBe(3);
  });

  it('draw nothing in a tile no outline crosses', () => {
    const { ctx, calls } = recorder();
    // Zoom 2, tile (3, 3): the south-east corner of the world.
    expect(drawTile(ctx, projected, 3, 3, 2)).toBe(0);
    expect(calls.some((c) => c.startsWith('fill') || c.startsWith('stroke'))).toBe(false);
  });

  it('offset the drawing by the tile’s position at its zoom', () => {
    const { ctx, calls } = recorder();
    // Zoom 1, tile (1, 0): the north-east quarter; lng 0 is its left edge (x = 0), the equator its bottom (y = 256).
    drawTile(ctx, projected, 1, 0, 1);
    expect(calls).toContain('M0,242');
    expect(calls.some((c) => c.startsWith('fill'))).toBe(false);
  });
});

describe('projecting the outlines in slices', () => {
  const many: FeatureCollection = {
    type: 'FeatureCollection',
    features: Array.from({ length: 30 }, (_, i) => ({
      type: 'Feature' as const,
      properties: { kind: 'county' },
      geometry: {
        type: 'LineString' as const,
        coordinates: Array.from({ length: 1_000 }, (_, j) => [-120 + i, 30 + j / 100]),
      },
    })),
  };

  it('pauses after about each step of points, and ends with what projecting at once gives', async () => {
    let pauses = 0;
    const sliced = await projectOutlinesSliced(many, (next) => {
      pauses++;
      next();
    });
    // 30,000 points, a pause after each 4,000 (at the end of a line).
    expect(pauses).toBe(7);
    expect(sliced).toEqual(projectOutlines(many));
  });

  it('stops when cancelled', async () => {
    let pauses = 0;
    expect(
      await projectOutlinesSliced(
        many,
        (next) => next(),
        () => ++pauses > 2,
      ),
    ).toBeUndefined();
  });
});
