/**
 * Both message catalogues and t(), for the server (pages, metadata, feeds,
 * share images). Client components translate through the catalogue their
 * layout hands them (components/i18n/locale.tsx): importing this module in
 * the browser would ship both languages.
 */
import { en, type MessageKey } from './en';
import { es } from './es';
import { translate, type Catalogue, type I18n, type Locale, type Vars } from './translate';

export { LOCALES, formatDate, languageName, type Catalogue, type I18n, type Locale } from './translate';

export const catalogues: Record<Locale, Catalogue> = { en, es };

/**
 * The message `key` in `locale`, with placeholders filled. A plural message
 * picks its form from `vars.count`.
 *
 * @example
 * t('es', 'popup.sources', { count: 3 }) // '3 fuentes'
 */
export function t(locale: Locale, key: MessageKey, vars: Vars = {}): string {
  return translate(catalogues[locale], locale, key, vars);
}

/** `locale` and its translator, for pure modules that take an I18n (lib/shared/citation.ts). */
export function i18n(locale: Locale): I18n {
  return { locale, t: (key, vars) => t(locale, key, vars) };
}

/** The words of the one-time offer of the Spanish edition (components/i18n/LanguageOffer.tsx), in Spanish. */
export function offerText() {
  return {
    label: t('es', 'site.languageLabel'),
    offer: t('es', 'lang.offer'),
    accept: t('es', 'lang.offerAccept'),
    dismiss: t('es', 'lang.offerDismiss'),
  };
}
