/**
 * The version this process serves, read from `served` once per period of
 * REFRESH_MS: `npm run db:load` switches it in a transaction, and every
 * process follows within that time, without a restart. The previous
 * version's rows outlive the switch (scripts/db/load.ts), so a process still
 * on it answers whole answers from one version.
 *
 * The periods are aligned to the wall clock, not to each copy's last read:
 * Next bundles the proxy and the route handlers apart, each with its own copy
 * of this module, and every copy (in every process) then re-reads `served`
 * at the same moments, so they disagree only while those reads are in flight.
 */
import 'server-only';
import type pg from 'pg';

export interface Served {
  id: number;
  sha: string;
  incidents: number;
  sources: number;
  /** The deepest zoom whose cells the loader kept (table `cell`), -1 for none. */
  cellZoom: number;
}

export const REFRESH_MS = 10_000;

const known = new WeakMap<pg.Pool, { served: Served; period: number }>();
const asking = new WeakMap<pg.Pool, Promise<Served>>();

/** The current period of the wall clock. */
const periodNow = () => Math.floor(Date.now() / REFRESH_MS);

async function read(pool: pg.Pool): Promise<Served> {
  const { rows } = await pool.query<Served>(
    'SELECT v.id, v.sha, v.incidents, v.sources, v.cell_zoom AS "cellZoom" FROM served JOIN dataset_version v ON v.id = served.version_id',
  );
  if (!rows[0]) throw new Error('the database serves no dataset yet: run `npm run db:load`');
  return rows[0];
}

/** The served version; `fresh` asks the database now (the health check). */
export function servedVersion(pool: pg.Pool, fresh = false): Promise<Served> {
  const kept = known.get(pool);
  const period = periodNow();
  if (!fresh && kept && kept.period === period) return Promise.resolve(kept.served);
  let pending = asking.get(pool);
  if (!pending) {
    pending = read(pool)
      .then((served) => {
        known.set(pool, { served, period });
        return served;
      })
      .finally(() => asking.delete(pool));
    asking.set(pool, pending);
  }
  return pending;
}
