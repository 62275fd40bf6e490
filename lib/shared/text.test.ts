/**
 * searchWords' fast paths (ASCII text; non-ASCII text a space-separated piece
 * at a time) against the definition they replace: fold the whole text, then
 * split it on anything that is not a letter or digit.
 */
import { describe, expect, it } from 'vitest';
import { foldForSearch, searchWords } from './text';

const reference = (text: string) =>
  foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * Characters where folding could differ: every ASCII character, spaces of
 * other kinds (no-break, BOM, which JavaScript counts as white space and
 * Unicode as case-ignorable), typographic quotes, combining marks,
 * precomposed letters, Greek capital sigma (lowercased by context: σ or
 * final ς), dotted capital I, ß, digits and numbers outside ASCII,
 * titlecase, an astral letter and an emoji.
 */
const SPECIAL = [
  '\u00a0',
  '\ufeff',
  '\u2009',
  '\u3000',
  '\u2028',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '„',
  '′',
  '″',
  '\u0301',
  '\u0308',
  '\u0327',
  '\u20dd',
  'é',
  'É',
  'ñ',
  'Ñ',
  'ü',
  'ç',
  'Å',
  'Ω',
  'ſ',
  'Σ',
  'σ',
  'ς',
  'Α',
  'Ο',
  'İ',
  'ı',
  'ß',
  'ǅ',
  'Ⅻ',
  '٣',
  '½',
  '²',
  '𝐀',
  '😀',
  '·',
  '\u00ad',
];
const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

function text(next: () => number, alphabet: readonly string[], length: number): string {
  let s = '';
  for (let k = 0; k < length; k++) {
    // Spaces and letters often, so that words and pieces form.
    const r = next();
    s += r < 0.15 ? ' ' : r < 0.45 ? 'aZs'[Math.floor(next() * 3)] : alphabet[Math.floor(next() * alphabet.length)];
  }
  return s;
}

describe('searchWords', () => {
  it('gives the words of folding the whole text, for ASCII text (the fast path)', () => {
    const next = random(1);
    for (let n = 0; n < 5_000; n++) {
      const s = text(next, ASCII, Math.floor(next() * 40));
      expect(searchWords(s), JSON.stringify(s)).toEqual(reference(s));
    }
  });

  it('gives the words of folding the whole text, for any text folded a space-separated piece at a time', () => {
    const next = random(2);
    const alphabet = [...ASCII, ...SPECIAL, ...SPECIAL, ...SPECIAL];
    for (let n = 0; n < 20_000; n++) {
      const s = text(next, alphabet, Math.floor(next() * 40));
      expect(searchWords(s), JSON.stringify(s)).toEqual(reference(s));
    }
  });

  it('gives the words of texts joined by a newline as the words of each, in turn (the word index folds each text apart)', () => {
    const next = random(3);
    const alphabet = [...ASCII, ...SPECIAL];
    for (let n = 0; n < 5_000; n++) {
      const a = text(next, alphabet, Math.floor(next() * 20));
      const b = text(next, alphabet, Math.floor(next() * 20));
      expect(reference(`${a}\n${b}`), JSON.stringify([a, b])).toEqual([...searchWords(a), ...searchWords(b)]);
    }
    expect(reference('ΟΔΟΣ\nΑ')).toEqual([...searchWords('ΟΔΟΣ'), ...searchWords('Α')]);
  });

  it('keeps the cases a piece at a time could get wrong', () => {
    for (const s of [
      'ΟΔΟΣ Α',
      'ΟΔΟΣ\u00a0Α',
      'ΟΔΟΣ\ufeffΑ',
      "ΟΔΟΣ'Α",
      'ΟΔΟΣ \ufeffΑ',
      'Α Σ', // final sigma across each kind of space
      'e \u0301x',
      'e\u0301 x',
      '\u0301',
      ' ',
      '',
      '  ', // marks beside a space
      '“José”  ‘Sagrado’',
      'Diócesis de SAN BERNARDINO',
      'İstanbul ǅemal ßtraße',
      '½ ² ٣ Ⅻ 𝐀😀',
    ]) {
      expect(searchWords(s), JSON.stringify(s)).toEqual(reference(s));
    }
  });

  it('folds case, accents and quotes', () => {
    expect(searchWords('“Black SUV”, near 100 Montgomery St.')).toEqual([
      'black',
      'suv',
      'near',
      '100',
      'montgomery',
      'st',
    ]);
    expect(searchWords('José’s Diócesis')).toEqual(['jose', 's', 'diocesis']);
    expect(searchWords('!!! ,,, ')).toEqual([]);
  });
});
