/**
 * One incident for iframes on other sites: its small map and what its popup
 * says, with a link back to its page. Framable by any site (next.config.js);
 * reports its height to the host page (HeightReporter, public/embed.js).
 * Every link opens in the top window (<base target="_top">): our other pages
 * refuse to be framed. Spanish at /es/embed/incidents/{id}. A moved id answers 308, a
 * retracted one 410 and an unknown one 404 (statuses set by proxy.ts), the
 * last two with a notice that can be framed, unlike the site's 404 page.
 */
import type { Metadata } from 'next';
import { incidentText } from '@/lib/shared/i18n/content';
import { localePath } from '@/lib/shared/i18n/paths';
import { editionOf } from '../../../edition';
import { mapConfig, siteUrl } from '@/lib/config';
import { incidentOutlines } from '@/lib/geo/outlines';
import { t, type Locale } from '@/lib/shared/i18n';
import { resolveId } from '@/lib/incidents';
import { incidentUrl } from '@/lib/og/metadata';
import { EmbedIncident } from '@/components/embed/EmbedIncident';
import { HeightReporter } from '@/components/embed/HeightReporter';
import { Retracted } from '@/components/incident/Retracted';
import { LazyIncidentMiniMap } from '@/components/incident/LazyIncidentMiniMap';
import styles from '@/components/embed/embed.module.css';

// The tile server is read when the page is requested.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; id: string }> };

async function read(params: Props['params']): Promise<{ locale: Locale; r: Awaited<ReturnType<typeof resolveId>> }> {
  const [locale, { id }] = await Promise.all([editionOf(params), params]);
  return { locale, r: await resolveId(id) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, r } = await read(params);
  const base = { metadataBase: new URL(`${siteUrl()}/`), robots: { index: false } };
  if (r.status === 'live') {
    const p = r.incident.properties;
    return {
      ...base,
      title: incidentText(p, locale).title,
      alternates: { canonical: incidentUrl(r.incident.id, locale) },
    };
  }
  if (r.status === 'retracted') return { ...base, title: t(locale, 'retracted.title') };
  return { ...base, title: t(locale, 'embed.incidentNotFound') };
}

export default async function IncidentEmbed({ params }: Props) {
  const { locale, r } = await read(params);
  const site = <a href={localePath(locale, '/')}>{t(locale, 'site.name')}</a>;

  return (
    <>
      <base target="_top" />
      <HeightReporter className={styles.incidentEmbed}>
        <div lang={locale}>
          {/* A moved id never gets here: proxy.ts answers it 308 (lib/ids.ts decides). */}
          {r.status === 'unknown' || r.status === 'moved' ? (
            <div className={styles.incident}>
              <h1 className={styles.title}>{t(locale, 'embed.incidentNotFound')}</h1>
            </div>
          ) : r.status === 'retracted' ? (
            <div className={styles.incident}>
              <Retracted locale={locale} retraction={r.retraction} />
            </div>
          ) : (
            <>
              <LazyIncidentMiniMap
                feature={r.incident}
                tiles={mapConfig()}
                outlines={incidentOutlines(r.incident)}
                label={t(locale, 'incident.map')}
                noScript={t(locale, 'incident.mapNoScript')}
                size="embed"
              />
              <EmbedIncident locale={locale} incident={r.incident} />
            </>
          )}
          <p className={styles.brand}>
            {site}
            {r.status === 'live' ? (
              <a href={localePath(locale, `/?incident=${encodeURIComponent(r.incident.id)}`)}>
                {t(locale, 'incident.viewOnMap')}
              </a>
            ) : null}
          </p>
        </div>
      </HeightReporter>
    </>
  );
}
