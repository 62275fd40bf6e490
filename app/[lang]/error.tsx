'use client';
/**
 * The 500 page, in the page's language and the site's style: says what
 * happened in plain words, never the error itself (no message, no stack:
 * `error.digest` only matches the server's log line), and offers a retry
 * and the map.
 */
import { useT } from '@/components/i18n/locale';
import { localePath } from '@/lib/shared/i18n/paths';
import site from '@/components/site/site.module.css';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t, locale } = useT();
  return (
    <main className={site.page} data-error-page="">
      <title>{`${t('error.title')} · ${t('site.name')}`}</title>
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p>
        <button type="button" onClick={reset}>
          {t('error.retry')}
        </button>{' '}
        <a href={localePath(locale, '/')}>{t('error.map')}</a>
      </p>
      {error.digest && (
        <p className={site.muted}>
          <code>{error.digest}</code>
        </p>
      )}
    </main>
  );
}
