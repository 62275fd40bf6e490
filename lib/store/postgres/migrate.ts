/**
 * Schema changes are the files of db/migrations, applied in name order, each
 * once and in its own transaction; `schema_migration` records which ran.
 * An advisory lock keeps two loaders from migrating at once.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { ClientBase } from 'pg';

export const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations');
const LOCK = 2_100_021;

/** Applies the migrations not yet applied; returns their names. */
export async function migrate(client: ClientBase, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  await client.query('SELECT pg_advisory_lock($1)', [LOCK]);
  try {
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await client.query<{ name: string }>('SELECT name FROM schema_migration')).rows.map((r) => r.name),
    );
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file)) continue;
      await client.query('BEGIN');
      try {
        await client.query(fs.readFileSync(path.join(dir, file), 'utf8'));
        await client.query('INSERT INTO schema_migration (name) VALUES ($1)', [file]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${file} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      applied.push(file);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK]);
  }
}
