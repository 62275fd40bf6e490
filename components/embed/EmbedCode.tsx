/**
 * An "Embed" button: a disclosure (works without JavaScript) showing the
 * iframe code, with a copy button once scripts run. The incident page's by
 * default; the map's header passes its own label, intro and look.
 */
import { t, type Locale } from '@/lib/i18n';
import { CopyButton } from '../cite/CopyButton';
import styles from './embed.module.css';

export interface EmbedCodeProps {
  locale: Locale;
  code: string;
  summary?: string;
  intro?: string;
  className?: string;
  /** Wraps what the button discloses (a drop-down panel). */
  panelClassName?: string;
}

export function EmbedCode({ locale, code, summary, intro, className, panelClassName }: EmbedCodeProps) {
  const body = (
    <>
      <p>{intro ?? t(locale, 'embed.intro')}</p>
      <figure>
        <figcaption>{t(locale, 'embed.codeLabel')}</figcaption>
        <pre tabIndex={0}>
          <code>{code}</code>
        </pre>
      </figure>
      <CopyButton text={code} label={t(locale, 'embed.copy')} copied={t(locale, 'embed.copied')} failed={t(locale, 'embed.copyFailed')} />
    </>
  );
  return (
    <details className={className ?? styles.code} data-embed-code="">
      <summary>{summary ?? t(locale, 'embed.button')}</summary>
      {panelClassName ? <div className={panelClassName}>{body}</div> : body}
    </details>
  );
}
