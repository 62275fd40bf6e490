/**
 * Text normalisation shared by the excerpt check and the search filter.
 */

/**
 * Folds what may differ between an excerpt and its archived text: typographic
 * vs straight quotes and apostrophes, and runs of white space. Nothing else.
 *
 * @example
 * normalizeQuotes('“Let him go,”  he said') // '"Let him go," he said'
 */
export function normalizeQuotes(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lowercase, without diacritics, quotes folded: for case- and accent-insensitive search. */
export function foldForSearch(text: string): string {
  return normalizeQuotes(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const NOT_WORD = /[^\p{L}\p{N}]+/u;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * The words of ASCII text, as the general path would give them: ASCII has no
 * typographic quotes and nothing for NFD to decompose or strip, and its only
 * letters and digits are a-z, A-Z and 0-9 (proved against the general path in
 * lib/shared/text.test.ts). Several times faster than the Unicode path.
 */
function asciiWords(text: string): string[] {
  const words = text.toLowerCase().split(/[^a-z0-9]+/);
  // Only the ends can be empty (separators at the start or the end).
  if (words[words.length - 1] === '') words.pop();
  if (words[0] === '') words.shift();
  return words;
}

/** The general path: fold the whole text, then split it. */
function foldedWords(text: string): string[] {
  return foldForSearch(text).split(NOT_WORD).filter(Boolean);
}

/**
 * The words of `text` for search: folded, split on anything that is not a
 * letter or digit. A query matches when each of its words begins a word of
 * the text ("sagr" finds "Sagrado"; "ice" does not find "police").
 *
 * Text that is not all ASCII is folded a space-separated piece at a time, so
 * that its ASCII pieces take the fast path: a space (U+0020) cuts nothing the
 * folding joins. It is a separator after folding, a starter that NFD never
 * reorders marks across, and not case-ignorable, so the one context-sensitive
 * lowercasing (a final sigma) reads the same either side of it.
 *
 * @example
 * searchWords('“Black SUV”, near 100 Montgomery St.') // ['black', 'suv', 'near', '100', 'montgomery', 'st']
 */
export function searchWords(text: string): string[] {
  if (ASCII.test(text)) return asciiWords(text);
  const words: string[] = [];
  for (const piece of text.split(' ')) words.push(...(ASCII.test(piece) ? asciiWords(piece) : foldedWords(piece)));
  return words;
}
