/**
 * What the 404 page says, in `locale`: there is nothing here, the way to the
 * map, and a search (a plain GET form to the map's `?q=`, so it works
 * without JavaScript).
 */
import { t, type Locale } from '@/lib/shared/i18n';
import { localePath } from '@/lib/shared/i18n/paths';
import { SiteHeader } from './SiteHeader';
import { SiteFooter } from './SiteFooter';
import site from './site.module.css';

export function NotFoundView({ locale }: { locale: Locale }) {
  const home = localePath(locale, '/');
  return (
    <>
      <SiteHeader locale={locale} />
      <main className={site.page} data-not-found="">
        <h1>{t(locale, 'notFound.title')}</h1>
        <p>{t(locale, 'notFound.body')}</p>
        <p>
          <a href={home}>{t(locale, 'notFound.map')}</a>
        </p>
        <form action={home} method="get" role="search" className={site.search}>
          <label htmlFor="not-found-q">{t(locale, 'notFound.searchLabel')}</label>
          <input id="not-found-q" name="q" type="search" maxLength={200} />
          <button type="submit">{t(locale, 'notFound.searchButton')}</button>
        </form>
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
