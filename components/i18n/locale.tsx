'use client';
/**
 * The interface language for client components: a context holding the
 * locale and its catalogue (handed over by app/[lang]/layout.tsx, so the
 * browser never downloads the other language), and a hook that returns the
 * bound translator.
 */
import { createContext, useContext, useMemo } from 'react';
import type { MessageKey } from '@/lib/shared/i18n/en';
import { isLocale } from '@/lib/shared/i18n/paths';
import {
  formatDate,
  translate,
  warmFormatters,
  type Catalogue,
  type Locale,
  type Vars,
} from '@/lib/shared/i18n/translate';

// Scheduled as the page's scripts run, so that it runs before React renders what needs it.
if (typeof window !== 'undefined') {
  setTimeout(() => {
    const lang = document.documentElement.lang;
    if (isLocale(lang)) warmFormatters(lang);
  }, 0);
}

const LocaleContext = createContext<{ locale: Locale; messages?: Catalogue }>({ locale: 'en' });

export function LocaleProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Catalogue;
  children: React.ReactNode;
}) {
  const value = useMemo(() => ({ locale, messages }), [locale, messages]);
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}

/** `t(key, vars)` and `date(iso)` in the current locale. */
export function useT() {
  const { locale, messages } = useContext(LocaleContext);
  return useMemo(() => {
    if (!messages) throw new Error('useT() outside a LocaleProvider: the page has no catalogue');
    return {
      locale,
      t: (key: MessageKey, vars?: Vars) => translate(messages, locale, key, vars),
      date: (iso: string) => formatDate(locale, iso),
    };
  }, [locale, messages]);
}
