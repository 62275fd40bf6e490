import type { Metadata } from 'next';
import { MapPage } from '@/components/MapPage';
import { mapConfig, siteUrl } from '@/lib/config';
import { offerText } from '@/lib/shared/i18n';
import { editionAlternates } from '@/lib/i18n/alternates';
import { mapPreview } from '@/lib/og/map-metadata';
import { editionOf } from './edition';
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
  const preview = await mapPreview(lang, state, '/');
  return { ...preview, alternates: { ...editionAlternates(lang, '/'), ...preview.alternates } };
}

export default async function Home({ params, searchParams }: Props) {
  const lang = await editionOf(params);
  const query = searchParamsOf(await searchParams);
  const state = decodeState(query);
  // SWR's fallback: the first paint needs no request of its own (lib/first-answers.ts).
  const fallback = await firstAnswers(state);
  // No <Suspense> around it: nothing here suspends, and React 19.2 reveals a streamed boundary's HTML
  // up to 300 ms later, among the scripts being compiled (test/http/first-paint.test.ts).
  return (
    <MapPage
      locale={lang}
      tiles={mapConfig()}
      site={siteUrl()}
      fallback={fallback}
      query={query.toString()}
      offer={offerText()}
    />
  );
}
