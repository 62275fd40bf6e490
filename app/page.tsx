import { Suspense } from 'react';
import { MapPage } from '@/components/MapPage';
import { mapConfig, siteUrl } from '@/lib/config';
import { mapFallback } from '@/lib/map-fallback';
import { decodeState, searchParamsOf } from '@/lib/url-state';

// The tile server and the dataset are read when the page is requested, not at build time.
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const params = searchParamsOf(await searchParams);
  const state = decodeState(params);
  // SWR's fallback: the first paint needs no request of its own (lib/map-fallback.ts).
  const fallback = mapFallback(state);
  return (
    <Suspense>
      <MapPage locale={state.lang} tiles={mapConfig()} site={siteUrl()} fallback={fallback} query={params.toString()} />
    </Suspense>
  );
}
