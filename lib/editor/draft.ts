/**
 * The data check on the dataset as it would be after a save, in memory: the
 * files on disk with the edited ones put in their place. Nothing is written
 * until this finds no problem.
 */
import 'server-only';
import path from 'node:path';
import { readDataDir, type RawDataset } from '../dataset/read';
import { checkDataset, type Dataset } from '../check/dataset';
import { geonamesRule } from '../check/geonames';
import { usCity } from './cities';
import type { Problem } from '../shared/problem';

export interface Draft {
  /** Incidents by id: the new JSON, or null for one removed. */
  incidents?: Record<string, unknown | null>;
  /** Sources by id: metadata and archived text, or null for one removed. */
  sources?: Record<string, { meta: unknown; text: string } | null>;
  /** redirects.json and retracted.json as they will be. */
  idFiles?: RawDataset['idFiles'];
}

function label(dir: string, ...parts: string[]): string {
  return path.join(path.basename(dir), ...parts);
}

/** The raw dataset of `dir` with `draft` applied. */
export function draftDataset(dir: string, draft: Draft): RawDataset {
  const raw = readDataDir(dir);
  for (const [id, json] of Object.entries(draft.incidents ?? {})) {
    raw.incidents = raw.incidents.filter((f) => f.stem !== id);
    if (json !== null) raw.incidents.push({ file: label(dir, 'incidents', `${id}.json`), stem: id, json });
  }
  for (const [id, source] of Object.entries(draft.sources ?? {})) {
    raw.sources = raw.sources.filter((f) => f.stem !== id);
    raw.texts.delete(`${id}.txt`);
    if (source === null) continue;
    raw.sources.push({ file: label(dir, 'sources', `${id}.json`), stem: id, json: source.meta });
    raw.texts.set(`${id}.txt`, source.text);
  }
  if (draft.idFiles) raw.idFiles = draft.idFiles;
  return raw;
}

/** Every problem of the dataset with `draft` applied (the same rules as `npm run check`), and the dataset when none. */
export function checkDraft(dir: string, draft: Draft, today?: string): { problems: Problem[]; dataset?: Dataset } {
  return checkDataset(draftDataset(dir, draft), { today, extraRules: [geonamesRule(usCity)] });
}
