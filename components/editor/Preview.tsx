'use client';
/** The popup and the incident page as they will look, drawn by the app's own components, in either language. */
import { useState } from 'react';
import type { ApiFeature } from '@/lib/shared/types';
import { catalogues, type Locale } from '@/lib/shared/i18n';
import { incidentText, prose } from '@/lib/shared/i18n/content';
import { LocaleProvider } from '@/components/i18n/locale';
import { IncidentPopup } from '@/components/popup/IncidentPopup';
import { Facts } from '@/components/incident/Facts';
import { IncidentRecord } from '@/components/incident/IncidentRecord';
import { text } from './text';
import styles from './editor.module.css';

export function Preview({
  feature,
  titles,
}: {
  feature?: ApiFeature;
  titles: Map<string, { en: string; es: string }>;
}) {
  const [locale, setLocale] = useState<Locale>('en');
  if (!feature) return <p className={styles.help}>{text.preview.none}</p>;
  const p = feature.properties;
  const t = incidentText(p, locale);
  const related = p.related.map((r) => ({
    id: r.id,
    title: titles.get(r.id)?.[locale] ?? r.id,
    relation: prose(r.relation, locale),
  }));
  return (
    <LocaleProvider locale={locale} messages={catalogues[locale]}>
      <div className={styles.previewBar}>
        {(['en', 'es'] as const).map((l) => (
          <label key={l}>
            <input type="radio" name="preview-locale" checked={locale === l} onChange={() => setLocale(l)} /> {l}
          </label>
        ))}
      </div>
      <h3>{text.preview.popup}</h3>
      <div className={styles.popup} lang={locale} data-testid="popup-preview">
        <IncidentPopup feature={feature} onClose={() => undefined} />
      </div>
      <h3>{text.preview.page}</h3>
      <article className={styles.page} lang={locale} data-testid="page-preview">
        <h1>{t.title}</h1>
        <Facts locale={locale} incident={feature} />
        <p>{t.summary}</p>
        <IncidentRecord locale={locale} p={p} related={related} />
      </article>
    </LocaleProvider>
  );
}
