'use client';
/**
 * The 404 of a page that calls notFound() (an edition's layout or page
 * given a value it does not know). Addresses no page answers are sent by
 * proxy.ts to app/[lang]/[...rest] instead, which draws the whole 404 page
 * with status 404. A client component only to read the language from the
 * layout (Next gives a not-found page no params), and small: every page of
 * the edition loads it.
 */
import { useT } from '@/components/i18n/locale';
import { localePath } from '@/lib/shared/i18n/paths';
import site from '@/components/site/site.module.css';

export default function NotFound() {
  const { t, locale } = useT();
  return (
    <main className={site.page}>
      <title>{`${t('notFound.title')} · ${t('site.name')}`}</title>
      <meta name="robots" content="noindex" />
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a href={localePath(locale, '/')}>{t('notFound.map')}</a>
      </p>
    </main>
  );
}
