/**
 * Sources: a saved web page's readable text (POST extract), and the save of
 * a source's metadata with its archived text and the text's SHA-256
 * (POST source).
 */
import 'server-only';
import { extractArticle } from '../extract';
import { refuseText } from '../inputs';
import { canonicalJson, canonicalText } from '../canonical';
import { applyChanges, sha256, type Version } from '../files';
import { checkDraft } from '../draft';
import { dataPath, isValidId, relativeName } from '../paths';
import { sourceSchema } from '../../shared/schema';
import { editorDataDir } from './context';
import { markupProblems } from './check';
import { fail, refused, reply } from './reply';

export function extract(body: Record<string, unknown>): Response {
  const why = refuseText(body.html, 'the page');
  if (why) return fail(422, why);
  const page = extractArticle(body.html as string);
  if (!page.text) return fail(422, 'no article text was found in this page: paste the text instead');
  return reply(200, page);
}

function version(v: unknown): Version {
  return typeof v === 'string' ? v : null;
}

export function saveSource(body: Record<string, unknown>): Response {
  const id = body.id;
  if (!isValidId(id)) return fail(400, 'invalid "id": lowercase letters, digits and single hyphens');
  const why = refuseText(body.text, 'the archived text');
  if (why) return fail(422, why);
  if (!body.meta || typeof body.meta !== 'object') return fail(400, '"meta" must be an object');
  const dir = editorDataDir();
  const text = canonicalText(body.text as string);
  const meta = { ...(body.meta as Record<string, unknown>), id, text: `${id}.txt`, sha256: sha256(text) };
  const metaFile = dataPath(dir, 'source', id);
  const textFile = dataPath(dir, 'text', id);
  const { problems } = checkDraft(dir, { sources: { [id]: { meta, text } } });
  problems.push(...markupProblems(relativeName(dir, metaFile), id, meta));
  if (problems.length > 0) return refused(problems);
  const base = (body.base ?? {}) as Record<string, unknown>;
  const result = applyChanges([
    { name: relativeName(dir, textFile), file: textFile, text, base: version(base.text) },
    {
      name: relativeName(dir, metaFile),
      file: metaFile,
      text: canonicalJson(meta, sourceSchema),
      base: version(base.meta),
    },
  ]);
  if (result.conflicts.length > 0)
    return fail(409, 'changed on disk since it was opened: nothing was written', { conflicts: result.conflicts });
  return reply(200, {
    written: result.written,
    meta,
    metaVersion: sha256(canonicalJson(meta, sourceSchema)),
    textVersion: sha256(text),
  });
}
