/**
 * The store this process serves from: PostgreSQL + PostGIS when
 * DATABASE_URL is set (a large dataset, loaded by `npm run db:load`), else
 * the files of DATA_DIR in memory. Read at run time: a restart applies it.
 */
import 'server-only';
import { memoryStore } from './memory';
import { postgresStore } from './postgres/store';
import type { IncidentStore } from './types';

let chosen: { url: string | undefined; store: IncidentStore } | undefined;

export function incidentStore(): IncidentStore {
  const url = process.env.DATABASE_URL || undefined;
  if (chosen?.url !== url || !chosen) chosen = { url, store: url ? postgresStore(url) : memoryStore };
  return chosen.store;
}
