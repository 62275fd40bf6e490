'use client';
/**
 * An "Embed" button: a disclosure (works without JavaScript) showing the
 * iframe code, with a copy button once scripts run. The incident page's by
 * default; the map's header passes its own label, intro and look.
 */
import { useT } from '../i18n/locale';
import { CopyButton } from '../cite/CopyButton';
import styles from './embed.module.css';

export interface EmbedCodeProps {
  code: string;
  summary?: string;
  intro?: string;
  className?: string;
  /** Wraps what the button discloses (a drop-down panel). */
  panelClassName?: string;
}

export function EmbedCode({ code, summary, intro, className, panelClassName }: EmbedCodeProps) {
  const { t } = useT();
  const body = (
    <>
      <p>{intro ?? t('embed.intro')}</p>
      <figure>
        <figcaption>{t('embed.codeLabel')}</figcaption>
        <pre tabIndex={0}>
          <code>{code}</code>
        </pre>
      </figure>
      <CopyButton text={code} label={t('embed.copy')} copied={t('embed.copied')} failed={t('embed.copyFailed')} />
    </>
  );
  return (
    <details className={className ?? styles.code} data-embed-code="">
      <summary>{summary ?? t('embed.button')}</summary>
      {panelClassName ? <div className={panelClassName}>{body}</div> : body}
    </details>
  );
}
