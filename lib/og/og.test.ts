import { describe, expect, it } from 'vitest';
import { imageText } from './text';
import { shorten } from './metadata';

describe('imageText', () => {
  it('keeps what the bundled font draws and replaces the rest, so next/og never fetches a font', () => {
    expect(imageText('Nuñez – “São Tomé”')).toBe('Nuñez – “São Tomé”');
    expect(imageText('Łódź ☂ 東京')).toBe('?ódz ? ??');
    expect(imageText('a\n  b\u00ad\u200b')).toBe('a b');
  });
});

describe('shorten', () => {
  it('cuts at a word boundary with an ellipsis, only when needed', () => {
    expect(shorten('short', 200)).toBe('short');
    expect(shorten('ICE officers pursued a landscaper into a clinic', 20)).toBe('ICE officers…');
  });
});
