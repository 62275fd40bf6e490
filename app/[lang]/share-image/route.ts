/**
 * GET /share-image (and /es/share-image) with the map's URL state: the
 * 1200×630 PNG picture of that map view (lib/og/map-image.tsx), the share
 * image of `/`, `/es` and every filtered view. With `download`, the browser
 * saves it ("Download image" on the map). Drawn per request from the shipped
 * outlines (SITE_URL and the dataset are read at run time) and kept by
 * caches as pages are.
 */
import { isLocale } from '@/lib/shared/i18n/paths';
import { mapImage } from '@/lib/og/map-image';
import { framed, selectionOf, viewUrl } from '@/lib/og/map-view';
import { basemapOutlines } from '@/lib/og/basemap';
import { decodeState } from '@/lib/shared/url-state';
import { cachedResponse, jsonError, prepare } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ lang: string }> };

export async function GET(request: Request, { params }: Params) {
  const { lang } = await params;
  if (!isLocale(lang)) return jsonError(404, { error: 'no such page' });
  const query = new URL(request.url).searchParams;
  const state = decodeState(query);
  const [{ frame, features }, selection] = await Promise.all([framed(state), selectionOf(state)]);
  const made = new Date().toISOString().slice(0, 10);
  const picture = mapImage({
    locale: lang,
    frame,
    features,
    outlines: basemapOutlines(),
    ...selection,
    link: viewUrl(lang, state),
    made,
  });
  const png = Buffer.from(await picture.arrayBuffer());
  const headers = query.has('download')
    ? { 'Content-Disposition': `attachment; filename="incident-map-${made}.png"` }
    : undefined;
  return cachedResponse(request, prepare(png, 'image/png', headers));
}
