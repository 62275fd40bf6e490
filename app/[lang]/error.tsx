'use client';
/**
 * The 500 page, in the page's language and the site's style: says what
 * happened in plain words, never the error itself (no message, no stack:
 * `error.digest` only matches the server's log line), and offers a retry
 * and the map.
 */
import { useLocale } from '@/components/i18n/locale';
import { t } from '@/lib/i18n';
import { localePath } from '@/lib/i18n/paths';
import site from '@/components/site/site.module.css';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useLocale();
  return (
    <main className={site.page} data-error-page="">
      <title>{`${t(locale, 'error.title')} · ${t(locale, 'site.name')}`}</title>
      <h1>{t(locale, 'error.title')}</h1>
      <p>{t(locale, 'error.body')}</p>
      <p>
        <button type="button" onClick={reset}>
          {t(locale, 'error.retry')}
        </button>{' '}
        <a href={localePath(locale, '/')}>{t(locale, 'error.map')}</a>
      </p>
      {error.digest && (
        <p className={site.muted}>
          <code>{error.digest}</code>
        </p>
      )}
    </main>
  );
}
