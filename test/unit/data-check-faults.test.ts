/**
 * Every fault the data check must catch, planted in a copy of a valid base
 * dataset. Each fixture in test/fixtures/faults/ is one fault; its
 * `.expected.json` holds every problem the check reports for it.
 * `REGEN=1 npx vitest run test/unit/data-check-faults.test.ts` rewrites those.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  REGEN,
  VALID_BASE,
  alignMessages,
  check,
  expectedPath,
  faultNames,
  materialize,
  plain,
  readFault,
  type Expected,
} from './support/fixtures';
import type { Problem } from '@/lib/shared/problem';

let baseProblems: Problem[];

beforeAll(() => {
  // The base runs through the same copy-to-a-temporary-directory path as the faults.
  baseProblems = check(materialize([], VALID_BASE));
});

describe('the valid base dataset (test/fixtures/valid)', () => {
  it('passes the whole check, GeoNames included', () => {
    expect(baseProblems).toEqual([]);
  });

  it('holds a point and an area incident, and all three archived sources', () => {
    const names = (sub: string) => fs.readdirSync(path.join(VALID_BASE, sub)).sort();
    expect(names('incidents')).toContain('diocese-san-bernardino-2025-07-08.json');
    expect(names('incidents')).toContain('ontario-surgery-center-2025-07-08.json');
    expect(names('sources').filter((n) => n.endsWith('.txt'))).toHaveLength(3);
  });
});

describe('planted faults (test/fixtures/faults)', () => {
  const names = faultNames();

  it('has fixtures', () => {
    expect(names.length).toBeGreaterThan(40);
  });

  it.each(names)('%s', (name) => {
    // A fixture fails both ways: the base must be clean, so the problems below are the fault's own.
    expect(baseProblems).toEqual([]);

    const fault = readFault(name);
    const problems = check(materialize(fault.patches), fault.today);

    // What the fixture says it plants: caught where and as it says, or (negative fixtures) nothing at all.
    if (fault.passes) {
      expect(fault.catches).toBeUndefined();
      expect(problems.map(plain)).toEqual([]);
    } else {
      expect(fault.catches, `${name}.json needs "catches" (or "passes": true)`).toBeDefined();
      const { message, ...where } = fault.catches!;
      const found = problems.filter(
        (p) => p.file === where.file && p.id === where.id && p.field === where.field && p.message.includes(message),
      );
      expect(
        found,
        `expected a problem like ${JSON.stringify(fault.catches)}, got ${JSON.stringify(problems, null, 2)}`,
      ).toHaveLength(1);
      // Every problem names its file; every problem of a parsed file names its id and field.
      for (const p of problems) expect(p.file).toMatch(/^data\/(incidents|sources)\/[^/]+\.(json|txt)$/);
    }

    // The golden file: every problem, in order.
    const file = expectedPath(name);
    if (REGEN) {
      const out: Expected = { problems: problems.map(plain) };
      fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
    }
    expect(
      fs.existsSync(file),
      `${path.relative(process.cwd(), file)} is missing: run with REGEN=1 and review it`,
    ).toBe(true);
    const expected = (JSON.parse(fs.readFileSync(file, 'utf8')) as Expected).problems;
    expect(alignMessages(problems, expected)).toEqual(expected);
  });
});
