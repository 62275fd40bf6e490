/**
 * Permanent ids: the history of renamed, merged and retracted incidents, and
 * the rules that keep every id ever published resolving somewhere.
 *
 * Two optional files sit beside `incidents/` and `sources/` in the data
 * directory, each a JSON array (a missing file is an empty one):
 *
 * - `redirects.json`: `{ "from": old id, "to": new id, "date": YYYY-MM-DD, "reason": "…" }`
 *   for an incident renamed or merged into another. `/incidents/{from}` and
 *   `/api/incidents/{from}` answer 308 to the incident the chain ends at.
 * - `retracted.json`: `{ "id": id, "date": YYYY-MM-DD, "reason": "…" }` for an
 *   incident withdrawn from the map. Its URLs answer 410 with the date and reason.
 *
 * The rules: a redirect's `from` is never a live incident (an id is never
 * reused); every redirect chain ends at a live incident (no loops, no
 * redirect to nowhere or to a retracted id); a retracted id is neither live
 * nor redirected; each old id appears once.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { redirectSchema, retractionSchema, type Redirect, type Retraction } from '../shared/schema';
import type { Problem } from '../shared/problem';
import { followRedirects } from '../ids';

export const REDIRECTS_FILE = 'redirects.json';
export const RETRACTED_FILE = 'retracted.json';

/** The two files' parsed JSON, when a caller checks them before they are written (the editor). */
export type IdFiles = Partial<Record<typeof REDIRECTS_FILE | typeof RETRACTED_FILE, unknown>>;

export interface IdHistory {
  redirects: Redirect[];
  retractions: Retraction[];
}

function readList<T>(
  dir: string,
  name: keyof IdFiles,
  schema: z.ZodType<T>,
  problems: Problem[],
  given?: IdFiles,
): T[] {
  const file = path.join(path.basename(dir), name);
  const full = path.join(dir, name);
  let json: unknown;
  if (given && name in given) json = given[name];
  else if (!fs.existsSync(full)) return [];
  else {
    try {
      json = JSON.parse(fs.readFileSync(full, 'utf8'));
    } catch (e) {
      problems.push({ file, message: `is not valid JSON: ${(e as Error).message}` });
      return [];
    }
  }
  if (!Array.isArray(json)) {
    problems.push({ file, message: 'must be a JSON array (use [] when there is nothing to record)' });
    return [];
  }
  const out: T[] = [];
  json.forEach((entry, i) => {
    const parsed = schema.safeParse(entry);
    if (parsed.success) out.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        problems.push({ file, field: [i, ...issue.path].join('.'), message: issue.message });
  });
  return out;
}

/** Reads `redirects.json` and `retracted.json` from `dir` (or takes them from `given`); unreadable entries become problems. */
export function readIdHistory(dir: string, given?: IdFiles): { history: IdHistory; problems: Problem[] } {
  const problems: Problem[] = [];
  const redirects = readList(dir, REDIRECTS_FILE, redirectSchema, problems, given);
  const retractions = readList(dir, RETRACTED_FILE, retractionSchema, problems, given);
  return { history: { redirects, retractions }, problems };
}

/**
 * Checks the id history in `dir` against the ids of the incidents in the
 * dataset (`liveIds`). Returns every problem; none means every old URL
 * resolves.
 */
export function checkIds(
  dir: string,
  liveIds: ReadonlySet<string>,
  today = new Date().toISOString().slice(0, 10),
  given?: IdFiles,
): Problem[] {
  const { history, problems } = readIdHistory(dir, given);
  const redirectsFile = path.join(path.basename(dir), REDIRECTS_FILE);
  const retractedFile = path.join(path.basename(dir), RETRACTED_FILE);

  const targets = new Map<string, string>();
  history.redirects.forEach((r, i) => {
    const report = (field: string, message: string) =>
      problems.push({ file: redirectsFile, id: r.from, field: `${i}.${field}`, message });
    if (liveIds.has(r.from))
      report('from', `"${r.from}" is a live incident: a published id is never reused, so it cannot also redirect`);
    if (targets.has(r.from)) report('from', `"${r.from}" is redirected twice`);
    else targets.set(r.from, r.to);
    if (r.date > today) report('date', `${r.date} is in the future`);
  });

  const retracted = new Map<string, Retraction>();
  history.retractions.forEach((r, i) => {
    const report = (field: string, message: string) =>
      problems.push({ file: retractedFile, id: r.id, field: `${i}.${field}`, message });
    if (liveIds.has(r.id))
      report('id', `"${r.id}" is retracted but still a live incident: remove its file from incidents/`);
    if (targets.has(r.id)) report('id', `"${r.id}" is both retracted and redirected (in ${REDIRECTS_FILE}): keep one`);
    if (retracted.has(r.id)) report('id', `"${r.id}" is retracted twice`);
    retracted.set(r.id, r);
    if (r.date > today) report('date', `${r.date} is in the future`);
  });

  history.redirects.forEach((r, i) => {
    if (targets.get(r.from) !== r.to) return; // a duplicate, reported above
    const report = (message: string) => problems.push({ file: redirectsFile, id: r.from, field: `${i}.to`, message });
    const chain = followRedirects(targets, r.from);
    if ('loop' in chain) report(`redirect loop: ${chain.loop.join(' → ')}`);
    else if (retracted.has(chain.end))
      report(`ends at "${chain.end}", which is retracted: retract "${r.from}" too instead`);
    else if (!liveIds.has(chain.end)) {
      report(`redirect to nowhere: ${chain.hops.join(' → ')} ends at "${chain.end}", which is not an incident`);
    }
  });

  return problems;
}
