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
  return normalizeQuotes(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/**
 * The words of `text` for search: folded, split on anything that is not a
 * letter or digit. A query matches when each of its words begins a word of
 * the text ("sagr" finds "Sagrado"; "ice" does not find "police").
 *
 * @example
 * searchWords('“Black SUV”, near 100 Montgomery St.') // ['black', 'suv', 'near', '100', 'montgomery', 'st']
 */
export function searchWords(text: string): string[] {
  return foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
