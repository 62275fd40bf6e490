/**
 * The document of every page in one language: `<html lang>`, the default
 * title and description, and the locale for client components (the 404 and
 * error pages read it: Next gives them no params). English is served here
 * through proxy.ts's internal rewrite to /en; Spanish is /es.
 */
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { LOCALES, catalogues, t } from '@/lib/shared/i18n';
import { isLocale, localePath } from '@/lib/shared/i18n/paths';
import { LocaleProvider } from '@/components/i18n/locale';
import { OfflineSupport } from '@/components/offline/OfflineSupport';

type Params = { params: Promise<{ lang: string }> };

export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  return {
    title: { default: t(lang, 'site.title'), template: `%s · ${t(lang, 'site.name')}` },
    description: t(lang, 'site.description'),
    // Each edition installs as itself (app/[lang]/manifest.webmanifest); the icons are public/'s (scripts/build-icons.tsx).
    manifest: localePath(lang, '/manifest.webmanifest'),
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
        { url: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      ],
      apple: '/icons/apple-touch-icon.png',
    },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b5cad' };

// No `dynamicParams = false` here: it would also hold for the incident pages below, and those of a
// DATA_DIR dataset (or a retracted id) are rendered on demand. proxy.ts sends only en and es here.
export default async function LangLayout({ children, params }: { children: React.ReactNode } & Params) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <html lang={lang}>
      <body>
        <LocaleProvider locale={lang} messages={catalogues[lang]}>
          {children}
        </LocaleProvider>
        <OfflineSupport />
      </body>
    </html>
  );
}
