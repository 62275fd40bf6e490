/**
 * An incident's own page: the whole record, server-rendered and complete
 * without JavaScript. Rendered per request, so the run-time settings
 * (SITE_URL, TILE_URL) apply; caches keep it (proxy.ts sets the headers).
 * proxy.ts answers a moved id with 308 and gives a retracted one status 410;
 * this page renders the retraction notice.
 */
import type { Metadata } from 'next';
import { getIncident, resolveId } from '@/lib/incidents';
import { t, type Locale } from '@/lib/shared/i18n';
import { incidentText, prose } from '@/lib/shared/i18n/content';
import { localePath } from '@/lib/shared/i18n/paths';
import { editionOf } from '../../edition';
import { mapConfig, siteUrl } from '@/lib/config';
import { embedCode } from '@/lib/embed';
import { incidentOutlines } from '@/lib/geo/outlines';
import { incidentJsonLd, scriptSafeJson } from '@/lib/jsonld';
import { incidentMetadata, incidentUrl } from '@/lib/og/metadata';
import { SiteHeader } from '@/components/site/SiteHeader';
import { SiteFooter } from '@/components/site/SiteFooter';
import { NotFoundView } from '@/components/site/NotFoundView';
import { Facts } from '@/components/incident/Facts';
import { IncidentRecord } from '@/components/incident/IncidentRecord';
import { Retracted } from '@/components/incident/Retracted';
import { CiteBlock } from '@/components/cite/CiteBlock';
import { EmbedCode } from '@/components/embed/EmbedCode';
import { LazyIncidentMiniMap } from '@/components/incident/LazyIncidentMiniMap';
import site from '@/components/site/site.module.css';
import styles from '@/components/incident/incident.module.css';

type Params = { params: Promise<{ lang: string; id: string }> };

/** The page's language and what its id resolves to. */
async function read(params: Params['params']): Promise<{ locale: Locale; r: Awaited<ReturnType<typeof resolveId>> }> {
  const [locale, { id }] = await Promise.all([editionOf(params), params]);
  return { locale, r: await resolveId(id) };
}

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, r } = await read(params);
  if (r.status === 'live') return incidentMetadata(locale, r.incident);
  if (r.status === 'retracted')
    return { metadataBase: new URL(`${siteUrl()}/`), title: t(locale, 'retracted.title'), robots: { index: false } };
  return { title: t(locale, 'notFound.title'), robots: { index: false } };
}

export default async function IncidentPage({ params }: Params) {
  const { locale, r } = await read(params);
  const path = `/incidents/${encodeURIComponent(r.id)}`;
  if (r.status === 'retracted') {
    return (
      <>
        <SiteHeader locale={locale} path={path} />
        <main className={site.page}>
          <Retracted locale={locale} retraction={r.retraction} />
        </main>
        <SiteFooter locale={locale} />
      </>
    );
  }
  // The 404 page in place (proxy.ts set the status): notFound() would leave the server's HTML an
  // empty shell (vercel/next.js#95613).
  // A moved id never gets here: proxy.ts answers it 308 (lib/ids.ts decides).
  if (r.status === 'unknown' || r.status === 'moved') return <NotFoundView locale={locale} />;
  const incident = r.incident;
  const p = incident.properties;
  const text = incidentText(p, locale);
  const url = incidentUrl(incident.id, locale);
  const others = await Promise.all(p.related.map((r) => getIncident(r.id)));
  const related = p.related.flatMap((r, i) => {
    const other = others[i];
    return other
      ? [{ id: r.id, title: incidentText(other.properties, locale).title, relation: prose(r.relation, locale) }]
      : [];
  });
  const jsonLd = incidentJsonLd(incident, { url, site: siteUrl(), siteName: t(locale, 'site.name'), language: locale });

  return (
    <>
      <SiteHeader locale={locale} path={path} />
      <main className={site.page}>
        <article data-incident={incident.id}>
          <h1>{text.title}</h1>
          <Facts locale={locale} incident={incident} />
          {/* The tiles are those configured when the page was built (the page is static); the outlines show where they fail. */}
          <LazyIncidentMiniMap
            feature={incident}
            tiles={mapConfig()}
            outlines={incidentOutlines(incident)}
            label={t(locale, 'incident.map')}
            noScript={t(locale, 'incident.mapNoScript')}
          />
          <p className={styles.actions}>
            <a href={localePath(locale, `/?incident=${encodeURIComponent(incident.id)}`)}>
              {t(locale, 'incident.viewOnMap')}
            </a>
            <a href={`/api/incidents/${encodeURIComponent(incident.id)}`} type="application/geo+json">
              {t(locale, 'incident.downloadData')}
            </a>
          </p>
          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading">{t(locale, 'incident.summary')}</h2>
            <p className={styles.summary}>{text.summary}</p>
          </section>
          <IncidentRecord locale={locale} p={p} related={related} />
          <CiteBlock parts={{ title: text.title, site: t(locale, 'site.name'), url, updated: p.updated }} />
          <EmbedCode code={embedCode(incident, siteUrl(), locale)} />
        </article>
      </main>
      <SiteFooter locale={locale} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(jsonLd) }} />
    </>
  );
}
