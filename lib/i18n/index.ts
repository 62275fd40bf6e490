/**
 * Message catalogues and the one function that reads them. Pure: usable on
 * the server and in client components.
 */
import { en, type MessageKey } from './en';
import { es } from './es';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Catalogue = { [K in MessageKey]: (typeof en)[K] extends string ? string : Plural };

export const catalogues: Record<Locale, Catalogue> = { en, es };

function fill(template: string, vars: Record<string, string | number>, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    return typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : (v ?? `{${name}}`);
  });
}

/**
 * The message `key` in `locale`, with placeholders filled. A plural message
 * picks its form from `vars.count`.
 *
 * @example
 * t('es', 'popup.sources', { count: 3 }) // '3 fuentes'
 */
export function t(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const message = catalogues[locale][key] as string | Plural;
  if (typeof message === 'string') return fill(message, vars, locale);
  const form = new Intl.PluralRules(locale).select(Number(vars.count ?? 0));
  return fill(message[form] ?? message.other, vars, locale);
}

/** A translator bound to one locale, for components. */
export function translator(locale: Locale) {
  return (key: MessageKey, vars?: Record<string, string | number>) => t(locale, key, vars);
}

/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) at its precision, in the locale. */
export function formatDate(locale: Locale, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const value = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    date.length === 10 ? { year: 'numeric', month: 'long', day: 'numeric' } : date.length === 7 ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(value);
}

/** A language's name in `locale`: languageName('es', 'en') is "inglés". */
export function languageName(locale: Locale, code: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
}
