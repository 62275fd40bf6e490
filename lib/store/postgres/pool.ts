/**
 * The connection pool of this module copy (Next bundles routes, the proxy
 * and instrumentation apart, so a process may hold a few small pools).
 */
import 'server-only';
import pg from 'pg';

/** Connections per pool: queries are short, and a pooler in front (docs/ARCHITECTURE.md) shares them further. */
const MAX_CONNECTIONS = 4;
/** A query slower than this is a fault, not an answer: the request fails instead of queueing others. */
const STATEMENT_TIMEOUT_MS = 10_000;

const pools = new Map<string, pg.Pool>();

export function poolFor(url: string): pg.Pool {
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({
      connectionString: url,
      max: MAX_CONNECTIONS,
      connectionTimeoutMillis: 5_000,
      statement_timeout: STATEMENT_TIMEOUT_MS,
      application_name: 'incident-map',
    });
    // An idle client losing its connection (a database restart) must not end the process; the next query reconnects.
    pool.on('error', (error) => console.error(`database: ${error.message}`));
    pools.set(url, pool);
  }
  return pool;
}

/** The URL without its password, for messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'DATABASE_URL (not a URL)';
  }
}
