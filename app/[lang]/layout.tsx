/**
 * The document of every page in one language: `<html lang>`, the default
 * title and description, and the locale for client components (the 404 and
 * error pages read it: Next gives them no params). English is served here
 * through proxy.ts's internal rewrite to /en; Spanish is /es.
 */
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { LOCALES, t } from '@/lib/i18n';
import { isLocale } from '@/lib/i18n/paths';
import { LocaleProvider } from '@/components/i18n/locale';

type Params = { params: Promise<{ lang: string }> };

// Only the two editions exist; any other first segment is an English path (the proxy sees to it) or nothing.
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  return {
    title: { default: t(lang, 'site.title'), template: `%s · ${t(lang, 'site.name')}` },
    description: t(lang, 'site.description'),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function LangLayout({ children, params }: { children: React.ReactNode } & Params) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <html lang={lang}>
      <body>
        <LocaleProvider locale={lang}>{children}</LocaleProvider>
      </body>
    </html>
  );
}
