/**
 * A Leaflet layer of canvas tiles showing the projected outlines
 * (outline-tiles.ts). Each tile is drawn in a task of its own, after Leaflet
 * has placed it: a view change never waits for all of them in one go.
 * Client only: imports Leaflet.
 */
import L from 'leaflet';
import { drawTile, type ProjectedOutlines, type TileContext } from './outline-tiles';

export function outlineLayer(outlines: ProjectedOutlines, options: L.GridLayerOptions = {}): L.GridLayer {
  const Layer = L.GridLayer.extend({
    createTile(coords: L.Coords, done: L.DoneCallback) {
      const size = this.getTileSize() as L.Point;
      const ratio = Math.min(2, window.devicePixelRatio || 1);
      const canvas = document.createElement('canvas');
      canvas.width = size.x * ratio;
      canvas.height = size.y * ratio;
      setTimeout(() => {
        const ctx = canvas.getContext('2d');
        if (ctx) {
          ctx.scale(ratio, ratio);
          drawTile(ctx as unknown as TileContext, outlines, coords.x, coords.y, coords.z, size.x);
        }
        done(undefined, canvas);
      }, 0);
      return canvas;
    },
  });
  return new (Layer as unknown as new (options: L.GridLayerOptions) => L.GridLayer)(options);
}
