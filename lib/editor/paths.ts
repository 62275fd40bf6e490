/**
 * The only way the editor turns an id into a path: the id is checked against
 * the dataset's id rule first (lowercase words and hyphens, at most 120
 * characters), so "../", "/", "\\", NUL or a dot can never reach the file
 * system, and the result is checked to lie inside the data directory.
 */
import 'server-only';
import path from 'node:path';
import { isPossibleId } from '../shared/vocabulary';

export type FileKind = 'incident' | 'source' | 'text';

const PLACES: Record<FileKind, [string, string]> = {
  incident: ['incidents', '.json'],
  source: ['sources', '.json'],
  text: ['sources', '.txt'],
};

/** The two id-history files the editor may write, by name. */
export const LIST_FILES = ['redirects.json', 'retracted.json'] as const;
export type ListFile = (typeof LIST_FILES)[number];

export class BadId extends Error {
  constructor(readonly id: unknown) {
    super(
      `"${String(id).slice(0, 140)}" is not a valid id: lowercase letters, digits and single hyphens, at most 120 characters`,
    );
    this.name = 'BadId';
  }
}

export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && isPossibleId(id);
}

function inside(dir: string, file: string): string {
  // Paths under the data directory, read at run time: the bundler must not trace them.
  const root = path.resolve(/*turbopackIgnore: true*/ dir);
  const full = path.resolve(/*turbopackIgnore: true*/ root, file);
  if (path.dirname(path.dirname(full)) !== root && path.dirname(full) !== root) throw new BadId(file);
  return full;
}

/** The path of an incident, a source's metadata or its archived text, for a checked id. */
export function dataPath(dir: string, kind: FileKind, id: unknown): string {
  if (!isValidId(id)) throw new BadId(id);
  const [folder, ext] = PLACES[kind];
  return inside(dir, path.join(/*turbopackIgnore: true*/ folder, id + ext));
}

/** The path of redirects.json or retracted.json. */
export function listPath(dir: string, name: ListFile): string {
  if (!LIST_FILES.includes(name)) throw new BadId(name);
  return inside(dir, name);
}

/** The name shown in messages and used as a file key: relative to the data directory, "/"-separated. */
export function relativeName(dir: string, full: string): string {
  return path.relative(path.resolve(dir), full).split(path.sep).join('/');
}
