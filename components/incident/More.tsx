/** The rest of the record: notes, further reporting, related incidents, the corrections log and last updated. */
import { formatDate, t, type Locale } from '@/lib/shared/i18n';
import { dataLang, prose } from '@/lib/shared/i18n/content';
import { localePath } from '@/lib/shared/i18n/paths';
import type { ApiFeature } from '@/lib/shared/types';
import styles from './incident.module.css';
import { ExternalLink } from '../site/ExternalLink';

type Props = ApiFeature['properties'];

export function Notes({ locale, p }: { locale: Locale; p: Props }) {
  if (p.notes.length === 0) return null;
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t(locale, 'incident.notes')}</h2>
      <ul>
        {p.notes.map((n, i) => (
          <li key={i}>{prose(n, locale)}</li>
        ))}
      </ul>
    </section>
  );
}

export function FurtherReporting({ locale, p }: { locale: Locale; p: Props }) {
  if (p.furtherReporting.length === 0) return null;
  return (
    <section aria-labelledby="further-heading">
      <h2 id="further-heading">{t(locale, 'incident.furtherReporting')}</h2>
      <p className={styles.muted}>{t(locale, 'incident.furtherIntro')}</p>
      <ul className={styles.links}>
        {p.furtherReporting.map((l) => (
          <li key={l.url}>
            <ExternalLink href={l.url} lang={dataLang(locale)} data-original={l.title ? 'title' : 'name'}>
              {l.title ?? l.publisher}
            </ExternalLink>
            <span className={styles.byline}>
              {' '}
              {l.title && (
                <span lang={dataLang(locale)} data-original="name">
                  {l.publisher}
                </span>
              )}
              {l.date && (
                <>
                  {l.title && ' · '}
                  <time dateTime={l.date}>{formatDate(locale, l.date)}</time>
                </>
              )}
            </span>
            <p>{prose(l.note, locale)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface RelatedLink {
  id: string;
  title: string;
  /** In the page's language. */
  relation: string;
}

export function Related({ locale, related }: { locale: Locale; related: RelatedLink[] }) {
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">{t(locale, 'incident.related')}</h2>
      <ul className={styles.links}>
        {related.map((r) => (
          <li key={r.id}>
            <a href={localePath(locale, `/incidents/${encodeURIComponent(r.id)}`)}>{r.title}</a>{' '}
            <span className={styles.muted}>({r.relation})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Corrections({ locale, p }: { locale: Locale; p: Props }) {
  return (
    <section aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{t(locale, 'incident.corrections')}</h2>
      {p.corrections.length === 0 ? (
        <p>{t(locale, 'incident.noCorrections')}</p>
      ) : (
        <ol className={styles.corrections}>
          {p.corrections.map((c, i) => (
            <li key={i}>
              <time dateTime={c.date}>{formatDate(locale, c.date)}</time>: <span>{prose(c.note, locale)}</span>
            </li>
          ))}
        </ol>
      )}
      <p className={styles.updated}>
        {t(locale, 'incident.lastUpdated')} <time dateTime={p.updated}>{formatDate(locale, p.updated)}</time>
      </p>
    </section>
  );
}
