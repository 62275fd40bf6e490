'use client';
/**
 * The 404 of a page that calls notFound() (an edition's layout or page
 * given a value it does not know). Addresses no page answers are sent by
 * proxy.ts to app/[lang]/[...rest] instead, with status 404. A client
 * component only to read the language from the layout: Next gives a
 * not-found page no params.
 */
import { useLocale } from '@/components/i18n/locale';
import { t } from '@/lib/i18n';
import { NotFoundView } from '@/components/site/NotFoundView';

export default function NotFound() {
  const locale = useLocale();
  return (
    <>
      <title>{`${t(locale, 'notFound.title')} · ${t(locale, 'site.name')}`}</title>
      <meta name="robots" content="noindex" />
      <NotFoundView locale={locale} />
    </>
  );
}
