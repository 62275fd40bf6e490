/**
 * Which areas carry their name on the map: those drawn at least LABEL_MIN
 * pixels wide and tall at the zoom shown, and the open one at any size. A
 * name over a speck of an area says nothing the list does not: at a country
 * view of 100,000 incidents sixty county names covered one another and the
 * clusters, and each was a layer Chromium rasterised again at every zoom.
 * Pure: no Leaflet, no DOM.
 */
import { project } from '@/lib/shared/tiles/mercator';

/** The smallest area, on screen, that is labelled: about a label's own height, twice as wide. */
export const LABEL_MIN = { width: 64, height: 32 };

/** The size in pixels at `zoom` of a [west, south, east, north] box. */
export function screenSize(bbox: readonly number[], zoom: number): { width: number; height: number } {
  const [west, south, east, north] = bbox;
  const [x0, y0] = project(north, west, zoom);
  const [x1, y1] = project(south, east, zoom);
  return { width: x1 - x0, height: y1 - y0 };
}

/** Whether an area of box `bbox` is labelled at `zoom`; `open`: it is the incident open now. */
export function showsLabel(bbox: readonly number[], zoom: number, open = false): boolean {
  if (open) return true;
  const { width, height } = screenSize(bbox, zoom);
  return width >= LABEL_MIN.width && height >= LABEL_MIN.height;
}
