/**
 * The service worker's version: the build (Next's BUILD_ID, in the build
 * folder beside the server, also in the standalone output) and the dataset
 * (the SHA-256 of its files, as GET /api/health gives it). Server only.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { datasetStatus } from '../incidents';

let build: string | undefined;

function buildId(): string {
  if (build) return build;
  try {
    build = readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    // `next dev` has no BUILD_ID: pages are network-first anyway, so a fixed name only keeps copies longer.
    build = 'dev';
  }
  return build;
}

export async function offlineVersion(): Promise<string> {
  return `${buildId()}-${(await datasetStatus()).version.slice(0, 16)}`;
}
