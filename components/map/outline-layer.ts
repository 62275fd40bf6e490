/**
 * A Leaflet layer of tiles showing the projected outlines
 * (outline-tiles.ts). Each tile is drawn in a task of its own, after Leaflet
 * has placed it, on one shared canvas, and handed over as an image: a view
 * change never waits for all of them in one go, and images are painted with
 * the page (a canvas per tile made a compositor layer each, and Chromium's
 * commits of some forty canvases took longer than drawing them).
 * Client only: imports Leaflet.
 */
import L from 'leaflet';
import { drawTile, type ProjectedOutlines, type TileContext } from './outline-tiles';

let scratch: HTMLCanvasElement | undefined;

/** Draws one tile, `pixels` square, and hands its PNG to `then` (nothing when no outline crosses it). */
function renderTile(
  outlines: ProjectedOutlines,
  coords: L.Coords,
  size: number,
  ratio: number,
  then: (png: Blob | null) => void,
) {
  scratch ??= document.createElement('canvas');
  scratch.width = size * ratio;
  scratch.height = size * ratio;
  const ctx = scratch.getContext('2d');
  if (!ctx) return then(null);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  if (drawTile(ctx as unknown as TileContext, outlines, coords.x, coords.y, coords.z, size) === 0) return then(null);
  // The bitmap is copied now: the canvas is free for the next tile.
  scratch.toBlob(then);
}

export function outlineLayer(outlines: ProjectedOutlines, options: L.GridLayerOptions = {}): L.GridLayer {
  const Layer = L.GridLayer.extend({
    createTile(coords: L.Coords, done: L.DoneCallback) {
      const size = (this.getTileSize() as L.Point).x;
      const ratio = Math.min(2, window.devicePixelRatio || 1);
      const img = document.createElement('img');
      img.alt = '';
      setTimeout(() =>
        renderTile(outlines, coords, size, ratio, (png) => {
          if (!png) return done(undefined, img);
          // A data: URL, which the page's Content Security Policy allows for images (blob: it does not).
          const reader = new FileReader();
          reader.onload = () => {
            img.onload = img.onerror = () => done(undefined, img);
            img.src = reader.result as string;
          };
          reader.onerror = () => done(undefined, img);
          reader.readAsDataURL(png);
        }),
      );
      return img;
    },
  });
  return new (Layer as unknown as new (options: L.GridLayerOptions) => L.GridLayer)(options);
}
