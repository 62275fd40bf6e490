/** The facts at the top of an incident page: when, what kind of place, who, where and how precisely. */
import { t, type Locale } from '@/lib/shared/i18n';
import { dataLang, nameLang, prose } from '@/lib/shared/i18n/content';
import type { ApiFeature } from '@/lib/shared/types';
import { dateText, distanceText, placeText, precisionText } from '@/lib/shared/i18n/facts';
import styles from './incident.module.css';

export function Facts({ locale, incident }: { locale: Locale; incident: ApiFeature }) {
  const p = incident.properties;
  return (
    <dl className={styles.facts}>
      <dt>{t(locale, 'incident.date')}</dt>
      <dd>
        <time dateTime={p.date}>{dateText(locale, incident)}</time>{' '}
        <span className={styles.muted}>({t(locale, `datePrecision.${p.datePrecision}`)})</span>
        {p.time && <span className={styles.block}>{t(locale, 'incident.time', { time: prose(p.time, locale) })}</span>}
      </dd>
      <dt>{t(locale, 'incident.setting')}</dt>
      <dd>{t(locale, `setting.${p.setting}`)}</dd>
      <dt>{t(locale, 'incident.agencies')}</dt>
      <dd>{p.agencies.map((a) => t(locale, `agency.${a}`)).join(', ')}</dd>
      <dt>{t(locale, 'incident.place')}</dt>
      <dd>
        {/* A proper name keeps its language, and so does the address and city that follow it. */}
        <span lang={nameLang(p.place.name, locale)} data-original={nameLang(p.place.name, locale) && 'name'}>
          {placeText(incident, locale)}
        </span>
        <span className={styles.block} lang={dataLang(locale)} data-original="name">
          {p.place.counties.map((c) => c.name).join(', ')}
        </span>
      </dd>
      <dt>{t(locale, 'incident.location')}</dt>
      <dd data-precision={p.location.precision}>
        {precisionText(locale, incident)}
        {p.location.radius !== undefined && (
          <span className={styles.block}>
            {t(locale, 'incident.radius', { distance: distanceText(locale, p.location.radius) })}
          </span>
        )}
        <span className={styles.block}>
          {t(locale, 'incident.basis')}: {prose(p.location.basis, locale)}
        </span>
      </dd>
    </dl>
  );
}
