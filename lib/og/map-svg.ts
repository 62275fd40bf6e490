/**
 * The map of a selection as one SVG document: the shipped outline basemap
 * (land, state and county lines), the areas, and a badge per incident in the
 * frame, or a disc per crowded cell when there are too many to draw one by
 * one. Used by the share image and "Download image" (lib/og/map-image.tsx).
 * Pure: no `node:` imports, no tiles, no network.
 */
import 'server-only';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { ApiFeature } from '../shared/types';
import type { Setting } from '../shared/schema';
import { settingBadge, SETTING_STYLES } from '@/lib/shared/setting-glyphs';
import type { MapFrame } from './map-frame';

export interface Outlines {
  land: MultiPolygon;
  states: MultiLineString;
  counties: MultiLineString;
}

/** Beyond this many points in the frame, points are gathered per cell of CELL pixels. */
export const MAX_BADGES = 400;
const CELL = 28;
const BADGE = 26;
const AREA = '#c2410c';

const box = (ring: Position[]) => {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  return [w, s, e, n];
};

export interface PathOptions {
  /** Keep no detail further than this many pixels outside the frame (see pathOf). */
  margin?: number;
  /** Drop points closer than this many pixels to the last kept one (from 2, coordinates are whole pixels). */
  step?: number;
}

/**
 * The SVG path of lines (or closed rings) that touch the frame, dropping points less than `step` pixels apart.
 * With `margin`, points further than that outside the frame are moved onto a rectangle `margin` pixels
 * out, and runs of them along one side of it become one: a coastline drawn at a city's zoom keeps the
 * points near the frame only, and what lies inside the rectangle is drawn as before.
 */
export function pathOf(
  lines: Position[][],
  frame: MapFrame,
  close: boolean,
  { margin, step = 1 }: PathOptions = {},
): string {
  const [west, south, east, north] = frame.bounds;
  const [x0, y0, x1, y1] =
    margin === undefined
      ? [-Infinity, -Infinity, Infinity, Infinity]
      : [-margin, -margin, frame.width + margin, frame.height + margin];
  let d = '';
  for (const line of lines) {
    const [w, s, e, n] = box(line);
    if (e < west || w > east || n < south || s > north) continue;
    let lastSide = '';
    const points: [number, number][] = [];
    for (const [lng, lat] of line) {
      const [px, py] = frame.project(lng, lat);
      const x = Math.max(x0, Math.min(x1, px));
      const y = Math.max(y0, Math.min(y1, py));
      const side = x !== px || y !== py ? `${x === px ? '' : x}:${y === py ? '' : y}` : '';
      const last = points.at(-1);
      if (last && Math.abs(x - last[0]) < step && Math.abs(y - last[1]) < step) continue;
      // Along one side outside the frame, only the run's last point matters.
      if (side && side === lastSide && points.length > 1) points.pop();
      lastSide = side;
      points.push([x, y]);
    }
    if (points.length > 1)
      d +=
        (step >= 2 ? wholePixels(points) : `M${points.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join('L')}`) +
        (close ? 'Z' : '');
  }
  return d;
}

/** Points as whole pixels, each relative to the last: about half the characters. */
function wholePixels(points: [number, number][]): string {
  let [x, y] = [Math.round(points[0][0]), Math.round(points[0][1])];
  let d = `M${x} ${y}l`;
  for (let i = 1; i < points.length; i++) {
    const [nx, ny] = [Math.round(points[i][0]), Math.round(points[i][1])];
    for (const n of [nx - x, ny - y]) d += (n < 0 || d.endsWith('l') ? '' : ' ') + n;
    [x, y] = [nx, ny];
  }
  return d;
}

export const ringsOf = (g: Polygon | MultiPolygon): Position[][] =>
  g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();

/** Badges of points, or discs of cells when there are more than MAX_BADGES. */
function marks(points: ApiFeature[], frame: MapFrame): string {
  const inFrame = points
    .map((f) => ({ f, xy: frame.project(...(f.geometry.coordinates as [number, number])) }))
    .filter(({ xy: [x, y] }) => x >= -BADGE && y >= -BADGE && x <= frame.width + BADGE && y <= frame.height + BADGE);
  if (inFrame.length <= MAX_BADGES) {
    // Oldest first, so the newest sit on top.
    return inFrame
      .reverse()
      .map(({ f, xy: [x, y] }) => {
        const exact = f.properties.location.precision === 'building';
        return `<g transform="translate(${(x - BADGE / 2).toFixed(1)} ${(y - BADGE / 2).toFixed(1)})">${settingBadge(f.properties.setting, BADGE, !exact)}</g>`;
      })
      .join('');
  }
  const cells = new Map<string, { x: number; y: number; n: number; setting: Setting }>();
  for (const {
    f,
    xy: [x, y],
  } of inFrame) {
    const key = `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
    const cell = cells.get(key);
    if (cell) {
      cell.x += x;
      cell.y += y;
      cell.n += 1;
    } else cells.set(key, { x, y, n: 1, setting: f.properties.setting });
  }
  return [...cells.values()]
    .map(({ x, y, n }) => {
      const r = Math.min(CELL / 2, 5 + 2.5 * Math.log2(n));
      return `<circle cx="${(x / n).toFixed(1)}" cy="${(y / n).toFixed(1)}" r="${r.toFixed(1)}" fill="#1f5f8b" fill-opacity="0.85" stroke="#fff" stroke-width="1.5"/>`;
    })
    .join('');
}

/** The outline basemap in `frame`: water, land, state lines, and county lines from zoom 5 unless left out (SVG elements); `path` as for pathOf. */
export function basemapSvg(
  frame: MapFrame,
  outlines: Outlines,
  { counties: withCounties = true, ...path }: { counties?: boolean } & PathOptions = {},
): string {
  const land = pathOf(outlines.land.coordinates.flat(), frame, true, path);
  const counties = withCounties && frame.zoom >= 5 ? pathOf(outlines.counties.coordinates, frame, false, path) : '';
  const states = pathOf(outlines.states.coordinates, frame, false, path);
  return (
    `<rect width="${frame.width}" height="${frame.height}" fill="#dce7f0"/>` +
    `<path d="${land}" fill="#f7f5f0" stroke="#9aa3ad" stroke-width="1" fill-rule="evenodd"/>` +
    (counties ? `<path d="${counties}" fill="none" stroke="#c9ccd1" stroke-width="0.8"/>` : '') +
    `<path d="${states}" fill="none" stroke="#8a8f98" stroke-width="1.4" stroke-linejoin="round"/>`
  );
}

/**
 * The map SVG of `features` in `frame` over `outlines`.
 *
 * @example
 * mapSvg(fitFrame(bbox, 860, 630), outlines, listIncidents(filters))
 */
export function mapSvg(frame: MapFrame, outlines: Outlines, features: ApiFeature[]): string {
  const { width, height } = frame;
  const areas = features.filter((f) => f.geometry.type !== 'Point');
  const points = features.filter((f) => f.geometry.type === 'Point');
  const areaPaths = areas.map(
    (f) =>
      `<path d="${pathOf(ringsOf(f.geometry as Polygon | MultiPolygon), frame, true)}" fill="${AREA}" fill-opacity="0.25" stroke="${AREA}" stroke-width="2.5" fill-rule="evenodd"/>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    basemapSvg(frame, outlines) +
    areaPaths.join('') +
    marks(points, frame) +
    `</svg>`
  );
}

/** The settings drawn, in the legend's order. */
export function settingsOf(features: ApiFeature[]): Setting[] {
  const present = new Set(features.map((f) => f.properties.setting));
  return (Object.keys(SETTING_STYLES) as Setting[]).filter((s) => present.has(s));
}
