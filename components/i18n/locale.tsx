'use client';
/**
 * The interface language for client components: a context holding the
 * locale, and a hook that returns the bound translator.
 */
import { createContext, useContext, useMemo } from 'react';
import { formatDate, translator, type Locale } from '@/lib/i18n';

const LocaleContext = createContext<Locale>('en');

export function LocaleProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** `t(key, vars)` and `date(iso)` in the current locale. */
export function useT() {
  const locale = useContext(LocaleContext);
  return useMemo(() => ({ locale, t: translator(locale), date: (iso: string) => formatDate(locale, iso) }), [locale]);
}
