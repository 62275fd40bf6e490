/**
 * Reads the files of a data directory as they are, without judging them:
 * `incidents/<id>.json`, `sources/<id>.json` and the archived `sources/<id>.txt`.
 *
 * Large datasets may also keep incidents in shard files beside them,
 * `incidents/<name>.ndjson`: one incident Feature per line, each with its own
 * id (a million single files are too slow to read and to ship). Problems in a
 * shard name the shard and its line ("incidents/part-00001.ndjson:42").
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from './problem';

export interface RawFile {
  /** Path shown in messages, e.g. "data/incidents/x.json". */
  file: string;
  /**
   * The name the id must match: the file name without ".json". In a shard a
   * line has no name of its own, so its stem is the id it carries.
   */
  stem: string;
  json: unknown;
}

export interface RawDataset {
  dir: string;
  incidents: RawFile[];
  sources: RawFile[];
  /** Archived texts by file name (e.g. "x.txt"). */
  texts: Map<string, string>;
  problems: Problem[];
  /** redirects.json and retracted.json as they will be written, instead of the files on disk (the editor's check). */
  idFiles?: Partial<Record<'redirects.json' | 'retracted.json', unknown>>;
}

function label(dir: string, ...parts: string[]): string {
  return path.join(path.basename(dir), ...parts);
}

function readJsonFiles(dir: string, sub: string, problems: Problem[]): RawFile[] {
  const folder = path.join(dir, sub);
  if (!fs.existsSync(folder)) {
    problems.push({ file: label(dir, sub), message: 'folder is missing' });
    return [];
  }
  const out: RawFile[] = [];
  for (const name of fs.readdirSync(folder).sort()) {
    if (name.endsWith('.ndjson')) {
      out.push(...readShard(path.join(folder, name), label(dir, sub, name), problems));
      continue;
    }
    if (!name.endsWith('.json')) continue;
    const file = label(dir, sub, name);
    try {
      out.push({ file, stem: name.slice(0, -5), json: JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) });
    } catch (e) {
      problems.push({ file, message: `is not valid JSON: ${(e as Error).message}` });
    }
  }
  return out;
}

/** The features of one shard, a JSON value per non-blank line. */
function readShard(file: string, shown: string, problems: Problem[]): RawFile[] {
  const out: RawFile[] = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${shown}:${i + 1}`;
    try {
      const json: unknown = JSON.parse(line);
      const id = (json as { id?: unknown } | null)?.id;
      out.push({ file: where, stem: typeof id === 'string' ? id : '', json });
    } catch (e) {
      problems.push({ file: where, message: `is not valid JSON: ${(e as Error).message}` });
    }
  });
  return out;
}

/** Reads `dir` (e.g. the repository's `data/`); unreadable files become problems, not exceptions. */
export function readDataDir(dir: string): RawDataset {
  const problems: Problem[] = [];
  const incidents = readJsonFiles(dir, 'incidents', problems);
  const sources = readJsonFiles(dir, 'sources', problems);
  const texts = new Map<string, string>();
  const sourceFolder = path.join(dir, 'sources');
  if (fs.existsSync(sourceFolder)) {
    for (const name of fs.readdirSync(sourceFolder)) {
      if (name.endsWith('.txt')) texts.set(name, fs.readFileSync(path.join(sourceFolder, name), 'utf8'));
    }
  }
  return { dir, incidents, sources, texts, problems };
}
