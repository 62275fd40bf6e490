/**
 * The whole map for iframes on other sites, with the URL state of `/`
 * (view, filters, open incident) at /embed and /es/embed, with minimal chrome. Framable by
 * any site (next.config.js); reports its height to the host page. Every
 * link opens in the top window (<base target="_top">): `/` refuses to be
 * framed.
 */
import type { Metadata } from 'next';
import { EmbedMapPage } from '@/components/embed/EmbedMap';
import { mapConfig } from '@/lib/config';
import { t } from '@/lib/shared/i18n';
import { localePath } from '@/lib/shared/i18n/paths';
import { editionOf } from '../edition';
import { mapPreview } from '@/lib/og/map-metadata';
import { firstAnswers } from '@/lib/first-answers';
import { decodeState, searchParamsOf } from '@/lib/shared/url-state';

// The tile server and the dataset are read when the page is requested, not at build time.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lang = await editionOf(params);
  const state = decodeState(searchParamsOf(await searchParams));
  const preview = await mapPreview(lang, state, '/embed');
  return {
    ...preview,
    title: state.incident && preview.title ? preview.title : t(lang, 'embed.mapTitle', { site: t(lang, 'site.name') }),
    robots: { index: false },
    alternates: { ...preview.alternates, canonical: localePath(lang, '/') },
  };
}

export default async function MapEmbed({ params, searchParams }: Props) {
  const locale = await editionOf(params);
  const state = decodeState(searchParamsOf(await searchParams));
  // SWR's fallback: the first paint needs no request of its own.
  const fallback = await firstAnswers(state);
  return (
    <>
      <base target="_top" />
      <EmbedMapPage locale={locale} initial={state} tiles={mapConfig()} fallback={fallback} />
    </>
  );
}
