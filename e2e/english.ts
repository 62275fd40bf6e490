/**
 * Finds English sentences in text meant to be Spanish (issue 22): a sentence
 * is English when it holds at least two distinct English function words and
 * more of them than Spanish ones. Proper names ("Our Lady of Lourdes",
 * "Inland Coalition for Immigrant Justice") hold one at most, or sit in
 * Spanish sentences that outweigh them. Pure: shared by the browser walk
 * (e2e/spanish-record.spec.ts), the HTTP tests and its unit test.
 */

/** Words that are English and never Spanish ("a", "no", "he", "has", "once" are both, so left out). */
const ENGLISH = new Set(
  'the of and in as to is was were that with same from for by this are have had his her their they which who said says after about not it its an be been at on or into than there what when where will would could should our your you we before other only also more them these those here over under near off'.split(
    ' ',
  ),
);
/** Spanish function words, the weight on the other side. */
const SPANISH = new Set(
  'el la los las de del y en que un una unos unas por con para se su sus al es lo le les como pero más fue son está están según sobre entre hasta desde sin ni o ya muy'.split(
    ' ',
  ),
);

/** The sentences of `text` that read as English. */
export function englishSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;:])\s+|\n+/)
    .map((s) => s.trim())
    .filter((sentence) => {
      // A URL's words ("/incidents/our-lady-of-lourdes…") are an address, not a sentence.
      const words =
        sentence
          .replace(/\S+:\/\/\S+/g, ' ')
          .toLowerCase()
          .match(/\p{L}+/gu) ?? [];
      const english = new Set(words.filter((w) => ENGLISH.has(w)));
      const spanish = words.filter((w) => SPANISH.has(w)).length;
      return english.size >= 2 && english.size > spanish;
    });
}

/**
 * What a page may keep in English, as markup says: verbatim quotes
 * (<blockquote>), and titles of sources and proper names (data-original).
 * Code, scripts and styles are not prose.
 */
export const KEPT_ORIGINAL = 'blockquote, [data-original], script, style, noscript, code, pre, textarea, template, svg';
