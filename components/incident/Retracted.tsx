/** What a retracted incident's address shows (with status 410): that it was retracted, when and why. */
import { formatDate, t, type Locale } from '@/lib/i18n';
import type { Retraction } from '@/lib/check/ids';

export function Retracted({ locale, retraction }: { locale: Locale; retraction: Retraction }) {
  return (
    <article data-retracted={retraction.id}>
      <h1>{t(locale, 'retracted.title')}</h1>
      <p>{t(locale, 'retracted.body', { id: retraction.id, date: formatDate(locale, retraction.date) })}</p>
      <p>{t(locale, 'retracted.reason', { reason: retraction.reason })}</p>
      <p>{t(locale, 'retracted.keep')}</p>
      <p>
        <a href="/">{t(locale, 'notFound.map')}</a>
      </p>
    </article>
  );
}
