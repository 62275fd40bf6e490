/**
 * Start-up with DATABASE_URL: the server answers from the database and
 * loads nothing itself, but refuses to start, naming why, when the database
 * cannot be reached or serves no dataset (no half-started server).
 */
import 'server-only';
import { describeUrl, poolFor } from './pool';
import { servedVersion } from './version';

export async function connectAtStartup(url: string): Promise<void> {
  const started = performance.now();
  try {
    const served = await servedVersion(poolFor(url), true);
    const ms = (performance.now() - started).toFixed(0);
    console.log(
      `dataset: version ${served.sha} of ${served.incidents} incidents served from the database at ${describeUrl(url)} (connected in ${ms} ms)`,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`refusing to start: cannot serve from the database at ${describeUrl(url)}: ${reason}`);
    process.exit(1);
  }
}
