/**
 * What an embedded incident says under its small map: what the map's popup
 * says (title, date, kind of place, place and precision, the first excerpt of
 * up to two sources with publisher, date and link, the number of sources)
 * and the way to the incident's page. Server-rendered, complete without
 * JavaScript. Not the popup component itself: that one is a dialog that takes
 * focus when it opens, which a frame inside someone else's article must not
 * do, and has a close button that means nothing here.
 */
import { formatDate, i18n, languageName, t, type Locale } from '@/lib/shared/i18n';
import type { ApiFeature } from '@/lib/shared/types';
import { incidentText, nameLang } from '@/lib/shared/i18n/content';
import { ExcerptTranslation } from '../incident/ExcerptTranslation';
import { localePath } from '@/lib/shared/i18n/paths';
import { dateText, placeText, precisionText } from '@/lib/shared/i18n/facts';
import styles from './embed.module.css';
import { ExternalLink } from '../site/ExternalLink';

export function EmbedIncident({ locale, incident }: { locale: Locale; incident: ApiFeature }) {
  const p = incident.properties;
  const { title } = incidentText(p, locale);
  const page = localePath(locale, p.path);
  return (
    <article className={styles.incident} data-incident-id={incident.id}>
      <h1 className={styles.title}>
        <a href={page}>{title}</a>
      </h1>
      <p className={styles.meta}>
        <time dateTime={p.date}>{dateText(locale, incident)}</time>
        {p.datePrecision !== 'day' ? ` (${t(locale, `datePrecision.${p.datePrecision}`)})` : null}
        {' · '}
        {t(locale, `setting.${p.setting}`)}
      </p>
      <p className={styles.place}>
        <span lang={nameLang(p.place.name, locale)} data-original={nameLang(p.place.name, locale) && 'name'}>
          {placeText(incident, locale)}
        </span>
        <br />
        <em>{precisionText(locale, incident)}</em>
      </p>
      {p.sources.slice(0, 2).map((s) => {
        const excerpt = s.excerpts[0];
        return (
          <figure key={s.id} className={styles.excerpt}>
            <blockquote lang={s.language} cite={s.url}>
              <p>
                {excerpt.part === 'photo-caption' ? (
                  <span className={styles.caption} lang={locale}>
                    {t(locale, 'popup.photoCaption')}:{' '}
                  </span>
                ) : null}
                {excerpt.text}
              </p>
            </blockquote>
            <figcaption>
              <span lang={s.language} data-original="name">
                {s.publisher}
              </span>
              , <time dateTime={s.published}>{formatDate(locale, s.published)}</time>:{' '}
              <ExternalLink href={s.url} target="_blank" lang={s.language} data-original="title">
                {s.title}
              </ExternalLink>
              {s.language !== locale && (
                <> · {t(locale, 'excerpt.original', { language: languageName(locale, s.language) })}</>
              )}
            </figcaption>
            {s.language !== locale && excerpt.translations[locale] && (
              <ExcerptTranslation translation={excerpt.translations[locale]} locale={locale} t={i18n(locale).t} />
            )}
          </figure>
        );
      })}
      <p className={styles.footer}>
        {t(locale, 'popup.sources', { count: p.sources.length })}
        {' · '}
        <a href={page}>{t(locale, 'embed.fullPage')}</a>
      </p>
    </article>
  );
}
