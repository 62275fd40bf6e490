/**
 * Where the record is contested: conflicting claims side by side (who says
 * what, from which source) and facts the sources disagree on. We show both
 * sides and pick none.
 */
import { t, type Locale } from '@/lib/shared/i18n';
import { dataLang, nameLang, prose } from '@/lib/shared/i18n/content';
import type { ApiFeature } from '@/lib/shared/types';
import styles from './incident.module.css';
import { ExternalLink } from '../site/ExternalLink';

type Props = ApiFeature['properties'];
type Evidence = { source?: string; url?: string };

/** A link to the evidence: a cited source on this page, or a further-reporting link. */
function EvidenceLink({ locale, evidence, p }: { locale: Locale; evidence: Evidence; p: Props }) {
  const source = evidence.source ? p.sources.find((s) => s.id === evidence.source) : undefined;
  const link = evidence.url ? p.furtherReporting.find((l) => l.url === evidence.url) : undefined;
  return (
    <span className={styles.evidence}>
      {source && (
        <>
          {t(locale, 'incident.accordingTo')}{' '}
          <a href={`#source-${source.id}`} lang={source.language} data-original="name">
            {source.publisher}
          </a>
        </>
      )}
      {!source && evidence.url && (
        <>
          {t(locale, 'incident.accordingTo')}{' '}
          <ExternalLink href={evidence.url} lang={dataLang(locale)} data-original="name">
            {link?.publisher ?? evidence.url}
          </ExternalLink>
        </>
      )}
    </span>
  );
}

export function Claims({ locale, p }: { locale: Locale; p: Props }) {
  if (p.claims.length === 0) return null;
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t(locale, 'incident.claims')}</h2>
      <p className={styles.muted}>{t(locale, 'incident.claimsIntro')}</p>
      {p.claims.map((c, i) => (
        <div key={i} className={styles.claim}>
          <h3>{prose(c.topic, locale)}</h3>
          <ul className={styles.sideBySide} style={{ '--columns': c.positions.length } as React.CSSProperties}>
            {c.positions.map((pos, j) => (
              <li key={j}>
                <p
                  className={styles.party}
                  lang={nameLang(pos.party, locale)}
                  data-original={nameLang(pos.party, locale) && 'name'}
                >
                  {prose(pos.party, locale)}
                </p>
                <p>{prose(pos.claim, locale)}</p>
                <EvidenceLink locale={locale} evidence={pos} p={p} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export function Disagreements({ locale, p }: { locale: Locale; p: Props }) {
  if (p.disagreements.length === 0) return null;
  return (
    <section aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading">{t(locale, 'incident.disagreements')}</h2>
      <ul className={styles.disagreements}>
        {p.disagreements.map((d, i) => (
          <li key={i} data-field={d.field}>
            <p>{prose(d.note, locale)}</p>
            {d.values && (
              <ul className={styles.sideBySide} style={{ '--columns': d.values.length } as React.CSSProperties}>
                {d.values.map((v, j) => (
                  <li key={j}>
                    <p className={styles.party}>{prose(v.value, locale)}</p>
                    <EvidenceLink locale={locale} evidence={v} p={p} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
