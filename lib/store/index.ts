/**
 * The store this process serves from: PostgreSQL + PostGIS when
 * DATABASE_URL is set (a large dataset, loaded by `npm run db:load`), else
 * the files of DATA_DIR in memory. Read at run time: a restart applies it.
 * Each store's code is loaded only when chosen: the in-memory store brings
 * the data check and its geometry, which a process serving from the
 * database has no use for (they cost its start and its memory in every
 * bundle that reads incidents).
 */
import 'server-only';
import type { IncidentStore } from './types';

let chosen: { url: string | undefined; store: Promise<IncidentStore> } | undefined;

export function incidentStore(): Promise<IncidentStore> {
  const url = process.env.DATABASE_URL || undefined;
  if (!chosen || chosen.url !== url) {
    const store = url
      ? import('./postgres/store').then((m) => m.postgresStore(url))
      : import('./memory').then((m) => m.memoryStore);
    chosen = { url, store };
  }
  return chosen.store;
}
