'use client';
/**
 * "Cite this incident": a plain citation and an APA 7 one, each with a copy
 * button. The server renders them with a blank for the date accessed; in
 * the browser the reader's own date fills it in.
 */
import { useEffect, useState } from 'react';
import { apaCitation, localToday, plainCitation, type CitationParts } from '@/lib/citation';
import { t, type Locale } from '@/lib/i18n';
import { CopyButton } from './CopyButton';
import styles from './cite.module.css';

export function CiteBlock({ locale, parts }: { locale: Locale; parts: CitationParts }) {
  const [accessed, setAccessed] = useState<string>();
  useEffect(function fillInToday() {
    setAccessed(localToday());
  }, []);

  const citations = [
    { id: 'plain', name: t(locale, 'cite.plain'), copy: t(locale, 'cite.copyPlain'), text: plainCitation(locale, parts, accessed) },
    { id: 'apa', name: t(locale, 'cite.apa'), copy: t(locale, 'cite.copyApa'), text: apaCitation(locale, parts, accessed) },
  ];
  return (
    <section className={styles.cite} aria-labelledby="cite-heading">
      <h2 id="cite-heading">{t(locale, 'cite.heading')}</h2>
      {citations.map((s) => (
        <figure key={s.id} className={styles.citation}>
          <figcaption id={`cite-${s.id}-label`}>{s.name}</figcaption>
          <p className={styles.text} aria-labelledby={`cite-${s.id}-label`} data-citation={s.id}>
            {s.text}
          </p>
          <CopyButton
            text={s.text}
            label={s.copy}
            copied={t(locale, 'cite.copied')}
            failed={t(locale, 'cite.copyFailed')}
          />
        </figure>
      ))}
    </section>
  );
}
