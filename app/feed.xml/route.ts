/** GET /feed.xml: new and updated incidents as Atom, built with the pages from the same data module. */
import { listIncidents } from '@/lib/incidents';
import { siteUrl } from '@/lib/config';
import { t } from '@/lib/i18n';
import { atomFeed } from '@/lib/atom';
import type { Setting } from '@/lib/schema';

export const dynamic = 'force-static';

export function GET() {
  const xml = atomFeed(listIncidents(), {
    site: siteUrl(),
    title: t('en', 'site.name'),
    subtitle: t('en', 'feed.subtitle'),
    language: 'en',
    rights: t('en', 'footer.license'),
    settingLabel: (s) => t('en', `setting.${s as Setting}`),
  });
  return new Response(xml, {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
}
