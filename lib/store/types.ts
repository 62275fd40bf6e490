/**
 * What a store of incidents answers: lib/incidents.ts is the one data module
 * that callers use, and it asks one of these. Two implement it: the files
 * held in memory (lib/store/memory.ts, the default) and PostgreSQL with
 * PostGIS (lib/store/postgres/store.ts, with DATABASE_URL). For the same
 * data both give the same answers, byte for byte where they are JSON.
 */
import 'server-only';
import type { BBox, Filters } from '../shared/filters';
import type { ApiFeature } from '../shared/types';
import type { Tile } from '../shared/tiles/address';

/** UTF-8 bytes that a Response can take as its body. */
export type Bytes = Buffer<ArrayBuffer>;

/** The size of a selection, as the map's panel shows it (GET /api/summary). */
export interface Summary {
  /** Incidents matching every filter. */
  count: number;
  /** Incidents matching every filter but the dates, per month of their date ("YYYY-MM"): the timeline's histogram. */
  months: Record<string, number>;
  /** The box around every incident matching every filter (where "show all" flies); absent when none match. */
  bbox?: BBox;
}

/** What GET /api/health reports of the dataset served. */
export interface DatasetStatus {
  version: string;
  incidents: number;
  textIndex: 'built' | 'building';
}

/** A selection bounded by what one answer may hold: its features, or only how many there are when they are more. */
export type Bounded = { features: ApiFeature[] } | { tooMany: number };

export interface IncidentStore {
  readonly kind: 'memory' | 'postgres';
  /** The served dataset's version (the SHA-256 of its files): cheap, asked on every page request. */
  version(): Promise<string>;
  status(): Promise<DatasetStatus>;
  /** How many incidents and sources the served dataset holds (the about page). */
  counts(): Promise<{ incidents: number; sources: number }>;
  getIncident(id: string): Promise<ApiFeature | undefined>;
  /**
   * The incidents matching `filters`, newest first, when there are at most
   * `max`; otherwise only their number. No store reads more than `max + 1`.
   */
  select(filters: Filters, max: number): Promise<Bounded>;
  /** The incidents the Atom feed shows: the `limit` most recently updated (it sorts them itself). */
  recentlyUpdated(limit: number): Promise<ApiFeature[]>;
  /** Every incident's id and last update, newest first (the sitemap). */
  pages(): Promise<{ id: string; updated: string }[]>;
  summarize(filters: Filters): Promise<Summary>;
  /** GET /api/incidents?bbox&zoom as JSON (lib/index/viewport.ts). */
  viewJson(filters: Filters): Promise<Bytes>;
  /** GET /api/tiles/{z}/{x}/{y} as JSON (lib/index/tile.ts). */
  tileJson(filters: Filters, tile: Tile): Promise<Bytes>;
}
