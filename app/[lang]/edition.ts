/**
 * The language of a page under app/[lang] from its params: `en` (reached
 * through proxy.ts's rewrite) or `es`; anything else is not a page.
 */
import { notFound } from 'next/navigation';
import type { Locale } from '@/lib/shared/i18n';
import { isLocale } from '@/lib/shared/i18n/paths';

export async function editionOf(params: Promise<{ lang: string }>): Promise<Locale> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return lang;
}
