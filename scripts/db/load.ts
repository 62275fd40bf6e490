/**
 * `npm run db:load [DIR]`: checks a data directory (default: DATA_DIR or
 * ./data) as `npm run check` does, and loads it into the database at
 * DATABASE_URL as a new version, in one transaction that also makes it the
 * served version. Invalid data, or a load that fails midway, changes nothing
 * served. Applies the schema's migrations first (db/migrations).
 */
import path from 'node:path';
import pg from 'pg';
import { readDataDir } from '@/lib/dataset/read';
import { checkDataset } from '@/lib/check/dataset';
import { checkGeonames } from '@/lib/check/geonames';
import { DatasetError } from '@/lib/shared/problem';
import { byDateDesc, idChange, resetIncidents } from '@/lib/in-memory';
import { toApiFeature } from '@/lib/api-feature';
import type { IncidentFeature } from '@/lib/shared/schema';
import type { ApiFeature } from '@/lib/shared/types';
import { readIdHistory } from '@/lib/check/ids';
import { migrate } from '@/lib/store/postgres/migrate';
import { describeUrl } from '@/lib/store/postgres/pool';
import { insertVersion, retireOldVersions } from '@/lib/store/postgres/load';

const url = process.env.DATABASE_URL ?? '';
if (!url) {
  console.error('db:load: set DATABASE_URL to the database to load (postgres://user@host:port/db)');
  process.exit(2);
}
const dir = path.resolve(process.argv[2] ?? process.env.DATA_DIR ?? 'data');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

/**
 * The check holds the whole dataset, as `npm run check` does; what is kept
 * after it is the checked incidents and sources alone (the files' parsed
 * JSON goes with `raw`), and each incident's API feature is made as its
 * row is written, and dropped after.
 */
function checked() {
  const raw = readDataDir(dir);
  const { problems, dataset } = checkDataset(raw, { extraRules: [checkGeonames] });
  if (!dataset) {
    console.error(new DatasetError(problems).message);
    console.error('db:load: nothing loaded; the database serves what it served before');
    process.exit(1);
  }
  return { sha: raw.version, dataset };
}
const { sha, dataset } = checked();
const count = dataset.incidents.length;
// Newest first, as the in-memory store serves them.
const incidents: (IncidentFeature | undefined)[] = dataset.incidents.sort(byDateDesc);
function* features(): Generator<ApiFeature> {
  for (let i = 0; i < incidents.length; i++) {
    const feature = toApiFeature(incidents[i]!, dataset.sources);
    incidents[i] = undefined;
    yield feature;
  }
}
// The id history as the in-memory store reads it, each old id resolved to where it ends.
process.env.DATA_DIR = dir;
resetIncidents();
const { history } = readIdHistory(dir);
const changes = [...history.redirects.map((r) => r.from), ...history.retractions.map((r) => r.id)].flatMap((id) => {
  const change = idChange(id);
  return change ? [change] : [];
});
console.log(`db:load: ${count} incidents checked in ${seconds()} s (${dir})`);

async function load(): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'incident-map db:load' });
  try {
    await client.connect();
  } catch (error) {
    console.error(
      `db:load: cannot reach the database at ${describeUrl(url)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
  try {
    const applied = await migrate(client);
    if (applied.length) console.log(`db:load: applied migrations ${applied.join(', ')}`);
    const version = await insertVersion(
      client,
      { sha, sources: dataset.sources.size, features: features(), changes },
      (done) => {
        if (done % 50_000 === 0) console.log(`db:load: ${done} incidents written (${seconds()} s)`);
      },
    );
    console.log(`db:load: version ${version} (${sha}) of ${count} incidents is served, loaded in ${seconds()} s`);
    const dropped = await retireOldVersions(client);
    if (dropped.length) console.log(`db:load: dropped retired versions ${dropped.join(', ')}`);
  } catch (error) {
    console.error(
      `db:load: failed, nothing changed in what is served: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  } finally {
    await client.end();
  }
}

void load();
