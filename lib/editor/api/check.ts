/** POST check: the data check and the previews of an incident being edited, on every change, before anything is written. */
import 'server-only';
import { checkDraft, draftDataset, type Draft } from '../draft';
import { toApiFeature } from '../../api-feature';
import { refuseMarkup } from '../inputs';
import { isValidId } from '../paths';
import { incidentSchema, sourceSchema } from '../../shared/schema';
import type { Source } from '../../check/dataset';
import type { Problem } from '../../shared/problem';
import { editorDataDir } from './context';
import { reply } from './reply';

/** Problems of the fields themselves (markup, scripts), in the check's own form. */
export function markupProblems(file: string, id: string, value: unknown): Problem[] {
  return refuseMarkup(value).map(([field, message]) => ({ file, id, field, message }));
}

function sourcesOf(dir: string, draft: Draft): Map<string, Source> {
  const raw = draftDataset(dir, draft);
  const out = new Map<string, Source>();
  for (const f of raw.sources) {
    const parsed = sourceSchema.safeParse(f.json);
    if (parsed.success) out.set(parsed.data.id, { ...parsed.data, body: raw.texts.get(parsed.data.text) ?? '' });
  }
  return out;
}

export function checkIncident(body: Record<string, unknown>): Response {
  const id = body.id;
  // An incident still without a valid id is checked for that alone: no file name can be built for it yet.
  if (!isValidId(id))
    return reply(200, {
      problems: [
        {
          file: 'incidents/?.json',
          field: 'id',
          message:
            'must be URL-safe: lowercase letters, digits and single hyphens (e.g. "ontario-surgery-center-2025-07-08")',
        },
      ],
    });
  const dir = editorDataDir();
  const draft: Draft = { incidents: { [id]: body.json } };
  // A renamed incident: its old file is not in the dataset any more.
  if (isValidId(body.was) && body.was !== id) draft.incidents![body.was] = null;
  const { problems } = checkDraft(dir, draft);
  problems.push(...markupProblems(`incidents/${id}.json`, id, body.json));
  const parsed = incidentSchema.safeParse(body.json);
  const preview = parsed.success ? toApiFeature(parsed.data, sourcesOf(dir, draft)) : undefined;
  return reply(200, { problems, preview });
}
