/**
 * Deployment settings, read from the environment when a request asks, so
 * they take effect on restart without a rebuild (server only):
 *
 * - SITE_URL: the public origin of permanent links, canonical URLs, share
 *   images, embed codes and citations. Never taken from a request's Host
 *   header: a shared cache would keep a forged host.
 * - TILE_URL: the raster tile template; default OpenStreetMap's.
 * - TILE_ATTRIBUTION: HTML attribution shown with the tiles.
 */
import 'server-only';
import { DEFAULT_TILE_URL, tileSource } from './shared/security-headers';
import type { MapConfig } from './shared/types';

export function mapConfig(): MapConfig {
  return {
    tileUrl: process.env.TILE_URL || DEFAULT_TILE_URL,
    tileAttribution:
      process.env.TILE_ATTRIBUTION ||
      '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  };
}

/** SITE_URL without a trailing slash; without it, this machine at the port the server listens on. */
export function siteUrl(): string {
  return (process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '');
}

/**
 * The settings' problems, for the server to refuse to start on (an unusable
 * TILE_URL or SITE_URL), and what it should warn about (no SITE_URL in
 * production: links would name localhost).
 */
export function configProblems(
  env: Record<string, string | undefined> = process.env,
  production = process.env.NODE_ENV === 'production',
): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  try {
    tileSource(env.TILE_URL || DEFAULT_TILE_URL);
  } catch (error) {
    errors.push((error as Error).message);
  }
  if (env.SITE_URL) {
    let url: URL | undefined;
    try {
      url = new URL(env.SITE_URL);
    } catch {
      errors.push(`SITE_URL must be an absolute http(s) URL such as https://map.example.org, not "${env.SITE_URL}"`);
    }
    if (url && !/^https?:$/.test(url.protocol)) errors.push(`SITE_URL must be an http(s) URL, not "${env.SITE_URL}"`);
    if (url && (url.search || url.hash))
      errors.push(`SITE_URL must be an origin (and path), without a query or fragment: "${env.SITE_URL}"`);
  } else if (production) {
    warnings.push(
      `SITE_URL is not set: permanent links, share images, embed codes and citations will name ${siteUrl()}. Set SITE_URL to the public address, e.g. SITE_URL=https://map.example.org`,
    );
  }
  return { errors, warnings };
}
