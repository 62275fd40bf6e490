/**
 * The 404 for addresses that reach no edition (app/[lang] answers the
 * others in their language): a whole document of its own, since the root
 * layout draws none. In English, the edition at the root, with the way to
 * the Spanish one.
 */
import type { Metadata } from 'next';
import { t } from '@/lib/shared/i18n';
import site from '@/components/site/site.module.css';

export const metadata: Metadata = {
  title: `${t('en', 'notFound.title')} · ${t('en', 'site.name')}`,
  robots: { index: false },
};

/* eslint-disable @next/next/no-html-link-for-pages -- this page is its own document, outside the [lang] root layout: the map is a full page load, as <a> makes it */
export default function RootNotFound() {
  return (
    <html lang="en">
      <body>
        <main className={site.page}>
          <h1>{t('en', 'notFound.title')}</h1>
          <p>{t('en', 'notFound.body')}</p>
          <p>
            <a href="/">{t('en', 'notFound.map')}</a> ·{' '}
            <a href="/es" hrefLang="es" lang="es">
              {t('es', 'notFound.map')}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
