/**
 * A page's addresses in every edition, for its metadata: the canonical URL
 * in its own language and the hreflang alternates (x-default is English,
 * the edition at the root).
 */
import 'server-only';
import type { Metadata } from 'next';
import { siteUrl } from '../config';
import { LOCALES, type Locale } from '../shared/i18n/translate';
import { DEFAULT_LOCALE, localePath } from '../shared/i18n/paths';

/** `path` is the unprefixed path, e.g. "/incidents/x" or "/". */
export function editionAlternates(locale: Locale, path: string): NonNullable<Metadata['alternates']> {
  const site = siteUrl();
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [l, site + localePath(l, path)]));
  languages['x-default'] = site + localePath(DEFAULT_LOCALE, path);
  return { canonical: site + localePath(locale, path), languages };
}
