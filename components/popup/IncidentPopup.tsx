'use client';
/**
 * What a popup says about one incident: title, date, place and precision,
 * one or two verbatim excerpts with their source, the number of sources and
 * the way to the incident's own page. Moves focus to its title when it opens;
 * Escape or the close button closes it.
 */
import { useId, useLayoutEffect, useRef } from 'react';
import type { ApiFeature, ApiSource } from '@/lib/shared/types';
import { languageName } from '@/lib/shared/i18n/translate';
import { incidentText, nameLang, prose, type Bilingual } from '@/lib/shared/i18n/content';
import type { Locale } from '@/lib/shared/i18n/translate';
import { ExcerptTranslation } from '../incident/ExcerptTranslation';
import { localePath } from '@/lib/shared/i18n/paths';
import { useT } from '../i18n/locale';
import { placeLine, precisionLine } from './place-lines';
import { httpHost } from '@/lib/shared/link';
import { ExternalLink } from '../site/ExternalLink';

/** The first excerpt of each of the first two sources: two voices where there are two. */
function leadExcerpts(sources: ApiSource[]) {
  return sources.slice(0, 2).map((source) => ({ source, excerpt: source.excerpts[0] }));
}

/** "July 8, 2025 (ktvu.com); July 7, 2025 (Kaizen blog)": each value with who says it. */
function disputedValues(
  values: { value: string | Bilingual; source?: string; url?: string }[],
  sources: ApiSource[],
  date: (iso: string) => string,
  locale: Locale,
): string {
  const who = (v: { source?: string; url?: string }) =>
    v.source ? (sources.find((s) => s.id === v.source)?.publisher ?? v.source) : (httpHost(v.url) ?? '');
  const text = (value: string | Bilingual) =>
    typeof value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(value) ? date(value) : prose(value, locale);
  return values.map((v) => `${text(v.value)}${who(v) ? ` (${who(v)})` : ''}`).join('; ');
}

export interface IncidentPopupProps {
  feature: ApiFeature;
  onClose: () => void;
  /** Extra actions under the sources (copy link). */
  actions?: React.ReactNode;
}

export function IncidentPopup({ feature, onClose, actions }: IncidentPopupProps) {
  const { t, date, locale } = useT();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const p = feature.properties;
  const dateDispute = p.disagreements.find((d) => d.field === 'date');

  // In the commit that shows it (a layout effect), not in a passive effect that can run later: an Escape pressed in
  // between went to the list and closed the incident, and the late focus then went into a popup about to go (the
  // focus was left on the page's body).
  useLayoutEffect(function focusTitleOnOpen() {
    // In an embed, focus moves only once the reader is in the frame: a frame that takes focus on load
    // would pull it away from the article around it (and scroll the host page).
    if (window.self !== window.top && !document.hasFocus()) return;
    heading.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div
      className="incident-popup"
      role="dialog"
      aria-labelledby={titleId}
      data-incident-id={feature.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <button type="button" className="incident-popup__close" onClick={onClose} aria-label={t('popup.close')}>
        <span aria-hidden="true">×</span>
      </button>
      <h2 id={titleId} ref={heading} tabIndex={-1} className="incident-popup__title">
        {incidentText(p, locale).title}
      </h2>
      <p className="incident-popup__meta">
        <time dateTime={p.date}>{date(p.date)}</time>
        {p.endDate ? (
          <>
            {' '}
            – <time dateTime={p.endDate}>{date(p.endDate)}</time>
          </>
        ) : null}
        {p.datePrecision !== 'day' ? ` (${t(`datePrecision.${p.datePrecision}`)})` : null}
        {' · '}
        {t(`setting.${p.setting}`)}
      </p>
      {dateDispute ? (
        <p className="incident-popup__note">
          {dateDispute.values?.length
            ? t('popup.dateDisputedValues', { values: disputedValues(dateDispute.values, p.sources, date, locale) })
            : t('popup.dateDisputed')}
        </p>
      ) : null}
      <p className="incident-popup__place">
        <span lang={nameLang(p.place.name, locale)} data-original={nameLang(p.place.name, locale) && 'name'}>
          {placeLine(feature, locale)}
        </span>
        <br />
        <span className="incident-popup__precision">{precisionLine(feature, t, locale)}</span>
      </p>
      {leadExcerpts(p.sources).map(({ source, excerpt }) => (
        <figure key={source.id} className="incident-popup__excerpt">
          <blockquote lang={source.language} cite={source.url}>
            <p>
              {excerpt.part === 'photo-caption' ? (
                <span className="incident-popup__caption" lang={locale}>
                  {t('popup.photoCaption')}:{' '}
                </span>
              ) : null}
              {excerpt.text}
            </p>
          </blockquote>
          <figcaption>
            <span lang={source.language} data-original="name">
              {source.publisher}
            </span>
            , <time dateTime={source.published}>{date(source.published)}</time>:{' '}
            <ExternalLink href={source.url} target="_blank" lang={source.language} data-original="title">
              {source.title}
            </ExternalLink>
            {source.language !== locale && (
              <> · {t('excerpt.original', { language: languageName(locale, source.language) })}</>
            )}
          </figcaption>
          {source.language !== locale && excerpt.translations[locale] && (
            <ExcerptTranslation translation={excerpt.translations[locale]} locale={locale} t={t} />
          )}
        </figure>
      ))}
      <p className="incident-popup__footer">
        <span>{t('popup.sources', { count: p.sources.length })}</span>
        {' · '}
        <a href={localePath(locale, p.path)}>{t('popup.readMore')}</a>
      </p>
      {actions}
    </div>
  );
}
