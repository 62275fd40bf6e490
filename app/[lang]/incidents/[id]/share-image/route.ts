/**
 * GET /incidents/{id}/share-image (and /es/…): the incident's 1200×630 PNG
 * for Open Graph and Twitter cards, with labels in the page's language
 * (lib/og/image.tsx). A route of its own rather than Next's
 * opengraph-image file: that file's address would carry the internal /en
 * prefix of English pages (see proxy.ts). Drawn per request (the image
 * names SITE_URL's host, read at run time) and kept by caches as pages are.
 */
import { getIncident } from '@/lib/incidents';
import { isLocale } from '@/lib/shared/i18n/paths';
import { incidentImage } from '@/lib/og/image';
import { cachedResponse, jsonError, prepare } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ lang: string; id: string }> };

export async function GET(request: Request, { params }: Params) {
  const { lang, id } = await params;
  const incident = isLocale(lang) ? await getIncident(id) : undefined;
  if (!incident || !isLocale(lang)) return jsonError(404, { error: `no incident "${id}"`, id });
  const png = Buffer.from(await incidentImage(lang, incident).arrayBuffer());
  return cachedResponse(request, prepare(png, 'image/png'));
}
