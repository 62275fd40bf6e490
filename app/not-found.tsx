/**
 * The 404 page (status 404): for unknown URLs and for incident ids that never
 * existed. Offers the map and a search, a plain GET form to `/?q=`.
 */
import type { Metadata } from 'next';
import { t, type Locale } from '@/lib/i18n';
import { SiteHeader } from '@/components/site/SiteHeader';
import { SiteFooter } from '@/components/site/SiteFooter';
import site from '@/components/site/site.module.css';

const locale: Locale = 'en';

export const metadata: Metadata = { title: t(locale, 'notFound.title'), robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <SiteHeader locale={locale} />
      <main className={site.page}>
        <h1>{t(locale, 'notFound.title')}</h1>
        <p>{t(locale, 'notFound.body')}</p>
        <p>
          <a href="/">{t(locale, 'notFound.map')}</a>
        </p>
        <form action="/" method="get" role="search" className={site.search}>
          <label htmlFor="not-found-q">{t(locale, 'notFound.searchLabel')}</label>
          <input id="not-found-q" name="q" type="search" maxLength={200} />
          <button type="submit">{t(locale, 'notFound.searchButton')}</button>
        </form>
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
