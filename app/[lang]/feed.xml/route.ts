/**
 * GET /feed.xml (English) and /es/feed.xml (Spanish): new and updated
 * incidents as Atom, from the same data module as the pages. Rendered per
 * request, so DATA_DIR and SITE_URL apply without a rebuild; kept by caches
 * as pages are (proxy.ts sets the headers).
 */
import { feedIncidents } from '@/lib/incidents';
import { siteUrl } from '@/lib/config';
import { t } from '@/lib/shared/i18n';
import { incidentText } from '@/lib/shared/i18n/content';
import { isLocale, localePrefix } from '@/lib/shared/i18n/paths';
import { FEED_LIMIT, atomFeed } from '@/lib/atom';
import { jsonError } from '@/lib/http';
import type { Setting } from '@/lib/shared/schema';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) return jsonError(404, { error: `no feed in language "${lang}"` });
  const site = siteUrl();
  const xml = atomFeed(await feedIncidents(FEED_LIMIT), {
    site,
    pages: site + localePrefix(lang),
    text: (f) => incidentText(f.properties, lang),
    title: t(lang, 'feed.title', { site: t(lang, 'site.name') }),
    subtitle: t(lang, 'feed.subtitle'),
    language: lang,
    rights: t(lang, 'footer.license'),
    settingLabel: (s) => t(lang, `setting.${s as Setting}`),
  });
  return new Response(xml, {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
}
