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
