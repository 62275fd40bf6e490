/**
 * Reading and writing the dataset's files safely.
 *
 * - Each file is read with its version: the SHA-256 of its bytes, or null
 *   when it does not exist. A save names the versions it started from; a file
 *   whose version changed meanwhile (someone edited it, a git checkout) is not
 *   overwritten, and the caller gets both texts to show.
 * - Writes are atomic: a temporary file in the same folder, then a rename, so
 *   a crash or a full disk never leaves half a file for git to see.
 * - A save of several files checks every version before writing any.
 */
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type Version = string | null;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function readWithVersion(file: string): { text: string | null; version: Version } {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return { text, version: sha256(text) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { text: null, version: null };
    throw e;
  }
}

/** Writes `text` to `file` through a temporary file and a rename. */
export function writeAtomic(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const fd = fs.openSync(tmp, 'wx');
  try {
    fs.writeFileSync(fd, text, 'utf8');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** One file of a save: its new text (null deletes it) and the version it was opened at. */
export interface FileChange {
  /** Shown in messages: relative to the data directory. */
  name: string;
  file: string;
  text: string | null;
  base: Version;
}

export interface Conflict {
  name: string;
  /** What the editor would have written. */
  mine: string | null;
  /** What is on disk now. */
  theirs: string | null;
}

/**
 * Applies every change, or none when a file changed on disk since it was
 * opened: then the conflicts, each with both texts. A change that writes what
 * is already there is skipped (no needless rename, no new mtime for git).
 */
export function applyChanges(changes: FileChange[]): { conflicts: Conflict[]; written: string[] } {
  const conflicts: Conflict[] = [];
  for (const c of changes) {
    const now = readWithVersion(c.file);
    if (now.version !== c.base && now.text !== c.text) conflicts.push({ name: c.name, mine: c.text, theirs: now.text });
  }
  if (conflicts.length > 0) return { conflicts, written: [] };
  const written: string[] = [];
  for (const c of changes) {
    const now = readWithVersion(c.file);
    if (now.text === c.text) continue;
    if (c.text === null) fs.rmSync(c.file, { force: true });
    else writeAtomic(c.file, c.text);
    written.push(c.name);
  }
  return { conflicts, written };
}
