/**
 * The 500 pages say what happened in the reader's language and nothing of
 * the error itself: no message, no stack, no path on the server (only the
 * digest that matches the server's log line). Rendered with React's server
 * renderer, as Next renders them.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ErrorPage from '@/app/[lang]/error';
import GlobalError from '@/app/global-error';
import { LocaleProvider } from '@/components/i18n/locale';
import { catalogues } from '@/lib/shared/i18n';

const error = Object.assign(new Error('ENOENT: /work/main/data/secret.json'), { digest: '1234567890' });
error.stack = `${error.message}\n    at loadIncidents (/work/main/lib/incidents.ts:42:7)`;

describe('the 500 pages', () => {
  for (const locale of ['en', 'es'] as const) {
    it(`app/[lang]/error.tsx in ${locale}: the catalogue's words, the digest, no message or stack`, () => {
      const html = renderToStaticMarkup(
        <LocaleProvider locale={locale} messages={catalogues[locale]}>
          <ErrorPage error={error} reset={() => undefined} />
        </LocaleProvider>,
      );
      expect(html).toContain(catalogues[locale]['error.title']);
      expect(html).toContain(locale === 'es' ? 'href="/es"' : 'href="/"');
      expect(html).toContain('1234567890');
      expect(html).not.toMatch(/ENOENT|secret|incidents\.ts|\/work\//);
    });
  }

  it('app/global-error.tsx: both languages, no message or stack', () => {
    const html = renderToStaticMarkup(<GlobalError error={error} reset={() => undefined} />);
    expect(html).toContain(catalogues.en['error.title']);
    expect(html).toContain(catalogues.es['error.title']);
    expect(html).not.toMatch(/ENOENT|secret|incidents\.ts|\/work\//);
  });
});
