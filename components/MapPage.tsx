'use client';
/**
 * The client root of `/`: the language and SWR's fallback (the server's
 * data under the API URL that would fetch it), around the explorer.
 */
import { SWRConfig } from 'swr';
import type { MapConfig } from '@/lib/config';
import type { Locale } from '@/lib/i18n';
import { LocaleProvider } from './i18n/locale';
import { MapExplorer } from './MapExplorer';
import { useT } from './i18n/locale';
import { ServerQueryProvider, useUrlState } from './url/use-url-state';
import { stateHref } from '@/lib/url-state';

export interface MapPageProps {
  locale: Locale;
  tiles: MapConfig;
  /** The public origin, for permanent links. */
  site: string;
  fallback: Record<string, unknown>;
  /** The query string the page was requested with (the URL state on the server). */
  query: string;
}

/** The slim header: the page's name, and the other language (the choice lives in the URL). */
function Header() {
  const { t, locale } = useT();
  const [state] = useUrlState();
  const other: Locale = locale === 'en' ? 'es' : 'en';
  return (
    <header className="site-header">
      <h1 className="site-header__title">{t('site.name')}</h1>
      <p className="site-header__tagline">{t('site.tagline')}</p>
      <a className="site-header__lang" href={stateHref({ ...state, lang: other })} hrefLang={other} lang={other}>
        {t('site.otherLanguage')}
      </a>
    </header>
  );
}

export function MapPage({ locale, tiles, site, fallback, query }: MapPageProps) {
  return (
    <LocaleProvider locale={locale}>
      <ServerQueryProvider value={query}>
      <SWRConfig value={{ fallback, revalidateIfStale: false, revalidateOnFocus: false }}>
        <div className="app" lang={locale}>
          <Header />
          <MapExplorer tiles={tiles} site={site} />
        </div>
      </SWRConfig>
      </ServerQueryProvider>
    </LocaleProvider>
  );
}
