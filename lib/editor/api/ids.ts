/**
 * POST ids: renaming, merging and retracting an incident, as the README
 * describes. A rename moves the file and adds a redirect; a merge removes the
 * file and redirects to the incident it joins; a retraction removes the file
 * and adds it to retracted.json. Other incidents that relate to the old id
 * follow it (or drop the relation, on a retraction), so the check stays green.
 */
import 'server-only';
import { readDataDir } from '../../dataset/read';
import { REDIRECTS_FILE, RETRACTED_FILE, readIdHistory } from '../../check/ids';
import { incidentSchema } from '../../shared/schema';
import { reloadIncidents } from '../../in-memory';
import { canonicalJson } from '../canonical';
import { applyChanges, readWithVersion, type FileChange } from '../files';
import { checkDraft } from '../draft';
import { dataPath, isValidId, listPath, relativeName } from '../paths';
import { editorDataDir, today } from './context';
import { fail, refused, reply } from './reply';

type Related = { id: string; relation: string };
type Json = { id: string; properties: { related?: Related[] } };

export function changeId(body: Record<string, unknown>): Response {
  const { action, id, to } = body;
  // Our words, shown where the old link leads in either edition: { en, es }.
  const given = (body.reason ?? {}) as Record<string, unknown>;
  const words = (lang: 'en' | 'es') => (typeof given[lang] === 'string' ? (given[lang] as string).trim() : '');
  const reason = { en: words('en'), es: words('es') };
  if (action !== 'rename' && action !== 'merge' && action !== 'retract')
    return fail(400, '"action" must be "rename", "merge" or "retract"');
  if (!isValidId(id)) return fail(400, 'invalid "id": lowercase letters, digits and single hyphens');
  if (action !== 'retract' && (!isValidId(to) || to === id)) return fail(400, 'invalid "to": another valid id');
  if (!reason.en || !reason.es)
    return fail(400, '"reason" is required in both languages, {"en", "es"}: it is shown where the old link leads');
  const dir = editorDataDir();
  const date = today();
  const file = dataPath(dir, 'incident', id);
  const current = readWithVersion(file);
  if (current.text === null) return fail(404, `no incident "${id}"`);
  const target = action === 'retract' ? undefined : (to as string);
  if (action === 'rename' && readWithVersion(dataPath(dir, 'incident', target)).text !== null)
    return fail(409, `an incident "${target}" exists already: merge instead`);
  if (action === 'merge' && readWithVersion(dataPath(dir, 'incident', target)).text === null)
    return fail(404, `no incident "${target}" to merge into`);

  const incidents: Record<string, unknown | null> = { [id]: null };
  if (action === 'rename') incidents[target!] = { ...(JSON.parse(current.text) as Json), id: target };
  // Relations to the old id follow it (or go, on a retraction); a relation of the target to itself goes.
  for (const f of readDataDir(dir).incidents) {
    const j = f.json as Json;
    if (f.stem === id || !Array.isArray(j?.properties?.related) || !j.properties.related.some((r) => r.id === id))
      continue;
    const base = (incidents[f.stem] as Json | undefined) ?? j;
    const related = base.properties.related!.flatMap((r) =>
      r.id !== id ? [r] : target && target !== f.stem ? [{ ...r, id: target }] : [],
    );
    const unique = related.filter((r, i) => related.findIndex((o) => o.id === r.id) === i);
    incidents[f.stem] = { ...base, properties: { ...base.properties, related: unique } };
  }
  const { history } = readIdHistory(dir);
  const redirects = target ? [...history.redirects, { from: id, to: target, date, reason }] : history.redirects;
  const retracted = target ? history.retractions : [...history.retractions, { id, date, reason }];
  const idFiles = { [REDIRECTS_FILE]: redirects, [RETRACTED_FILE]: retracted };
  const { problems } = checkDraft(dir, { incidents, idFiles });
  if (problems.length > 0) return refused(problems);

  const changes: FileChange[] = [];
  for (const [stem, json] of Object.entries(incidents)) {
    const path = dataPath(dir, 'incident', stem);
    const now = readWithVersion(path);
    changes.push({
      name: relativeName(dir, path),
      file: path,
      text: json === null ? null : canonicalJson(json, incidentSchema),
      base: now.version,
    });
  }
  const list = target ? REDIRECTS_FILE : RETRACTED_FILE;
  const listFile = listPath(dir, list);
  const listNow = readWithVersion(listFile);
  changes.push({
    name: list,
    file: listFile,
    text: canonicalJson(target ? redirects : retracted),
    base: listNow.version,
  });
  // The incident itself must be as the maintainer last saw it.
  const seen = typeof body.base === 'string' ? body.base : current.version;
  changes[Object.keys(incidents).indexOf(id)].base = seen;
  const result = applyChanges(changes);
  if (result.conflicts.length > 0)
    return fail(409, 'changed on disk since it was opened: nothing was written', { conflicts: result.conflicts });
  reloadIncidents();
  return reply(200, { written: result.written });
}
