/**
 * The "Embed" button of an incident page: a disclosure (works without
 * JavaScript) showing the iframe code, with a copy button once scripts run.
 */
import { t, type Locale } from '@/lib/i18n';
import { CopyButton } from '../cite/CopyButton';
import styles from './embed.module.css';

export function EmbedCode({ locale, code }: { locale: Locale; code: string }) {
  return (
    <details className={styles.code} data-embed-code="">
      <summary>{t(locale, 'embed.button')}</summary>
      <p>{t(locale, 'embed.intro')}</p>
      <figure>
        <figcaption>{t(locale, 'embed.codeLabel')}</figcaption>
        <pre tabIndex={0}>
          <code>{code}</code>
        </pre>
      </figure>
      <CopyButton text={code} label={t(locale, 'embed.copy')} copied={t(locale, 'embed.copied')} failed={t(locale, 'embed.copyFailed')} />
    </details>
  );
}
