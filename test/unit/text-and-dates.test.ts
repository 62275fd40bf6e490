import { describe, expect, it } from 'vitest';
import { foldForSearch, normalizeQuotes } from '@/lib/shared/text';
import { isCalendarDate, idSchema } from '@/lib/shared/schema';

describe('normalizeQuotes', () => {
  it('folds typographic double quotes, guillemets and primes to "', () => {
    expect(normalizeQuotes('“Let him go,” he said')).toBe('"Let him go," he said');
    expect(normalizeQuotes('„a‟ «b» c″')).toBe('"a" "b" c"');
  });

  it("folds typographic single quotes and apostrophes to '", () => {
    expect(normalizeQuotes('You don’t ‘even’ ‚x‛ 5′')).toBe("You don't 'even' 'x' 5'");
  });

  it('collapses runs of white space, newlines included, and trims', () => {
    expect(normalizeQuotes('  one \n\t two   three\u00a0four \n')).toBe('one two three four');
  });

  it('changes nothing else: letters, accents, dashes and case stay', () => {
    const s = 'Diócesis — ICE-agents: 30-year-old, "Mass".';
    expect(normalizeQuotes(s)).toBe(s);
  });

  it('is idempotent', () => {
    const once = normalizeQuotes(' “a”  ‘b’ ');
    expect(normalizeQuotes(once)).toBe(once);
  });
});

describe('foldForSearch', () => {
  it('lowercases and drops diacritics', () => {
    expect(foldForSearch('Diócesis de SAN BERNARDINO')).toBe('diocesis de san bernardino');
    expect(foldForSearch('niño, Señor, über, façade')).toBe('nino, senor, uber, facade');
  });

  it('folds quotes and white space like normalizeQuotes', () => {
    expect(foldForSearch('“Targeted”\n  Operation’s')).toBe('"targeted" operation\'s');
  });

  it('makes accented and plain spellings equal', () => {
    expect(foldForSearch('quirúrgico')).toBe(foldForSearch('QUIRURGICO'));
  });
});

describe('isCalendarDate', () => {
  it('accepts real days, months and years', () => {
    for (const d of ['2025-07-08', '2025-12-31', '2025-01-01', '2025-07', '2025', '2025-02-28'])
      expect(isCalendarDate(d), d).toBe(true);
  });

  it('knows leap years: 2024-02-29 and 2000-02-29 exist, 2025-02-29 and 1900-02-29 do not', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
  });

  it('reads years 0–99 as themselves, not as 1900–1999 (found by test/http/properties.test.ts)', () => {
    expect(isCalendarDate('0000-02-29')).toBe(true);
    expect(isCalendarDate('0096-02-29')).toBe(true);
    expect(isCalendarDate('0100-02-29')).toBe(false);
    expect(isCalendarDate('0001-02-29')).toBe(false);
  });

  it('rejects days and months that do not exist', () => {
    for (const d of ['2025-02-30', '2025-04-31', '2025-13-01', '2025-00-10', '2025-07-00', '2025-00', '2025-13'])
      expect(isCalendarDate(d), d).toBe(false);
  });

  it('rejects other formats', () => {
    for (const d of ['2025-7-8', '08/07/2025', '2025-07-08T00:00:00Z', '', '25-07-08', ' 2025-07-08'])
      expect(isCalendarDate(d), d).toBe(false);
  });
});

describe('idSchema', () => {
  it('accepts lowercase words joined by single hyphens', () => {
    expect(idSchema.safeParse('ontario-surgery-center-2025-07-08').success).toBe(true);
  });

  it('rejects ids that are not URL-safe', () => {
    for (const id of ['Ontario', 'a b', 'a/b', 'a--b', '-a', 'a-', 'a_b', 'é', '', 'a.b'])
      expect(idSchema.safeParse(id).success, id).toBe(false);
  });
});
