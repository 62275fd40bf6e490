'use client';
/**
 * "Cite this incident": a plain citation and an APA 7 one, each with a copy
 * button. The server renders them with a blank for the date accessed; in
 * the browser the reader's own date fills it in.
 */
import { useEffect, useState } from 'react';
import { apaCitation, localToday, plainCitation, type CitationParts } from '@/lib/shared/citation';
import { useT } from '../i18n/locale';
import { CopyButton } from './CopyButton';
import styles from './cite.module.css';

export function CiteBlock({ parts }: { parts: CitationParts }) {
  const i18n = useT();
  const { t } = i18n;
  const [accessed, setAccessed] = useState<string>();
  useEffect(function fillInToday() {
    setAccessed(localToday());
  }, []);

  const citations = [
    { id: 'plain', name: t('cite.plain'), copy: t('cite.copyPlain'), text: plainCitation(i18n, parts, accessed) },
    { id: 'apa', name: t('cite.apa'), copy: t('cite.copyApa'), text: apaCitation(i18n, parts, accessed) },
  ];
  return (
    <section className={styles.cite} aria-labelledby="cite-heading">
      <h2 id="cite-heading">{t('cite.heading')}</h2>
      {citations.map((s) => (
        <figure key={s.id} className={styles.citation}>
          <figcaption id={`cite-${s.id}-label`}>{s.name}</figcaption>
          <p className={styles.text} aria-labelledby={`cite-${s.id}-label`} data-citation={s.id}>
            {s.text}
          </p>
          <CopyButton text={s.text} label={s.copy} copied={t('cite.copied')} failed={t('cite.copyFailed')} />
        </figure>
      ))}
    </section>
  );
}
