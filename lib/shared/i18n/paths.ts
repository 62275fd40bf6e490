/**
 * Where each language lives: English at the root, so links published before
 * Spanish existed never change, and Spanish under `/es`. Pure and
 * client-safe: the proxy, the pages and the language switcher share it.
 *
 * @example
 * localePath('es', '/incidents/x') // '/es/incidents/x'
 * splitLocale('/es/about')         // { locale: 'es', path: '/about' }
 */
import { LOCALES, type Locale } from './translate';

export const DEFAULT_LOCALE: Locale = 'en';

/** The prefix of a locale's pages: '' for English, '/es' for Spanish. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** `path` (starting with '/', optionally with a query) in `locale`'s edition. */
export function localePath(locale: Locale, path: string): string {
  const prefix = localePrefix(locale);
  if (!prefix) return path;
  return path === '/' ? prefix : path.startsWith('/?') ? `${prefix}${path.slice(1)}` : `${prefix}${path}`;
}

/** The locale a public path belongs to, and the path without its prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    const prefix = localePrefix(locale);
    if (!prefix) continue;
    if (pathname === prefix) return { locale, path: '/' };
    if (pathname.startsWith(`${prefix}/`)) return { locale, path: pathname.slice(prefix.length) };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The other edition (two languages: the switcher offers the one not shown). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'es' : 'en';
}
