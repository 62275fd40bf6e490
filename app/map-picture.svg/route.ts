/**
 * GET /map-picture.svg with the map's URL state: an SVG picture of the view
 * the map opens on (lib/og/first-view.ts), drawn from what the page hands the
 * map (lib/first-answers.ts) over the shipped outlines. The map pages show it
 * under the map until the first tiles have loaded, so their first paint is
 * the map. In no edition: it holds no words (the clusters' counts are
 * numerals). Kept by caches as pages are.
 */
import { basemapOutlines } from '@/lib/og/basemap';
import { firstView, firstViewSvg } from '@/lib/og/first-view';
import { firstContents } from '@/lib/first-answers';
import { matchesFilters } from '@/lib/shared/match';
import { decodeState } from '@/lib/shared/url-state';
import { cachedResponse, prepare } from '@/lib/http';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const state = decodeState(new URL(request.url).searchParams);
  const { summary, features = [], incident } = await firstContents(state);
  // The map opens on the incident only when it is in the selection (MapExplorer closes it otherwise).
  const focus = incident && matchesFilters(incident, state.filters) ? incident : undefined;
  const held = focus && !features.some((f) => f.id === focus.id) ? [focus, ...features] : features;
  const svg = firstViewSvg(
    firstView({ view: state.view, focus, features, extent: summary.bbox }),
    basemapOutlines(),
    held,
    focus?.id,
  );
  return cachedResponse(request, prepare(svg, 'image/svg+xml'));
}
