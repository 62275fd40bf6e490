/**
 * The points the map holds, grouped as the server groups the points it does
 * not send: the one grid of lib/shared/tiles/cells.ts at the map's zoom. So a
 * group drawn here and a cluster sent by the API never disagree about which
 * points crowd, and a filter only changes a group's count. Pure.
 *
 * @example
 * groupPoints([{ id: 'a', lat: 34.06, lng: -117.65 }, { id: 'b', lat: 34.05, lng: -117.6 }], 6)
 * // [{ members: [a, b], lat: 34.055, lng: -117.625, expansionZoom: 10 }]
 */
import { expansionZoom, gatherCells } from './cells';
import { mercator } from './mercator';

export interface GroupPoint {
  id: string;
  lat: number;
  lng: number;
}

export interface Group<P extends GroupPoint> {
  members: P[];
  /** The members' mean position. */
  lat: number;
  lng: number;
  /** The zoom at which the members no longer share a cell: past the map's deepest, they never part. */
  expansionZoom: number;
}

export function groupPoints<P extends GroupPoint>(points: readonly P[], zoom: number): Group<P>[] {
  const z = Math.round(zoom);
  const m = points.map((p) => mercator(p.lng, p.lat));
  const at = {
    x: points.map((p) => p.lng),
    y: points.map((p) => p.lat),
    mx: m.map((p) => p[0]),
    my: m.map((p) => p[1]),
  };
  return [...gatherCells(at, points.keys(), z).values()].map((cell) => ({
    members: cell.members.map((i) => points[i]),
    lat: cell.sumY / cell.members.length,
    lng: cell.sumX / cell.members.length,
    expansionZoom: expansionZoom(cell.extent, z),
  }));
}
