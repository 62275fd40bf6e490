import { describe, expect, it } from 'vitest';
import { clusterCells } from '@/lib/shared/tiles/cells';
import { mercator } from '@/lib/shared/tiles/mercator';
import { groupPoints } from './groups';

const at = (id: string, lat: number, lng: number) => ({ id, lat, lng });
const ontario = at('ontario', 34.06, -117.65);
const montclair = at('montclair', 34.08, -117.69);
const sf = at('sf', 37.79, -122.4);

describe('groupPoints', () => {
  it('groups points that share a cell, and keeps apart those that do not', () => {
    const groups = groupPoints([ontario, montclair, sf], 6);
    expect(groups.map((g) => g.members.map((m) => m.id))).toEqual([['ontario', 'montclair'], ['sf']]);
    expect(groups[0].lat).toBeCloseTo(34.07);
    expect(groups[0].lng).toBeCloseTo(-117.67);
    // At its expansion zoom, the group splits.
    const z = groups[0].expansionZoom;
    expect(groupPoints([ontario, montclair], z - 1)).toHaveLength(1);
    expect(groupPoints([ontario, montclair], z)).toHaveLength(2);
  });

  it('groups exactly as the server clusters: one grid for both', () => {
    const points = Array.from({ length: 300 }, (_, i) =>
      at(`p${i}`, 30 + ((i * 7) % 90) / 10, -120 + ((i * 13) % 170) / 10),
    );
    const m = points.map((p) => mercator(p.lng, p.lat));
    const located = {
      x: points.map((p) => p.lng),
      y: points.map((p) => p.lat),
      mx: m.map((p) => p[0]),
      my: m.map((p) => p[1]),
    };
    for (const zoom of [3, 5, 7]) {
      const server = clusterCells(located, points.keys(), zoom);
      const client = groupPoints(points, zoom);
      expect(
        client
          .filter((g) => g.members.length === 1)
          .map((g) => points.indexOf(g.members[0]))
          .sort((a, b) => a - b),
      ).toEqual(server.points);
      expect(
        client
          .filter((g) => g.members.length > 1)
          .map((g) => g.members.length)
          .sort(),
      ).toEqual(server.clusters.map((c) => c.properties.count).sort());
      expect(
        client
          .filter((g) => g.members.length > 1)
          .map((g) => g.expansionZoom)
          .sort(),
      ).toEqual(server.clusters.map((c) => c.properties.expansionZoom).sort());
    }
  });

  it('keeps every point exactly once, even thousands in one place, which never part', () => {
    const crowd = Array.from({ length: 5_000 }, (_, i) => at(`c${i}`, 40 + (i % 7) * 1e-7, -100));
    const groups = groupPoints(crowd, 18);
    expect(groups).toHaveLength(1);
    expect(groups[0].members).toHaveLength(5_000);
    expect(groups[0].expansionZoom).toBe(19);
  });
});
