/**
 * Reads the files of a data directory as they are, without judging them:
 * `incidents/<id>.json`, `sources/<id>.json` and the archived `sources/<id>.txt`.
 *
 * Large datasets may also keep incidents in shard files beside them,
 * `incidents/<name>.ndjson`: one incident Feature per line, each with its own
 * id (a million single files are too slow to read and to ship). Problems in a
 * shard name the shard and its line ("incidents/part-00001.ndjson:42").
 */
import 'server-only';
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../shared/problem';

/** The files of the id history (lib/check/ids.ts), read there; part of the version here. */
const HISTORY_FILES = ['redirects.json', 'retracted.json'];

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
  /**
   * The SHA-256 of every file read (names and contents), base64url: the same
   * files give the same version on any machine (GET /api/health).
   */
  version: string;
  /** redirects.json and retracted.json as they will be written, instead of the files on disk (the editor's check). */
  idFiles?: Partial<Record<'redirects.json' | 'retracted.json', unknown>>;
}

/** Reads a file's text and adds its name and text to the version. */
function readText(file: string, name: string, hash: Hash): string {
  const text = fs.readFileSync(file, 'utf8');
  hash.update(`${name}\0${text}\0`);
  return text;
}

function label(dir: string, ...parts: string[]): string {
  return path.join(path.basename(dir), ...parts);
}

function readJsonFiles(dir: string, sub: string, problems: Problem[], hash: Hash): RawFile[] {
  const folder = path.join(dir, sub);
  if (!fs.existsSync(folder)) {
    problems.push({ file: label(dir, sub), message: 'folder is missing' });
    return [];
  }
  const out: RawFile[] = [];
  for (const name of fs.readdirSync(folder).sort()) {
    if (name.endsWith('.ndjson')) {
      out.push(
        ...readShard(readText(path.join(folder, name), `${sub}/${name}`, hash), label(dir, sub, name), problems),
      );
      continue;
    }
    if (!name.endsWith('.json')) continue;
    const file = label(dir, sub, name);
    try {
      out.push({
        file,
        stem: name.slice(0, -5),
        json: JSON.parse(readText(path.join(folder, name), `${sub}/${name}`, hash)),
      });
    } catch (e) {
      problems.push({ file, message: `is not valid JSON: ${(e as Error).message}` });
    }
  }
  return out;
}

/** The features of one shard, a JSON value per non-blank line. */
function readShard(text: string, shown: string, problems: Problem[]): RawFile[] {
  const out: RawFile[] = [];
  const lines = text.split('\n');
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
  const hash = createHash('sha256');
  const incidents = readJsonFiles(dir, 'incidents', problems, hash);
  const sources = readJsonFiles(dir, 'sources', problems, hash);
  const texts = new Map<string, string>();
  const sourceFolder = path.join(dir, 'sources');
  if (fs.existsSync(sourceFolder)) {
    for (const name of fs.readdirSync(sourceFolder).sort()) {
      if (name.endsWith('.txt')) texts.set(name, readText(path.join(sourceFolder, name), `sources/${name}`, hash));
    }
  }
  for (const name of HISTORY_FILES) {
    // Read at run time from DATA_DIR: the bundler must not trace it (it would copy the whole project into the standalone output).
    const file = path.join(/*turbopackIgnore: true*/ dir, name);
    if (fs.existsSync(file)) readText(file, name, hash);
  }
  return { dir, incidents, sources, texts, problems, version: hash.digest('base64url') };
}
