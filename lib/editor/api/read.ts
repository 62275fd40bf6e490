/** The editor's reads: the lists its pickers show, one incident or source with its file versions. */
import 'server-only';
import { readDataDir } from '../../dataset/read';
import { readIdHistory } from '../../check/ids';
import { dataPath } from '../paths';
import { readWithVersion } from '../files';
import { editorDataDir, today } from './context';
import { fail, reply } from './reply';

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Ids and titles of every incident and source, for the pickers and the related-incident search. */
export function listAll(): Response {
  const dir = editorDataDir();
  const raw = readDataDir(dir);
  const incidents = raw.incidents.map((f) => {
    const j = f.json as {
      id?: unknown;
      properties?: { title?: unknown; es?: { title?: unknown }; date?: unknown; place?: { name?: unknown } };
    };
    const place = j.properties?.place?.name;
    return {
      id: str(j.id) ?? f.stem,
      title: str(j.properties?.title) ?? '',
      titleEs: str(j.properties?.es?.title) ?? '',
      date: str(j.properties?.date) ?? '',
      // A proper name, or a description in both languages.
      place: str(place) ?? str((place as { en?: unknown } | undefined)?.en) ?? '',
    };
  });
  const sources = raw.sources.map((f) => {
    const j = f.json as Record<string, unknown>;
    return {
      id: str(j.id) ?? f.stem,
      title: str(j.title) ?? '',
      publisher: str(j.publisher) ?? '',
      published: str(j.published) ?? '',
      language: str(j.language) ?? '',
    };
  });
  const { history } = readIdHistory(dir);
  return reply(200, {
    dataDir: dir,
    today: today(),
    incidents,
    sources,
    redirects: history.redirects,
    retracted: history.retractions,
  });
}

export function readIncident(id: string): Response {
  const file = readWithVersion(dataPath(editorDataDir(), 'incident', id));
  if (file.text === null) return fail(404, `no incident "${id}"`);
  return reply(200, { id, json: JSON.parse(file.text), version: file.version });
}

export function readSource(id: string): Response {
  const dir = editorDataDir();
  const meta = readWithVersion(dataPath(dir, 'source', id));
  const text = readWithVersion(dataPath(dir, 'text', id));
  if (meta.text === null) return fail(404, `no source "${id}"`);
  return reply(200, {
    id,
    meta: JSON.parse(meta.text),
    metaVersion: meta.version,
    text: text.text ?? '',
    textVersion: text.version,
  });
}
