'use client';
/**
 * The last-resort 500 page, for an error in a language's layout itself: no
 * language is known here, so it speaks both, and says nothing of the error
 * (no message, no stack).
 */
import { errorMessages } from '@/lib/shared/i18n/errors';

const { en, es } = errorMessages;

/* eslint-disable @next/next/no-html-link-for-pages -- this page is its own document, outside the [lang] root layout: the map is a full page load, as <a> makes it */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          maxWidth: '46rem',
          margin: '0 auto',
          padding: '1rem',
          lineHeight: 1.5,
        }}
      >
        <title>{en['error.title']}</title>
        <main>
          <h1>{en['error.title']}</h1>
          <p>{en['error.body']}</p>
          <div lang="es">
            <h2>{es['error.title']}</h2>
            <p>{es['error.body']}</p>
          </div>
          <p>
            <button type="button" onClick={reset}>
              {en['error.retry']} / <span lang="es">{es['error.retry']}</span>
            </button>{' '}
            <a href="/">{en['error.map']}</a> ·{' '}
            <a href="/es" lang="es">
              {es['error.map']}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
