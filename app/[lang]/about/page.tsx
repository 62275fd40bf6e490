/**
 * /about: what the map covers, how incidents are selected and sourced, what
 * precision means, how disagreements are shown, how to send a correction,
 * the license and the API. The counts come from the data module.
 */
import type { Metadata } from 'next';
import { datasetCounts } from '@/lib/incidents';
import { t } from '@/lib/shared/i18n';
import { siteUrl } from '@/lib/config';
import { editionAlternates } from '@/lib/i18n/alternates';
import { localePath } from '@/lib/shared/i18n/paths';
import { editionOf } from '../edition';
import { PRECISIONS } from '@/lib/shared/schema';
import { DATA_LICENSE } from '@/lib/jsonld';
import { SiteHeader } from '@/components/site/SiteHeader';
import { SiteFooter } from '@/components/site/SiteFooter';
import { Rich } from '@/components/site/Rich';
import site from '@/components/site/site.module.css';

// SITE_URL and the dataset are read at run time.
export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await editionOf(params);
  return {
    metadataBase: new URL(`${siteUrl()}/`),
    title: t(locale, 'about.title'),
    description: t(locale, 'about.description'),
    alternates: editionAlternates(locale, '/about'),
  };
}

const FILTERS = [
  'bbox=west,south,east,north',
  'from=YYYY-MM-DD',
  'to=YYYY-MM-DD',
  'setting',
  'agency',
  'q',
  'format=geojson|csv',
];

export default async function AboutPage({ params }: Params) {
  const locale = await editionOf(params);
  const counts = await datasetCounts();
  const s = (key: Parameters<typeof t>[1], vars?: Record<string, string | number>) => t(locale, key, vars);
  return (
    <>
      <SiteHeader locale={locale} path="/about" />
      <main className={site.page}>
        <h1>{s('about.title')}</h1>

        <section id="coverage" aria-labelledby="coverage-heading">
          <h2 id="coverage-heading">{s('about.coverageHeading')}</h2>
          <p>{s('about.coverage')}</p>
          <p>{s('about.count', { count: counts.incidents, sources: counts.sources })}</p>
        </section>

        <section id="selection" aria-labelledby="selection-heading">
          <h2 id="selection-heading">{s('about.selectionHeading')}</h2>
          <p>{s('about.selection1')}</p>
          <p>{s('about.selection2')}</p>
        </section>

        <section id="precision" aria-labelledby="precision-heading">
          <h2 id="precision-heading">{s('about.precisionHeading')}</h2>
          <p>{s('about.precisionIntro')}</p>
          <dl>
            {PRECISIONS.map((p) => (
              <div key={p} id={`precision-${p}`}>
                <dt>
                  <strong>{s(`about.precisionTerm.${p}`)}</strong>
                </dt>
                <dd>{s(`about.precision.${p}`)}</dd>
              </div>
            ))}
          </dl>
          <p>{s('about.datePrecision')}</p>
        </section>

        <section id="disagreements" aria-labelledby="disagree-heading">
          <h2 id="disagree-heading">{s('about.disagreeHeading')}</h2>
          <p>{s('about.disagree')}</p>
        </section>

        <section id="corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">{s('about.correctionsHeading')}</h2>
          <p>{s('about.corrections1')}</p>
          <p>{s('about.corrections2')}</p>
        </section>

        <section id="license" aria-labelledby="license-heading">
          <h2 id="license-heading">{s('about.licenseHeading')}</h2>
          <p>
            <Rich
              text={s('about.licenseData', { site: s('site.name') })}
              nodes={{
                license: (
                  <a href={DATA_LICENSE} rel="license noopener noreferrer">
                    CC BY 4.0
                  </a>
                ),
              }}
            />
          </p>
          <p>{s('about.licenseCode')}</p>
          <p>{s('about.licenseThirdParty')}</p>
        </section>

        <section id="api" aria-labelledby="api-heading">
          <h2 id="api-heading">{s('about.apiHeading')}</h2>
          <p>{s('about.apiIntro')}</p>
          <ul>
            <li>
              <code>GET /api/incidents</code>: {s('about.api.list')}
            </li>
            <li>
              <code>GET /api/incidents/{'{id}'}</code>: {s('about.api.one')}
            </li>
            <li>
              <code>GET /api/incidents.csv</code>: {s('about.api.csv')}
            </li>
            <li>
              <code>GET /api/oembed?url=…</code>: {s('about.api.oembed')}
            </li>
            <li>
              <a href={localePath(locale, '/feed.xml')}>
                <code>{localePath(locale, '/feed.xml')}</code>
              </a>
              : {s('about.api.feed')}
            </li>
          </ul>
          <p>
            <Rich
              text={s('about.api.filters')}
              nodes={{
                params: FILTERS.map((f, i) => (
                  <span key={f}>
                    {i > 0 && ', '}
                    <code>{f}</code>
                  </span>
                )),
              }}
            />
          </p>
          <p>
            <Rich
              text={s('about.api.openapi')}
              nodes={{
                link: (
                  <a href="/api/openapi.json" type="application/json">
                    /api/openapi.json
                  </a>
                ),
              }}
            />
          </p>
        </section>
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
