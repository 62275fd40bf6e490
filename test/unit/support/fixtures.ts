/**
 * Fault fixtures for the data check, Turf style: a valid base dataset
 * (`test/fixtures/valid/`), and for each planted fault a small patch
 * (`test/fixtures/faults/<name>.json`) applied to a copy of the base in a
 * temporary directory, with the problems the check reports kept beside it
 * (`<name>.expected.json`). `REGEN=1 npx vitest run` rewrites the expected
 * files from what the check says today.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataDir } from '@/lib/dataset/read';
import { checkDataset } from '@/lib/check/dataset';
import { checkGeonames } from '@/lib/check/geonames';
import type { Problem } from '@/lib/shared/problem';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const VALID_BASE = path.join(FIXTURES, 'valid');
export const FAULTS = path.join(FIXTURES, 'faults');
export const REGEN = Boolean(process.env.REGEN);

/**
 * "Today" for every fixture run, so that dates in the future stay in the
 * future. The base's sources were archived and its incidents updated on this day.
 */
export const FIXTURE_TODAY = '2026-11-24';

/**
 * One change to one file of the base, relative to the data directory.
 * JSON paths are dotted, with array indexes as numbers; -1 is the last element.
 * Applied in this order: content (`copyOf` | `json` | `text` | `delete`), then `unset`, `set`, `reverse`.
 */
export interface Patch {
  /** e.g. "incidents/sf-immigration-court-2025-07-08.json"; may name a new file. */
  file: string;
  /** Start from a copy of another file of the base. */
  copyOf?: string;
  /** Replace the whole file with this JSON. */
  json?: unknown;
  /** Replace the whole file with this text (e.g. invalid JSON). */
  text?: string;
  /** Remove the file. */
  delete?: true;
  /** Remove these keys (or array elements). */
  unset?: string[];
  /** Set these paths; the parent of each must exist. */
  set?: Record<string, unknown>;
  /** Reverse the arrays at these paths (e.g. a ring's winding). */
  reverse?: string[];
}

/** What a fault fixture plants and the one problem that must be among those reported. */
export interface Fault {
  description: string;
  patches: Patch[];
  /** The problem that shows the fault was caught (message is a substring); omitted when `passes`. */
  catches?: { file: string; id?: string; field?: string; message: string };
  /** A negative fixture: the change is allowed, the check must report nothing. */
  passes?: true;
  /** Overrides FIXTURE_TODAY. */
  today?: string;
}

/** The expected problems of a fixture; each `message` is a substring of the reported one. */
export interface Expected {
  problems: Problem[];
}

type Json = Record<string | number, unknown>;

function walk(root: unknown, dotted: string): { parent: Json; key: string | number } {
  const keys = dotted.split('.');
  let node = root as Json;
  for (const [i, raw] of keys.entries()) {
    const key =
      Array.isArray(node) && /^-?\d+$/.test(raw) ? (Number(raw) < 0 ? node.length + Number(raw) : Number(raw)) : raw;
    if (i === keys.length - 1) return { parent: node, key };
    const next = node[key];
    if (next === null || typeof next !== 'object')
      throw new Error(`patch path "${dotted}": "${keys.slice(0, i + 1).join('.')}" is not an object or array`);
    node = next as Json;
  }
  throw new Error(`empty patch path`);
}

function applyJsonEdits(json: unknown, p: Patch): unknown {
  for (const dotted of p.unset ?? []) {
    const { parent, key } = walk(json, dotted);
    if (!(key in parent)) throw new Error(`patch unset "${dotted}": nothing there`);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  }
  for (const [dotted, value] of Object.entries(p.set ?? {})) {
    const { parent, key } = walk(json, dotted);
    parent[key] = structuredClone(value);
  }
  for (const dotted of p.reverse ?? []) {
    const { parent, key } = walk(json, dotted);
    if (!Array.isArray(parent[key])) throw new Error(`patch reverse "${dotted}": not an array`);
    (parent[key] as unknown[]).reverse();
  }
  return json;
}

/** Copies `base` into a fresh temporary `…/data` directory and applies `patches`; returns the directory. */
export function materialize(patches: Patch[], base = VALID_BASE): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'incident-fault-')), 'data');
  fs.cpSync(base, dir, { recursive: true });
  for (const p of patches) {
    const target = path.join(dir, p.file);
    const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (p.delete) {
      if (before === undefined) throw new Error(`patch delete "${p.file}": no such file in the base`);
      fs.rmSync(target);
      continue;
    }
    let content: string | undefined = before;
    if (p.copyOf) content = fs.readFileSync(path.join(base, p.copyOf), 'utf8');
    if (p.json !== undefined) content = JSON.stringify(p.json, null, 2) + '\n';
    if (p.text !== undefined) content = p.text;
    if (content === undefined)
      throw new Error(`patch "${p.file}": no such file in the base (use copyOf, json or text)`);
    if (p.unset || p.set || p.reverse) content = JSON.stringify(applyJsonEdits(JSON.parse(content), p), null, 2) + '\n';
    if (content === before) throw new Error(`patch "${p.file}" changes nothing: the fixture would test nothing`);
    fs.writeFileSync(target, content);
  }
  return dir;
}

/** Runs the full data check on `dir`, as `npm run check` does (GeoNames included). */
export function check(dir: string, today = FIXTURE_TODAY): Problem[] {
  return checkDataset(readDataDir(dir), { today, extraRules: [checkGeonames] }).problems;
}

/** The names of the fault fixtures, sorted. */
export function faultNames(): string[] {
  return fs
    .readdirSync(FAULTS)
    .filter((n) => n.endsWith('.json') && !n.endsWith('.expected.json'))
    .map((n) => n.slice(0, -5))
    .sort();
}

export function readFault(name: string): Fault {
  return JSON.parse(fs.readFileSync(path.join(FAULTS, `${name}.json`), 'utf8')) as Fault;
}

export function expectedPath(name: string): string {
  return path.join(FAULTS, `${name}.expected.json`);
}

/** Drops undefined keys, so problems compare and serialise alike. */
export function plain(p: Problem): Problem {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as unknown as Problem;
}

/**
 * `actual` as it should compare with `expected`: where an actual message
 * contains the expected substring at the same position, the substring stands
 * in for it, so `toEqual` passes; anything else shows in the diff.
 */
export function alignMessages(actual: Problem[], expected: Problem[]): Problem[] {
  return actual.map((a, i) => {
    const e = expected[i];
    const p = plain(a);
    return e && a.message.includes(e.message) ? { ...p, message: e.message } : p;
  });
}
