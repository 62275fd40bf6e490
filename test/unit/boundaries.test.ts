/**
 * The layers' boundaries, over the file tree (docs/ARCHITECTURE.md, "Layers"):
 *
 * - lib/shared/ runs anywhere (the browser, the proxy, the server,
 *   next.config.ts): it imports no Node built-in and no lib/ file outside it.
 * - Every other file in lib/ starts with `import 'server-only'`, so a client
 *   component that imports one fails the build.
 * - lib/ never imports components/ or app/; components/ take from lib/ only
 *   what is shared (types too: a type a client uses lives with the shared code).
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SHARED = 'lib/shared/';
const BUILTINS = new Set(builtinModules);

function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sources(`${dir}/${e.name}`) : /\.(ts|tsx)$/.test(e.name) ? [`${dir}/${e.name}`] : [],
    );
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** Every module `file` imports (static, dynamic, type-only and re-exports), as written. */
function specifiers(file: string): string[] {
  return ts
    .preProcessFile(fs.readFileSync(path.join(ROOT, file), 'utf8'), true, true)
    .importedFiles.map((f) => f.fileName);
}

/** The repository file a specifier names (`@/…` or relative), else undefined (a package). */
function target(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/')
    ? spec.slice(2)
    : spec.startsWith('.')
      ? path.join(path.dirname(from), spec)
      : undefined;
  if (base === undefined) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile())
      return path.normalize(candidate);
  }
  throw new Error(`${from}: cannot resolve "${spec}"`);
}

const isBuiltin = (spec: string) => spec.startsWith('node:') || BUILTINS.has(spec.split('/')[0]);

const lib = sources('lib');
const shared = lib.filter((f) => f.startsWith(SHARED) && !isTest(f));
const server = lib.filter((f) => !f.startsWith(SHARED) && !isTest(f));

describe('the boundary between shared and server code', () => {
  it('finds both kinds of files', () => {
    expect(shared.length).toBeGreaterThan(10);
    expect(server.length).toBeGreaterThan(10);
  });

  it("starts every server file in lib/ with import 'server-only'", () => {
    const unmarked = server.filter((f) => specifiers(f)[0] !== 'server-only');
    expect(unmarked, "these lib/ files are not in lib/shared/ and do not start with import 'server-only'").toEqual([]);
  });

  it('keeps shared files free of Node built-ins and of server files', () => {
    const wrong = shared.flatMap((f) =>
      specifiers(f)
        .filter((s) => isBuiltin(s) || s === 'server-only' || !(target(f, s)?.startsWith(SHARED) ?? true))
        .map((s) => `${f} imports ${s}`),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps lib/ from importing components/ or app/', () => {
    const wrong = lib.flatMap((f) =>
      specifiers(f)
        .filter((s) => /^(components|app)\//.test(target(f, s) ?? ''))
        .map((s) => `${f} imports ${s}`),
    );
    expect(wrong).toEqual([]);
  });

  it('gives components/ only shared code from lib/, types included', () => {
    const wrong = sources('components').flatMap((f) =>
      specifiers(f)
        .filter((s) => {
          const t = target(f, s);
          return t !== undefined && t.startsWith('lib/') && !t.startsWith(SHARED);
        })
        .map((s) => `${f} imports ${s}`),
    );
    expect(wrong).toEqual([]);
  });
});
