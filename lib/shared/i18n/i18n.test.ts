import { describe, expect, it } from 'vitest';
import { catalogues, t, languageName } from './index';
import { localePath, splitLocale, otherLocale } from './paths';
import { incidentText, dataLang } from './content';

const placeholders = (message: unknown): string[] =>
  [
    ...new Set(
      Object.values(typeof message === 'string' ? { other: message } : (message as object)).flatMap(
        (m: string) => m.match(/\{\w+\}/g) ?? [],
      ),
    ),
  ].sort();

describe('message catalogues', () => {
  const en = catalogues.en as Record<string, unknown>;
  const es = catalogues.es as Record<string, unknown>;

  it('have the same keys, both ways', () => {
    expect(Object.keys(es).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in es))).toEqual([]);
  });

  it('give every message the same placeholders and the same shape (text or plural) in both languages', () => {
    const mismatched = Object.keys(en).filter(
      (k) => typeof en[k] !== typeof es[k] || placeholders(en[k]).join() !== placeholders(es[k]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('leave no message empty', () => {
    for (const [lang, cat] of Object.entries({ en, es })) {
      const empty = Object.entries(cat).filter(([, m]) =>
        typeof m === 'string' ? !m.trim() : !(m as { other?: string }).other?.trim(),
      );
      expect(empty.map(([k]) => `${lang}:${k}`)).toEqual([]);
    }
  });

  it('count in the locale, with its plural forms', () => {
    expect(t('es', 'popup.sources', { count: 1 })).toMatch(/^1 fuente\b/);
    expect(t('es', 'popup.sources', { count: 3 })).toMatch(/^3 fuentes\b/);
    expect(t('en', 'popup.sources', { count: 1 })).toMatch(/^1 source\b/);
  });

  it('name a language in the page language', () => {
    expect(languageName('es', 'en')).toBe('inglés');
    expect(t('es', 'excerpt.original', { language: languageName('es', 'en') })).toBe('Cita original en inglés');
  });
});

describe('edition paths', () => {
  it('keep English at the root and put Spanish under /es', () => {
    expect(localePath('en', '/incidents/x')).toBe('/incidents/x');
    expect(localePath('es', '/incidents/x')).toBe('/es/incidents/x');
    expect(localePath('es', '/')).toBe('/es');
    expect(localePath('es', '/?incident=x&q=a')).toBe('/es?incident=x&q=a');
    expect(localePath('es', '/about#api')).toBe('/es/about#api');
  });

  it('read the edition back from a path', () => {
    expect(splitLocale('/es')).toEqual({ locale: 'es', path: '/' });
    expect(splitLocale('/es/incidents/x')).toEqual({ locale: 'es', path: '/incidents/x' });
    expect(splitLocale('/incidents/x')).toEqual({ locale: 'en', path: '/incidents/x' });
    // Not a prefix: a path that merely starts with the letters.
    expect(splitLocale('/espanol')).toEqual({ locale: 'en', path: '/espanol' });
  });

  it('round-trip every path through both editions', () => {
    for (const path of ['/', '/about', '/embed', '/incidents/a-b-1', '/embed/incidents/a']) {
      for (const locale of ['en', 'es'] as const)
        expect(splitLocale(localePath(locale, path))).toEqual({ locale, path });
    }
    expect(otherLocale('en')).toBe('es');
    expect(otherLocale('es')).toBe('en');
  });
});

describe('incident text', () => {
  const p = { title: 'T', summary: 'S', es: { title: 'Tes', summary: 'Ses' } };
  it('is the Spanish translation on Spanish pages, the original elsewhere', () => {
    expect(incidentText(p, 'es')).toEqual({ title: 'Tes', summary: 'Ses' });
    expect(incidentText(p, 'en')).toEqual({ title: 'T', summary: 'S' });
  });
  it('marks the dataset’s English prose only where the page is not English', () => {
    expect(dataLang('es')).toBe('en');
    expect(dataLang('en')).toBeUndefined();
  });
});
