import { describe, expect, it } from 'vitest';
import { clusterPoints, project } from './cluster';

const at = (id: string, lat: number, lng: number) => ({ id, lat, lng });

describe('clusterPoints', () => {
  it('groups points that would crowd on screen, and keeps apart those that would not', () => {
    const ontario = at('ontario', 34.06, -117.65);
    const montclair = at('montclair', 34.08, -117.69);
    const sf = at('sf', 37.79, -122.4);
    const groups = clusterPoints([ontario, montclair, sf], 6);
    expect(groups.map((g) => g.members.map((m) => m.id))).toEqual([['ontario', 'montclair'], ['sf']]);
    expect(groups[0].lat).toBeCloseTo(34.07);
    expect(groups[0].lng).toBeCloseTo(-117.67);
    // Close enough in, they split.
    expect(clusterPoints([ontario, montclair], 14)).toHaveLength(2);
  });

  it('keeps every point exactly once, in a crowd of thousands in one cell', () => {
    // 5,000 points within a few metres: one grid cell at zoom 3.
    const crowd = Array.from({ length: 5_000 }, (_, i) => at(`p${i}`, 34 + (i % 50) * 1e-5, -117 + Math.floor(i / 50) * 1e-5));
    const groups = clusterPoints(crowd, 3);
    expect(groups).toHaveLength(1);
    expect(groups[0].members).toHaveLength(5_000);
    expect(new Set(groups[0].members.map((m) => m.id)).size).toBe(5_000);
  });

  it('is deterministic for a given order of points', () => {
    const points = Array.from({ length: 300 }, (_, i) => at(`p${i}`, 30 + ((i * 37) % 100) / 10, -120 + ((i * 53) % 100) / 10));
    expect(clusterPoints(points, 5)).toEqual(clusterPoints(points, 5));
  });
});

describe('project', () => {
  it('puts (0, 0) in the middle of the world and doubles with each zoom', () => {
    expect(project(0, 0, 0)).toEqual([128, 128]);
    expect(project(0, 0, 1)).toEqual([256, 256]);
    expect(project(0, -180, 2)[0]).toBe(0);
  });
});
