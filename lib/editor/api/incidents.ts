/**
 * POST incident: saves one incident after the data check passed on the
 * dataset as it would be. Editing a published incident (one already in the
 * data directory) needs a new correction entry, unless the maintainer says
 * the change is wording only.
 */
import 'server-only';
import { canonicalJson } from '../canonical';
import { applyChanges, readWithVersion, sha256 } from '../files';
import { checkDraft } from '../draft';
import { dataPath, isValidId, relativeName } from '../paths';
import { incidentSchema } from '../../shared/schema';
import { reloadIncidents } from '../../in-memory';
import { editorDataDir } from './context';
import { markupProblems } from './check';
import { fail, refused, reply } from './reply';

function correctionsOf(json: unknown): number {
  const c = (json as { properties?: { corrections?: unknown } } | null)?.properties?.corrections;
  return Array.isArray(c) ? c.length : 0;
}

export function saveIncident(body: Record<string, unknown>): Response {
  const id = body.id;
  if (!isValidId(id)) return fail(400, 'invalid "id": lowercase letters, digits and single hyphens');
  const json = body.json as { id?: unknown } | undefined;
  if (!json || typeof json !== 'object' || json.id !== id)
    return fail(400, '"json" must be the incident, with the same "id"');
  const dir = editorDataDir();
  const file = dataPath(dir, 'incident', id);
  const name = relativeName(dir, file);
  const text = canonicalJson(json, incidentSchema);
  const { problems } = checkDraft(dir, { incidents: { [id]: json } });
  problems.push(...markupProblems(name, id, json));
  const onDisk = readWithVersion(file);
  if (onDisk.text !== null && onDisk.text !== text && body.wordingOnly !== true) {
    let before: unknown;
    try {
      before = JSON.parse(onDisk.text);
    } catch {
      before = undefined;
    }
    if (correctionsOf(json) <= correctionsOf(before)) {
      problems.push({
        file: name,
        id,
        field: 'properties.corrections',
        message:
          'this incident is published: say what changed in a new correction entry (or mark the change as wording only)',
      });
    }
  }
  if (problems.length > 0) return refused(problems);
  const result = applyChanges([{ name, file, text, base: typeof body.base === 'string' ? body.base : null }]);
  if (result.conflicts.length > 0)
    return fail(409, 'changed on disk since it was opened: nothing was written', { conflicts: result.conflicts });
  // The map this server draws, and its proxy, read the dataset again.
  reloadIncidents();
  return reply(200, { written: result.written, version: sha256(text) });
}
