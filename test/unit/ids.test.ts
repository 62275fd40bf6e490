/**
 * Permanent ids: the rules of lib/check/ids.ts on small fixture directories,
 * the same rules through the full data check, and what lib/ids.ts answers for the in-memory store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { checkIds, readIdHistory } from '@/lib/check/ids';
import { followRedirects, memoryIdStatus } from '@/lib/ids';
import { checkDataset } from '@/lib/check/dataset';
import { readDataDir } from '@/lib/dataset/read';
import { idChange, loadIncidents, reloadIncidents, resetIncidents } from '@/lib/in-memory';
import { resolveId } from '@/lib/incidents';

const TODAY = '2026-11-24';
const LIVE = new Set(['alpha', 'beta']);
const made: string[] = [];

/** A temp data directory holding only the given id files (undefined = file absent). */
function fixture(files: { redirects?: unknown; retracted?: unknown; raw?: Record<string, string> }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ids-'));
  made.push(dir);
  if (files.redirects !== undefined)
    fs.writeFileSync(path.join(dir, 'redirects.json'), JSON.stringify(files.redirects));
  if (files.retracted !== undefined)
    fs.writeFileSync(path.join(dir, 'retracted.json'), JSON.stringify(files.retracted));
  for (const [name, text] of Object.entries(files.raw ?? {})) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const redirect = (from: string, to: string) => ({
  from,
  to,
  date: '2026-01-02',
  reason: { en: 'renamed', es: 'renombrado' },
});
const retraction = (id: string) => ({
  id,
  date: '2026-02-03',
  reason: { en: 'the only source withdrew its report', es: 'la única fuente retiró su información' },
});
const messages = (dir: string, live = LIVE) =>
  checkIds(dir, live, TODAY).map((p) => `${p.file} ${p.field}: ${p.message}`);

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('checkIds', () => {
  it('accepts missing files and empty arrays', () => {
    expect(messages(fixture({}))).toEqual([]);
    expect(messages(fixture({ redirects: [], retracted: [] }))).toEqual([]);
  });

  it('accepts a redirect to a live incident, a chain that ends at one, and a retraction', () => {
    const dir = fixture({
      redirects: [redirect('old-alpha', 'alpha'), redirect('older-alpha', 'old-alpha')],
      retracted: [retraction('gamma')],
    });
    expect(messages(dir)).toEqual([]);
  });

  it('rejects a redirect from an id that is still live (a reused id)', () => {
    const out = messages(fixture({ redirects: [redirect('beta', 'alpha')] }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/redirects\.json 0\.from: "beta" is a live incident/);
  });

  it('rejects a redirect to nowhere', () => {
    const out = messages(fixture({ redirects: [redirect('old', 'missing')] }));
    expect(out).toEqual([expect.stringMatching(/0\.to: redirect to nowhere: old → missing ends at "missing"/)]);
  });

  it('rejects a chain that does not end in a live incident', () => {
    const out = messages(fixture({ redirects: [redirect('a1', 'a2'), redirect('a2', 'a3')] }));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/a1 → a2 → a3 ends at "a3"/);
  });

  it('rejects redirect loops, including an id redirected to itself', () => {
    const out = messages(fixture({ redirects: [redirect('x', 'y'), redirect('y', 'x'), redirect('z', 'z')] }));
    expect(out).toEqual([
      expect.stringMatching(/0\.to: redirect loop: x → y → x/),
      expect.stringMatching(/1\.to: redirect loop: y → x → y/),
      expect.stringMatching(/2\.to: redirect loop: z → z/),
    ]);
  });

  it('rejects an id redirected twice', () => {
    const out = messages(fixture({ redirects: [redirect('old', 'alpha'), redirect('old', 'beta')] }));
    expect(out).toEqual([expect.stringMatching(/1\.from: "old" is redirected twice/)]);
  });

  it('rejects a redirect that ends at a retracted id', () => {
    const out = messages(fixture({ redirects: [redirect('old', 'gone')], retracted: [retraction('gone')] }));
    expect(out).toEqual([expect.stringMatching(/ends at "gone", which is retracted/)]);
  });

  it('rejects a retracted id that is still live', () => {
    const out = messages(fixture({ retracted: [retraction('alpha')] }));
    expect(out).toEqual([
      expect.stringMatching(/retracted\.json 0\.id: "alpha" is retracted but still a live incident/),
    ]);
  });

  it('rejects a retracted id that is also redirected, and one retracted twice', () => {
    const out = messages(
      fixture({
        redirects: [redirect('old', 'alpha')],
        retracted: [retraction('old'), retraction('gone'), retraction('gone')],
      }),
    );
    expect(out).toEqual([
      expect.stringMatching(/0\.id: "old" is both retracted and redirected/),
      expect.stringMatching(/2\.id: "gone" is retracted twice/),
    ]);
  });

  it('rejects malformed files and entries, naming the field', () => {
    expect(messages(fixture({ raw: { 'redirects.json': '[{' } }))).toEqual([
      expect.stringMatching(/redirects\.json undefined: is not valid JSON/),
    ]);
    expect(messages(fixture({ redirects: { from: 'a', to: 'b' } }))).toEqual([
      expect.stringMatching(/must be a JSON array/),
    ]);
    const out = messages(
      fixture({
        redirects: [{ from: 'Bad Id', to: 'alpha', date: '2026-13-01' }],
        retracted: [{ id: 'gone', date: '2026-01-01', reason: 'x', extra: 1 }],
      }),
    );
    expect(out.some((m) => /redirects\.json 0\.from: must be URL-safe/.test(m))).toBe(true);
    expect(out.some((m) => /redirects\.json 0\.date:/.test(m))).toBe(true);
    expect(out.some((m) => /redirects\.json 0\.reason:/.test(m))).toBe(true);
    expect(out.some((m) => /retracted\.json 0: .*extra/i.test(m))).toBe(true);
  });

  it('requires the Spanish of every redirect and retraction reason, naming the field', () => {
    const out = messages(
      fixture({
        redirects: [
          { from: 'ontario-clinic-2025', to: 'alpha', date: '2026-01-02', reason: 'renamed: wrong date in the id' },
        ],
        retracted: [{ id: 'gone', date: '2026-01-01', reason: { en: 'the only source withdrew its report' } }],
      }),
    );
    expect(out).toEqual([
      expect.stringMatching(/redirects\.json 0\.reason\.es: missing Spanish$/),
      expect.stringMatching(/retracted\.json 0\.reason\.es: missing Spanish$/),
    ]);
  });

  it('rejects dates in the future', () => {
    const out = messages(fixture({ redirects: [{ ...redirect('old', 'alpha'), date: '2099-01-01' }] }));
    expect(out).toEqual([expect.stringMatching(/0\.date: 2099-01-01 is in the future/)]);
  });
});

describe('followRedirects', () => {
  it('follows a chain to its end and stops on a loop', () => {
    const map = new Map([
      ['a', 'b'],
      ['b', 'c'],
      ['x', 'y'],
      ['y', 'x'],
    ]);
    expect(followRedirects(map, 'a')).toEqual({ end: 'c', hops: ['a', 'b', 'c'] });
    expect(followRedirects(map, 'c')).toEqual({ end: 'c', hops: ['c'] });
    expect(followRedirects(map, 'x')).toEqual({ loop: ['x', 'y', 'x'] });
  });
});

describe('the shipped id files', () => {
  it('parse, and the data check accepts them', () => {
    const dir = path.resolve('data');
    expect(readIdHistory(dir).problems).toEqual([]);
    expect(checkDataset(readDataDir(dir)).problems).toEqual([]);
  });
});

/** A copy of the shipped data/ plus id files, for the full check and the data module. */
function dataCopy(redirects: unknown[], retracted: unknown[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ids-data-'));
  made.push(dir);
  fs.cpSync(path.resolve('data'), dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'redirects.json'), JSON.stringify(redirects));
  fs.writeFileSync(path.join(dir, 'retracted.json'), JSON.stringify(retracted));
  return dir;
}

describe('the data check with id files', () => {
  it('reports a reused id through checkDataset', () => {
    const dir = dataCopy([redirect('sf-immigration-court-2025-07-08', 'ontario-surgery-center-2025-07-08')], []);
    const { problems, dataset } = checkDataset(readDataDir(dir));
    expect(dataset).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ field: '0.from', id: 'sf-immigration-court-2025-07-08' })]);
  });
});

describe('id status', () => {
  const saved = process.env.DATA_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = saved;
    resetIncidents();
  });

  it('tells live, moved (to the end of the chain), retracted and unknown ids apart', () => {
    process.env.DATA_DIR = dataCopy(
      [
        redirect('ontario-clinic', 'ontario-surgery-center-2025-07-08'),
        redirect('ontario-clinic-2025', 'ontario-clinic'),
      ],
      [retraction('withdrawn-2025-07-09')],
    );
    resetIncidents();
    expect(() => memoryIdStatus('ontario-clinic')).toThrow(/no dataset is loaded/);
    loadIncidents();
    expect(memoryIdStatus('ontario-surgery-center-2025-07-08')).toEqual({
      status: 'live',
      id: 'ontario-surgery-center-2025-07-08',
    });
    expect(memoryIdStatus('ontario-clinic-2025')).toMatchObject({
      status: 'moved',
      to: 'ontario-surgery-center-2025-07-08',
      redirect: { from: 'ontario-clinic-2025' },
    });
    expect(memoryIdStatus('withdrawn-2025-07-09')).toMatchObject({
      status: 'retracted',
      retraction: {
        reason: { en: 'the only source withdrew its report', es: 'la única fuente retiró su información' },
      },
    });
    expect(memoryIdStatus('never-existed')).toEqual({ status: 'unknown', id: 'never-existed' });
    expect(idChange('ontario-surgery-center-2025-07-08')).toBeUndefined();
  });

  it('follows the files when the editor reloads them: the proxy cannot load them itself', () => {
    const dir = dataCopy([], []);
    process.env.DATA_DIR = dir;
    resetIncidents();
    loadIncidents();
    expect(memoryIdStatus('ontario-clinic')).toEqual({ status: 'unknown', id: 'ontario-clinic' });
    fs.writeFileSync(
      path.join(dir, 'redirects.json'),
      JSON.stringify([redirect('ontario-clinic', 'ontario-surgery-center-2025-07-08')]),
    );
    reloadIncidents();
    expect(memoryIdStatus('ontario-clinic')).toMatchObject({
      status: 'moved',
      to: 'ontario-surgery-center-2025-07-08',
    });
  });

  it('gives the pages the live incident with its status, through the data module', async () => {
    process.env.DATA_DIR = dataCopy([redirect('ontario-clinic', 'ontario-surgery-center-2025-07-08')], []);
    resetIncidents();
    expect(await resolveId('ontario-surgery-center-2025-07-08')).toMatchObject({
      status: 'live',
      incident: { id: 'ontario-surgery-center-2025-07-08' },
    });
    expect(await resolveId('ontario-clinic')).toMatchObject({
      status: 'moved',
      to: 'ontario-surgery-center-2025-07-08',
    });
    expect(await resolveId('never-existed')).toEqual({ status: 'unknown', id: 'never-existed' });
  });
});
