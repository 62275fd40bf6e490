/**
 * What an id in a URL stands for now: a live incident, an id that moved
 * (renamed or merged; `to` is the end of its redirect chain, which the data
 * check proves live), a retraction, or nothing. Decided here, once, for the
 * proxy (308, 410 or 404 before any render) and for the pages and routes
 * (lib/incidents.ts resolveId), from the store this process serves:
 *
 * - PostgreSQL (DATABASE_URL): one indexed query on the served version's
 *   `id_change` and `incident` rows, written by `npm run db:load`.
 * - In memory: the ids that lib/in-memory.ts publishes when it loads the
 *   files of DATA_DIR (at server start: instrumentation.ts).
 *
 * Small on purpose: the proxy runs it in front of every page, and takes
 * nothing of the data module with it (no schema, indexes or outlines).
 */
import 'server-only';
import type { Redirect, Retraction } from './shared/schema';
import { isPossibleId } from './shared/vocabulary';
import { poolFor } from './store/postgres/pool';
import { servedVersion } from './store/postgres/version';

/** A renamed, merged or retracted id (lib/check/ids.ts for the files behind it). */
export type IdChange =
  | { status: 'moved'; id: string; to: string; redirect: Redirect }
  | { status: 'retracted'; id: string; retraction: Retraction };

export type IdStatus = IdChange | { status: 'live'; id: string } | { status: 'unknown'; id: string };

/** The id history, by old id. */
export interface IdHistory {
  moved: ReadonlyMap<string, Redirect>;
  retracted: ReadonlyMap<string, Retraction>;
}

/**
 * Where `id` ends up by following redirects: the last id of the chain, or
 * a reason it has none ("loop").
 */
export function followRedirects(
  redirects: ReadonlyMap<string, string>,
  id: string,
): { end: string; hops: string[] } | { loop: string[] } {
  const seen = [id];
  let at = id;
  while (redirects.has(at)) {
    at = redirects.get(at)!;
    if (seen.includes(at)) return { loop: [...seen, at] };
    seen.push(at);
  }
  return { end: at, hops: seen };
}

/** How `history` changed `id`, if it did. */
export function idChangeIn(history: IdHistory, id: string): IdChange | undefined {
  const retraction = history.retracted.get(id);
  if (retraction) return { status: 'retracted', id, retraction };
  const redirect = history.moved.get(id);
  if (!redirect) return undefined;
  const chain = followRedirects(new Map([...history.moved].map(([from, r]) => [from, r.to])), id);
  return 'end' in chain ? { status: 'moved', id, to: chain.end, redirect } : undefined;
}

/** What the in-memory store publishes when it loads a dataset. */
export interface MemoryIds {
  version: string;
  status(id: string): IdStatus;
}

/**
 * On globalThis, not in a module variable: Next bundles the proxy,
 * instrumentation.ts and the routes apart, each with its own copy of this
 * module, in one process.
 */
const MEMORY_IDS = Symbol.for('incident-map.ids');
const published = globalThis as typeof globalThis & { [MEMORY_IDS]?: MemoryIds };

/** Called by lib/in-memory.ts when it loads a dataset (undefined when it forgets it). */
export function publishMemoryIds(ids: MemoryIds | undefined): void {
  published[MEMORY_IDS] = ids;
}

function memoryIds(): MemoryIds {
  const ids = published[MEMORY_IDS];
  if (!ids) throw new Error('no dataset is loaded in this process: instrumentation.ts loads it when the server starts');
  return ids;
}

/** The status of `id` in the in-memory dataset loaded in this process. */
export function memoryIdStatus(id: string): IdStatus {
  return memoryIds().status(id);
}

/** The status of `id` in the version the database at `url` serves. */
export async function postgresIdStatus(url: string, id: string): Promise<IdStatus> {
  if (!isPossibleId(id)) return { status: 'unknown', id };
  const pool = poolFor(url);
  const { id: version } = await servedVersion(pool);
  const { rows } = await pool.query<{ change: string | null; live: boolean }>(
    'SELECT (SELECT change FROM id_change WHERE version_id = $1 AND id = $2) AS change, EXISTS (SELECT 1 FROM incident WHERE version_id = $1 AND id = $2) AS live',
    [version, id],
  );
  const { change, live } = rows[0];
  if (change) return JSON.parse(change) as IdChange;
  return live ? { status: 'live', id } : { status: 'unknown', id };
}

const databaseUrl = () => process.env.DATABASE_URL || undefined;

/** What `id` stands for in the dataset this process serves. */
export async function idStatus(id: string): Promise<IdStatus> {
  const url = databaseUrl();
  return url ? postgresIdStatus(url, id) : memoryIdStatus(id);
}

/** The served dataset's version: part of every page's validator (lib/serve/page-cache.ts). */
export async function servedDatasetVersion(): Promise<string> {
  const url = databaseUrl();
  return url ? (await servedVersion(poolFor(url))).sha : memoryIds().version;
}
