/**
 * Text for the share image, limited to glyphs of the font next/og bundles
 * (Geist Regular: Latin, Latin-1 and common punctuation). A glyph missing
 * from the font would make next/og fetch a fallback font from Google Fonts,
 * and the app makes no network requests: other letters lose their accents
 * (NFKD) or become "?".
 */

import 'server-only';

const PUNCTUATION = new Set('‘’“”–—…•·′″←→−€'.split(''));

function drawable(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff && c !== 0xad) || PUNCTUATION.has(ch);
}

/**
 * `text` with every character the bundled font can draw.
 *
 * @example
 * imageText('Nuñez – “São Tomé” ☂') // 'Nuñez – “São Tomé” ?'
 */
export function imageText(text: string): string {
  let out = '';
  // Soft hyphens and zero-width characters draw nothing: drop them.
  for (const ch of text.replace(/[\u00ad\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ')) {
    if (drawable(ch)) {
      out += ch;
      continue;
    }
    const plain = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    out += [...plain].every(drawable) && plain ? plain : '?';
  }
  return out;
}
