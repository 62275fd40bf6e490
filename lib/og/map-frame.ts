/**
 * A picture frame on the Web Mercator plane, as Leaflet draws the map: where
 * a longitude and latitude fall in a `width`×`height` picture, either fitted
 * to a box or centred on a view (the zoom of the map on screen, so a
 * download shows what the reader saw). Pure: no `node:` imports.
 */
import 'server-only';
import type { BBox } from '../shared/filters';

export interface MapFrame {
  width: number;
  height: number;
  /** The Leaflet zoom the frame is drawn at (fractional when fitted). */
  zoom: number;
  /** Pixel position of a longitude and latitude. */
  project: (lng: number, lat: number) => [number, number];
  /** The longitude and latitude box the frame shows. */
  bounds: BBox;
}

const TILE = 256;
const MAX_LAT = 85.0511;

/** World pixels of a longitude and latitude at zoom 0 (one 256-pixel tile). */
export function world(lng: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [((lng + 180) / 360) * TILE, (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * TILE];
}

export function unworld(x: number, y: number): [number, number] {
  const lng = (x / TILE) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / TILE))) * 180) / Math.PI;
  return [lng, lat];
}

function frameAt(width: number, height: number, zoom: number, cx: number, cy: number): MapFrame {
  const scale = 2 ** zoom;
  const project = (lng: number, lat: number): [number, number] => {
    const [x, y] = world(lng, lat);
    return [(x - cx) * scale + width / 2, (y - cy) * scale + height / 2];
  };
  const [west, north] = unworld(cx - width / 2 / scale, cy - height / 2 / scale);
  const [east, south] = unworld(cx + width / 2 / scale, cy + height / 2 / scale);
  return { width, height, zoom, project, bounds: [west, south, east, north] };
}

/**
 * The frame that shows `box` whole, with `padding` pixels around it, at no
 * closer than `maxZoom` (a single point would otherwise fill the frame).
 *
 * @example
 * fitFrame([-125, 24.5, -66.9, 49.5], 860, 630).bounds // about the contiguous United States
 */
export function fitFrame(box: BBox, width: number, height: number, padding = 40, maxZoom = 11): MapFrame {
  const [x0, y1] = world(box[0], box[1]);
  const [x1, y0] = world(box[2], box[3]);
  const span = Math.max((x1 - x0) / (width - 2 * padding), (y1 - y0) / (height - 2 * padding), 1e-9);
  const zoom = Math.min(maxZoom, Math.log2(1 / span));
  return frameAt(width, height, zoom, (x0 + x1) / 2, (y0 + y1) / 2);
}

/** The frame centred on a view, at its zoom. */
export function viewFrame(view: { lat: number; lng: number; zoom: number }, width: number, height: number): MapFrame {
  const [cx, cy] = world(view.lng, view.lat);
  return frameAt(width, height, view.zoom, cx, cy);
}
