/**
 * The spatial index of the loaded incidents, built once at load: a static
 * k-d tree (kdbush) over the points, and a plain list of the areas, which are
 * few and must be tested against their real geometry anyway.
 */
import 'server-only';
import KDBush from 'kdbush';
import type { BBox } from '../shared/filters';
import type { ApiFeature } from '../shared/types';

export class SpatialIndex {
  private tree: KDBush;
  /** The feature index of each point in the tree, in insertion order. */
  private pointFeature: Uint32Array;
  /** Feature indices of the areas (Polygon, MultiPolygon). */
  readonly areas: number[] = [];

  constructor(features: readonly ApiFeature[]) {
    const points: number[] = [];
    features.forEach((f, i) => (f.geometry.type === 'Point' ? points.push(i) : this.areas.push(i)));
    this.pointFeature = Uint32Array.from(points);
    this.tree = new KDBush(Math.max(points.length, 1));
    for (const i of points) {
      const [lon, lat] = (features[i].geometry as GeoJSON.Point).coordinates;
      this.tree.add(lon, lat);
    }
    // kdbush cannot finish an empty tree: one placeholder far outside any box (never returned, see below).
    if (points.length === 0) this.tree.add(1e9, 1e9);
    this.tree.finish();
  }

  get pointCount(): number {
    return this.pointFeature.length;
  }

  /**
   * Feature indices, ascending (so newest first, as the features are sorted),
   * of the points inside `box` and of every area whose bounding box meets it:
   * callers still test an area's geometry. A box whose west exceeds its east
   * crosses the antimeridian and is searched as two.
   */
  candidates(box: BBox): number[] {
    // A typed array sorts numerically, several times faster than Array#sort with a comparator.
    return Array.from(Uint32Array.from([...this.pointsIn(box), ...this.areas]).sort());
  }

  /** Feature indices of the points inside `box`, in no order (a selection too large to send is only counted and gathered). */
  pointsIn(box: BBox): number[] {
    const [w, s, e, n] = box;
    const ids =
      w > e ? [...this.tree.range(w, s, 180, n), ...this.tree.range(-180, s, e, n)] : this.tree.range(w, s, e, n);
    const out: number[] = [];
    for (const id of ids) if (id < this.pointFeature.length) out.push(this.pointFeature[id]);
    return out;
  }
}
