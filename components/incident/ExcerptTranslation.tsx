/**
 * Our translation of a verbatim excerpt, beside the quote where the page's
 * language differs from the source's. Never a <blockquote> nor styled as
 * one: the quote is the source's words, this is ours, and its label says so,
 * who translated it and whether a second person reviewed it. No hooks, so
 * the server pages and the client popup share it.
 */
import type { I18n, Locale } from '@/lib/shared/i18n/translate';
import { nameLang, prose } from '@/lib/shared/i18n/content';
import type { Translation } from '@/lib/shared/schema';
import { Rich } from '../site/Rich';

export function ExcerptTranslation({
  translation,
  locale,
  t,
}: {
  translation: Translation;
  locale: Locale;
  t: I18n['t'];
}) {
  const who = (name: Translation['translator']) => <span lang={nameLang(name, locale)}>{prose(name, locale)}</span>;
  return (
    <div className="excerpt-translation" lang={locale} data-translation={locale}>
      <p className="excerpt-translation__label">{t('excerpt.translation')}</p>
      <p className="excerpt-translation__text">{translation.text}</p>
      <p className="excerpt-translation__credit">
        <Rich text={t('excerpt.translatedBy')} nodes={{ translator: who(translation.translator) }} />
        {'; '}
        {translation.reviewer ? (
          <Rich text={t('excerpt.reviewedBy')} nodes={{ reviewer: who(translation.reviewer) }} />
        ) : (
          t('excerpt.notReviewed')
        )}
        .
      </p>
    </div>
  );
}
