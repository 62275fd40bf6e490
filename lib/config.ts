/**
 * Deployment settings, read from the environment at run time (server only).
 *
 * - TILE_URL: the raster tile template; default OpenStreetMap's.
 * - TILE_ATTRIBUTION: HTML attribution shown with the tiles.
 * - SITE_URL: the public origin used in permanent links (default http://localhost:3000).
 */
export interface MapConfig {
  tileUrl: string;
  tileAttribution: string;
}

export function mapConfig(): MapConfig {
  return {
    tileUrl: process.env.TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    tileAttribution:
      process.env.TILE_ATTRIBUTION ||
      '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  };
}

export function siteUrl(): string {
  return (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
}
