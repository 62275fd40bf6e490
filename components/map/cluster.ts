/**
 * Groups points that would crowd on screen at a zoom level. Greedy and
 * grid-indexed: each point not yet taken starts a group and takes every free
 * point within `radius` pixels of it, looked up in the neighbouring grid
 * cells only. Pure (Web Mercator maths, no Leaflet), deterministic for a
 * given order of points.
 *
 * @example
 * clusterPoints([{ id: 'a', lat: 34.06, lng: -117.65 }, { id: 'b', lat: 34.08, lng: -117.69 }], 6)
 * // [{ members: [a, b], lat: 34.07, lng: -117.67 }]
 */
export interface ClusterPoint {
  id: string;
  lat: number;
  lng: number;
}

export interface Cluster<P extends ClusterPoint> {
  members: P[];
  /** The mean position of the members. */
  lat: number;
  lng: number;
}

/** Pixel position of a point at `zoom`, in a world 256·2^zoom pixels wide. */
export function project(lat: number, lng: number, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const sin = Math.sin((Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180);
  return [((lng + 180) / 360) * scale, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale];
}

/** Default radius: two markers closer than this (in pixels) are grouped. */
export const CLUSTER_RADIUS = 40;

export function clusterPoints<P extends ClusterPoint>(points: readonly P[], zoom: number, radius = CLUSTER_RADIUS): Cluster<P>[] {
  const xy = points.map((p) => project(p.lat, p.lng, zoom));
  const cells = new Map<string, number[]>();
  const cellOf = (x: number, y: number) => [Math.floor(x / radius), Math.floor(y / radius)];
  xy.forEach(([x, y], i) => {
    const key = cellOf(x, y).join(':');
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  });
  const taken = new Uint8Array(points.length);
  const clusters: Cluster<P>[] = [];
  points.forEach((p, i) => {
    if (taken[i]) return;
    taken[i] = 1;
    const members = [p];
    const [cx, cy] = cellOf(xy[i][0], xy[i][1]);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(`${cx + dx}:${cy + dy}`) ?? []) {
          if (taken[j] || Math.hypot(xy[j][0] - xy[i][0], xy[j][1] - xy[i][1]) > radius) continue;
          taken[j] = 1;
          members.push(points[j]);
        }
      }
    }
    const lat = members.reduce((n, m) => n + m.lat, 0) / members.length;
    const lng = members.reduce((n, m) => n + m.lng, 0) / members.length;
    clusters.push({ members, lat, lng });
  });
  return clusters;
}
