/**
 * The default store: the files of DATA_DIR, checked and indexed in this
 * process's memory (lib/in-memory.ts does the work; this only adapts it).
 */
import 'server-only';
import * as mem from '../in-memory';
import type { IncidentStore } from './types';

export const memoryStore: IncidentStore = {
  kind: 'memory',
  version: async () => mem.loadIncidents().version,
  status: async () => mem.datasetStatus(),
  counts: async () => {
    const { features, dataset } = mem.loadIncidents();
    return { incidents: features.length, sources: dataset.sources.size };
  },
  getIncident: async (id) => mem.getIncident(id),
  select: async (filters, max) => {
    const features = mem.listIncidents(filters);
    return features.length > max ? { tooMany: features.length } : { features };
  },
  // Every incident: the feed sorts by update and keeps the newest itself.
  recentlyUpdated: async () => mem.listIncidents(),
  pages: async () => mem.listIncidents().map((f) => ({ id: f.id, updated: f.properties.updated })),
  summarize: async (filters) => mem.summarize(filters),
  viewJson: async (filters) => mem.viewJson(filters),
  tileJson: async (filters, tile) => mem.tileJson(filters, tile),
};
