/**
 * The one data module: every page, route handler, feed and image reads
 * incidents through these functions. They ask the store this process serves
 * from (lib/store/index.ts): the files of DATA_DIR in memory by default, or
 * PostgreSQL + PostGIS when DATABASE_URL is set. Callers never know which.
 */
import 'server-only';
import type { Filters } from './shared/filters';
import type { Tile } from './shared/tiles/address';
import { MAX_FEATURES } from './index/limits';
import { incidentStore } from './store';
import type { Bounded, Bytes, DatasetStatus, Summary } from './store/types';
import { idStatus, type IdStatus } from './ids';
import type { ApiFeature, ApiFeatureCollection } from './shared/types';

export type { Bounded, DatasetStatus, Summary } from './store/types';

/** One incident by id, or undefined. */
export async function getIncident(id: string): Promise<ApiFeature | undefined> {
  return (await incidentStore()).getIncident(id);
}

/**
 * The incidents matching `filters`, newest first, when at most `max` match;
 * otherwise how many do.
 */
export async function selectIncidents(filters: Filters, max = MAX_FEATURES): Promise<Bounded> {
  return (await incidentStore()).select(filters, max);
}

/** The incidents the Atom feed draws from (it keeps the most recently updated). */
export async function feedIncidents(limit: number): Promise<ApiFeature[]> {
  return (await incidentStore()).recentlyUpdated(limit);
}

/** Every incident page's id and last update (the sitemap). */
export async function incidentPages(): Promise<{ id: string; updated: string }[]> {
  return (await incidentStore()).pages();
}

/**
 * How many incidents match `filters` (a bbox is ignored: the summary is of
 * the whole map), the timeline's months, and the box around them.
 *
 * @example
 * await summarize({ setting: ['courthouse'], agency: [] }) // { count: 1, months: { '2025-07': 1 }, bbox: […] }
 */
export async function summarize(filters: Filters): Promise<Summary> {
  return (await incidentStore()).summarize(filters);
}

/** The map's view of `filters` (with a zoom) as the API serves it: lib/index/viewport.ts. */
export async function viewJson(filters: Filters): Promise<Bytes> {
  return (await incidentStore()).viewJson(filters);
}

/** One map tile's incidents under `filters`, points or clusters, as the API serves them: lib/index/tile.ts. */
export async function tileJson(filters: Filters, tile: Tile): Promise<Bytes> {
  return (await incidentStore()).tileJson(filters, tile);
}

/** What GET /api/health reports: the dataset served, and whether text search has its index yet. */
export async function datasetStatus(): Promise<DatasetStatus> {
  return (await incidentStore()).status();
}

/** The served dataset's version: part of every page's validator (lib/serve/page-cache.ts). */
export async function datasetVersion(): Promise<string> {
  return (await incidentStore()).version();
}

/** How many incidents and sources are served (the about page). */
export async function datasetCounts(): Promise<{ incidents: number; sources: number }> {
  return (await incidentStore()).counts();
}

/** What an id in a URL stands for, with the incident when it is live (lib/ids.ts decides). */
export type IdResolution = Exclude<IdStatus, { status: 'live' }> | { status: 'live'; id: string; incident: ApiFeature };

/**
 * What `id` stands for now: a live incident, an id that moved, a retraction, or nothing.
 *
 * @example
 * await resolveId('old-id') // { status: 'moved', id: 'old-id', to: 'new-id', redirect: {…} }
 */
export async function resolveId(id: string): Promise<IdResolution> {
  // The store is ready first: the in-memory one publishes its ids when it loads.
  await datasetVersion();
  const status = await idStatus(id);
  if (status.status !== 'live') return status;
  const incident = await getIncident(id);
  return incident ? { status: 'live', id, incident } : { status: 'unknown', id };
}

/** True when `features` fit in one answer of the API (lib/index/limits.ts). */
export { fitsOneAnswer } from './index/answer-size';

/** A FeatureCollection of `features`, as the API serves it. */
export function toFeatureCollection(features: ApiFeature[]): ApiFeatureCollection {
  return { type: 'FeatureCollection', features };
}
