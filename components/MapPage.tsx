'use client';
/**
 * The client root of `/`: the language and SWR's fallback (the server's
 * data under the API URL that would fetch it), around the explorer.
 */
import { SWRConfig } from 'swr';
import type { MapConfig } from '@/lib/config';
import type { Locale } from '@/lib/i18n';
import type { ApiFeatureCollection } from '@/lib/types';
import { LocaleProvider } from './i18n/locale';
import { MapExplorer } from './MapExplorer';
import { useT } from './i18n/locale';

export interface MapPageProps {
  locale: Locale;
  tiles: MapConfig;
  /** The public origin, for permanent links. */
  site: string;
  fallback: Record<string, ApiFeatureCollection>;
}

function Header() {
  const { t } = useT();
  return (
    <header className="site-header">
      <h1 className="site-header__title">{t('site.name')}</h1>
      <p className="site-header__tagline">{t('site.tagline')}</p>
    </header>
  );
}

export function MapPage({ locale, tiles, site, fallback }: MapPageProps) {
  return (
    <LocaleProvider locale={locale}>
      <SWRConfig value={{ fallback, revalidateIfStale: false, revalidateOnFocus: false }}>
        <div className="app" lang={locale}>
          <Header />
          <MapExplorer tiles={tiles} site={site} />
        </div>
      </SWRConfig>
    </LocaleProvider>
  );
}
