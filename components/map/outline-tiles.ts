/**
 * The shipped state and county outlines, drawn into canvas tiles: projected
 * once when they arrive, then each tile draws only the lines that cross it,
 * leaving out points closer than a pixel at its zoom. Drawn as an SVG layer
 * instead, every pan clipped and simplified all 29,000 points and every zoom
 * projected them again, in one long task each. Pure (no Leaflet, no DOM):
 * drawing goes through the part of CanvasRenderingContext2D it needs.
 */
import type { FeatureCollection } from 'geojson';
import { project } from '@/lib/shared/tiles/mercator';

/** How a kind of outline is drawn. */
export interface OutlineStyle {
  /** Filled (land), else stroked. */
  fill?: string;
  stroke?: string;
  width?: number;
}

/** Land first (under), then counties, then states: each kind is one layer of the tile. */
export const OUTLINE_STYLES: Record<string, OutlineStyle> = {
  land: { fill: '#f4f2ec' },
  county: { stroke: '#b3b6bd', width: 0.6 },
  state: { stroke: '#5f636b', width: 1.2 },
};

/** One line or ring, in pixels of the world at zoom 0 (256 wide), with its box. */
interface Part {
  xy: Float64Array;
  box: [number, number, number, number];
}

export interface ProjectedOutlines {
  /** Parts per kind, in drawing order. */
  layers: { style: OutlineStyle; parts: Part[] }[];
}

type Position = number[];

/** The lines and rings of a geometry. */
function linesOf(g: GeoJSON.Geometry): Position[][] {
  switch (g.type) {
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    default:
      return [];
  }
}

/**
 * Projects every outline once (Web Mercator, zoom 0), grouped by kind in
 * drawing order. A generator: it pauses after about `step` points, so that
 * a caller can spread the work over several tasks (projectOutlinesSliced).
 */
export function* projectOutlineSteps(
  outlines: FeatureCollection,
  styles: Record<string, OutlineStyle> = OUTLINE_STYLES,
  step = 4_000,
): Generator<void, ProjectedOutlines> {
  const byKind = new Map<string, Part[]>(Object.keys(styles).map((k) => [k, []]));
  let sinceStep = 0;
  for (const f of outlines.features) {
    const parts = byKind.get(String(f.properties?.kind ?? 'county'));
    if (!parts || !f.geometry) continue;
    for (const line of linesOf(f.geometry)) {
      const xy = new Float64Array(line.length * 2);
      const box: Part['box'] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let i = 0; i < line.length; i++) {
        const [x, y] = project(line[i][1], line[i][0], 0);
        xy[2 * i] = x;
        xy[2 * i + 1] = y;
        if (x < box[0]) box[0] = x;
        if (y < box[1]) box[1] = y;
        if (x > box[2]) box[2] = x;
        if (y > box[3]) box[3] = y;
      }
      parts.push({ xy, box });
      sinceStep += line.length;
      if (sinceStep >= step) {
        sinceStep = 0;
        yield;
      }
    }
  }
  return { layers: Object.entries(styles).map(([kind, style]) => ({ style, parts: byKind.get(kind)! })) };
}

/** projectOutlineSteps all at once. */
export function projectOutlines(
  outlines: FeatureCollection,
  styles: Record<string, OutlineStyle> = OUTLINE_STYLES,
): ProjectedOutlines {
  const steps = projectOutlineSteps(outlines, styles);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * projectOutlineSteps spread over tasks (one step each, `wait` between them),
 * so that the 29,000 points of the shipped outlines never hold the page in
 * one long task. `cancelled` stops it.
 */
export function projectOutlinesSliced(
  outlines: FeatureCollection,
  wait: (next: () => void) => void,
  cancelled: () => boolean = () => false,
): Promise<ProjectedOutlines | undefined> {
  const steps = projectOutlineSteps(outlines);
  return new Promise((resolve) => {
    const run = () => {
      if (cancelled()) return resolve(undefined);
      const next = steps.next();
      if (next.done) resolve(next.value);
      else wait(run);
    };
    run();
  });
}

/** What drawTile uses of a canvas context. */
export type TileContext = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'moveTo' | 'lineTo' | 'closePath' | 'fill' | 'stroke'
> & {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
};

/**
 * Draws the outlines that cross tile (x, y) of zoom z, `size` pixels square,
 * in the tile's own pixels. Returns the number of points drawn.
 */
export function drawTile(
  ctx: TileContext,
  outlines: ProjectedOutlines,
  x: number,
  y: number,
  z: number,
  size = 256,
): number {
  const scale = (size / 256) * 2 ** z;
  const left = x * size;
  const top = y * size;
  let drawn = 0;
  for (const { style, parts } of outlines.layers) {
    const margin = (style.width ?? 0) + 1;
    ctx.beginPath();
    let any = false;
    for (const { xy, box } of parts) {
      if (
        box[2] * scale < left - margin ||
        box[0] * scale > left + size + margin ||
        box[3] * scale < top - margin ||
        box[1] * scale > top + size + margin
      )
        continue;
      any = true;
      let px = xy[0] * scale - left;
      let py = xy[1] * scale - top;
      ctx.moveTo(px, py);
      drawn++;
      const last = xy.length - 2;
      for (let i = 2; i <= last; i += 2) {
        const qx = xy[i] * scale - left;
        const qy = xy[i + 1] * scale - top;
        // Points within a pixel of the last one drawn add nothing at this zoom (the last point always counts).
        if (i < last && Math.abs(qx - px) < 1 && Math.abs(qy - py) < 1) continue;
        ctx.lineTo(qx, qy);
        drawn++;
        px = qx;
        py = qy;
      }
      if (style.fill) ctx.closePath();
    }
    if (!any) continue;
    if (style.fill) {
      ctx.fillStyle = style.fill;
      ctx.fill('evenodd');
    } else {
      ctx.strokeStyle = style.stroke;
      ctx.lineWidth = style.width ?? 1;
      ctx.stroke();
    }
  }
  return drawn;
}
