/** What a retracted incident's address shows (with status 410): that it was retracted, when and why. */
import { formatDate, t, type Locale } from '@/lib/shared/i18n';
import { prose } from '@/lib/shared/i18n/content';
import { Rich } from '../site/Rich';
import { localePath } from '@/lib/shared/i18n/paths';
import type { Retraction } from '@/lib/shared/schema';

export function Retracted({ locale, retraction }: { locale: Locale; retraction: Retraction }) {
  return (
    <article data-retracted={retraction.id}>
      <h1>{t(locale, 'retracted.title')}</h1>
      <p>{t(locale, 'retracted.body', { id: retraction.id, date: formatDate(locale, retraction.date) })}</p>
      <p>
        <Rich
          text={t(locale, 'retracted.reason')}
          nodes={{ reason: <span>{prose(retraction.reason, locale)}</span> }}
        />
      </p>
      <p>{t(locale, 'retracted.keep')}</p>
      <p>
        <a href={localePath(locale, '/')}>{t(locale, 'notFound.map')}</a>
      </p>
    </article>
  );
}
