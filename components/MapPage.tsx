'use client';
/**
 * The client root of `/` and `/es`: the language and SWR's fallback (the server's
 * data under the API URL that would fetch it), around the explorer.
 */
import { SWRConfig } from 'swr';
import type { MapConfig } from '@/lib/shared/types';
import type { Locale } from '@/lib/shared/i18n';
import { MapExplorer } from './MapExplorer';
import { useT } from './i18n/locale';
import { ServerQueryProvider, useUrlState } from './url/use-url-state';
import { encodeState, stateHref } from '@/lib/shared/url-state';
import { localePath, otherLocale } from '@/lib/shared/i18n/paths';
import { mapEmbedCode } from '@/lib/shared/embed-frame';
import { EmbedCode } from './embed/EmbedCode';
import { LanguageOffer, type OfferText } from './i18n/LanguageOffer';
import embedStyles from './embed/embed.module.css';

export interface MapPageProps {
  locale: Locale;
  tiles: MapConfig;
  /** The public origin, for permanent links. */
  site: string;
  fallback: Record<string, unknown>;
  /** The query string the page was requested with (the URL state on the server). */
  query: string;
  /** The offer of the Spanish edition, in Spanish (components/i18n/LanguageOffer.tsx). */
  offer: OfferText;
}

/**
 * The slim header: the page's name, the code to embed the map as it is now,
 * and the same map in the other language (the state travels along).
 */
function Header({ site, offer }: { site: string; offer: OfferText }) {
  const { t, locale } = useT();
  // The links carry the view: told of every move (the rest of the page is not).
  const [state] = useUrlState({ view: true });
  const other = otherLocale(locale);
  const embed = mapEmbedCode(
    site + localePath(locale, stateHref(state, '/embed')),
    t('embed.mapTitle', { site: t('site.name') }),
    site,
  );
  return (
    <header className="site-header">
      <h1 className="site-header__title">{t('site.name')}</h1>
      <p className="site-header__tagline">{t('site.tagline')}</p>
      <LanguageOffer className="site-header__offer" text={offer} />
      <a
        className="site-header__download"
        href={
          localePath(locale, stateHref({ ...state, incident: undefined }, '/share-image')) +
          (encodeState({ ...state, incident: undefined }).size ? '&' : '?') +
          'download'
        }
        download
        title={t('share.downloadHint')}
      >
        {t('share.download')}
      </a>
      <EmbedCode
        code={embed}
        summary={t('embed.mapButton')}
        intro={t('embed.mapIntro')}
        className={`${embedStyles.menu} site-header__embed`}
        panelClassName={embedStyles.menuPanel}
      />
      <a className="site-header__lang" href={localePath(other, stateHref(state))} hrefLang={other} lang={other}>
        {t('site.otherLanguage')}
      </a>
    </header>
  );
}

export function MapPage({ locale, tiles, site, fallback, query, offer }: MapPageProps) {
  return (
    <ServerQueryProvider value={query}>
      <SWRConfig value={{ fallback, revalidateIfStale: false, revalidateOnFocus: false }}>
        <div className="app" lang={locale}>
          <Header site={site} offer={offer} />
          <MapExplorer tiles={tiles} site={site} />
        </div>
      </SWRConfig>
    </ServerQueryProvider>
  );
}
