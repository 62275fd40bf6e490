import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';
import { formatDate, translate, type Catalogue } from './translate';

describe('formatDate', () => {
  it('keeps each precision and each locale apart (formatters are reused)', () => {
    // Alternating, so a formatter kept for one call would show in the next.
    expect(formatDate('en', '2025-07-08')).toBe('July 8, 2025');
    expect(formatDate('es', '2025-07-08')).toBe('8 de julio de 2025');
    expect(formatDate('en', '2025-07')).toBe('July 2025');
    expect(formatDate('en', '2025')).toBe('2025');
    expect(formatDate('es', '2025-07')).toBe('julio de 2025');
    expect(formatDate('en', '2025-07-09')).toBe('July 9, 2025');
  });
});

describe('translate', () => {
  it('formats numbers and plural forms in the locale asked, call after call', () => {
    expect(translate(es as Catalogue, 'es', 'popup.sources', { count: 12000 })).toMatch(/^12\.000 fuentes\b/);
    expect(translate(en as Catalogue, 'en', 'popup.sources', { count: 1200 })).toMatch(/^1,200 sources\b/);
    expect(translate(en as Catalogue, 'en', 'popup.sources', { count: 1 })).toMatch(/^1 source\b/);
  });
});
