/**
 * GET /incidents/{id}/share-image (and /es/…): the incident's 1200×630 PNG
 * for Open Graph and Twitter cards, with labels in the page's language
 * (lib/og/image.tsx). A route of its own rather than Next's
 * opengraph-image file: that file's address would carry the internal /en
 * prefix of English pages (see proxy.ts). Generated at build for the shipped
 * dataset; other datasets' images are drawn on first request.
 */
import { getIncident, listIncidents } from '@/lib/incidents';
import { LOCALES } from '@/lib/i18n';
import { isLocale } from '@/lib/i18n/paths';
import { incidentImage } from '@/lib/og/image';
import { jsonError } from '@/lib/http';

export const dynamic = 'force-static';

type Params = { params: Promise<{ lang: string; id: string }> };

// Both segments here: a route handler does not inherit the layout's languages.
export function generateStaticParams() {
  return LOCALES.flatMap((lang) => listIncidents().map((f) => ({ lang, id: f.id })));
}

export async function GET(_request: Request, { params }: Params) {
  const { lang, id } = await params;
  const incident = isLocale(lang) ? getIncident(id) : undefined;
  if (!incident || !isLocale(lang)) return jsonError(404, { error: `no incident "${id}"`, id });
  return incidentImage(lang, incident);
}
