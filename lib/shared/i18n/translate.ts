/**
 * Reading a message catalogue: placeholders, plural forms, dates and
 * language names in a locale. Pure, and free of the catalogues themselves:
 * the browser gets only its page's catalogue (from the layout, through
 * components/i18n/locale.tsx), never both languages' bundled as code.
 */
import type { MessageKey, en } from './en';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Catalogue = { [K in MessageKey]: (typeof en)[K] extends string ? string : Plural };
export type Vars = Record<string, string | number>;
/** A locale with its bound translator: what useT() gives a component, and i18n() the server. */
export interface I18n {
  locale: Locale;
  t: (key: MessageKey, vars?: Vars) => string;
}

/**
 * One formatter per locale (and kind), made on first use: the map titles
 * every marker and the list dates every row with each answer of the API, and
 * building a new Intl object for each made about 200 ms of long tasks in
 * benchmark 3's profile (docs/PERFORMANCE.md, section 3).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}
const numbers = (locale: Locale) => cached(`number:${locale}`, () => new Intl.NumberFormat(locale));
const plurals = (locale: Locale) => cached(`plural:${locale}`, () => new Intl.PluralRules(locale));

/**
 * Makes the locale's number formatter ahead of need. The first Intl object a
 * page makes sets up Chromium's locale data, 35–60 ms whichever kind it is
 * (then a few ms each): the map calls this in a task of its own so that the
 * cost does not land inside React's first render (components/i18n/locale.tsx).
 */
export function warmFormatters(locale: Locale): void {
  numbers(locale);
}

function fill(template: string, vars: Vars, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    return typeof v === 'number' ? numbers(locale).format(v) : (v ?? `{${name}}`);
  });
}

/**
 * The message `key` of `messages` (the catalogue of `locale`), placeholders
 * filled. A plural message picks its form from `vars.count`.
 */
export function translate(messages: Catalogue, locale: Locale, key: MessageKey, vars: Vars = {}): string {
  const message = messages[key] as string | Plural;
  if (typeof message === 'string') return fill(message, vars, locale);
  const form = plurals(locale).select(Number(vars.count ?? 0));
  return fill(message[form] ?? message.other, vars, locale);
}

/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) at its precision, in the locale. */
export function formatDate(locale: Locale, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const value = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    date.length === 10
      ? { year: 'numeric', month: 'long', day: 'numeric' }
      : date.length === 7
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' };
  return cached(
    `date:${locale}:${date.length}`,
    () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }),
  ).format(value);
}

/** A language's name in `locale`: languageName('es', 'en') is "inglés". */
export function languageName(locale: Locale, code: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
}
