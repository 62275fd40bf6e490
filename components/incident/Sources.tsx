/**
 * Every source of an incident with every excerpt, verbatim, each in a
 * <blockquote cite> pointing at the source; photo captions are labelled.
 * Where the page's language differs from the source's, our labelled
 * translation follows the quote, outside it.
 */
import { formatDate, i18n, languageName, t, type Locale } from '@/lib/shared/i18n';
import { ExcerptTranslation } from './ExcerptTranslation';
import type { ApiSource } from '@/lib/shared/types';
import styles from './incident.module.css';
import { ExternalLink } from '../site/ExternalLink';

export function Sources({ locale, sources }: { locale: Locale; sources: ApiSource[] }) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t(locale, 'incident.sources')}</h2>
      <p className={styles.muted}>{t(locale, 'incident.sourcesIntro')}</p>
      <ol className={styles.sources}>
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`} className={styles.source}>
            <h3>
              <ExternalLink href={s.url} lang={s.language} data-original="title">
                {s.title}
              </ExternalLink>
            </h3>
            <p className={styles.byline}>
              <span lang={s.language} data-original="name">
                {s.publisher}
              </span>{' '}
              · <time dateTime={s.published}>{formatDate(locale, s.published)}</time> ·{' '}
              {t(locale, `sourceKind.${s.kind}`)}
              {s.language !== locale && (
                <> · {t(locale, 'incident.sourceLanguage', { language: languageName(locale, s.language) })}</>
              )}
            </p>
            {s.excerpts.map((e, i) => (
              <figure key={i} className={styles.excerpt} data-part={e.part}>
                {e.part === 'photo-caption' && (
                  <figcaption className={styles.label}>{t(locale, 'incident.photoCaption')}</figcaption>
                )}
                <blockquote cite={s.url} lang={s.language}>
                  <p>{e.text}</p>
                </blockquote>
                {s.language !== locale && (
                  <p className={styles.original}>
                    {t(locale, 'excerpt.original', { language: languageName(locale, s.language) })}
                  </p>
                )}
                {s.language !== locale && e.translations[locale] && (
                  <ExcerptTranslation translation={e.translations[locale]} locale={locale} t={i18n(locale).t} />
                )}
              </figure>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
