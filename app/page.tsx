import { Suspense } from 'react';
import { MapPage } from '@/components/MapPage';
import { incidentsKey } from '@/components/data/incidents-key';
import { mapConfig, siteUrl } from '@/lib/config';
import { listIncidents, toFeatureCollection } from '@/lib/incidents';
import { decodeState, withoutDates, searchParamsOf } from '@/lib/url-state';

// The tile server and the dataset are read when the page is requested, not at build time.
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const params = searchParamsOf(await searchParams);
  const state = decodeState(params);
  // SWR's fallback: the first paint needs no request of its own.
  const undated = withoutDates(state.filters);
  const fallback = {
    [incidentsKey(undated)]: toFeatureCollection(listIncidents(undated)),
    [incidentsKey(state.filters)]: toFeatureCollection(listIncidents(state.filters)),
  };
  return (
    <Suspense>
      <MapPage locale={state.lang} tiles={mapConfig()} site={siteUrl()} fallback={fallback} query={params.toString()} />
    </Suspense>
  );
}
