/**
 * JSON-LD (schema.org) for an incident page.
 *
 * Why these types:
 * - The page is a record in an open dataset, downloadable as GeoJSON under
 *   CC BY 4.0: a schema.org `Dataset` (part of the whole map's `Dataset`),
 *   with `distribution` (the API's Feature), `license`, `dateModified`,
 *   `temporalCoverage` (the incident's date) and `spatialCoverage` (its place).
 *   `Dataset` is also the type that carries `citation`, `spatialCoverage` and
 *   `temporalCoverage` directly, which `WebPage` or `Article` would not.
 * - What the record is about is a real-world happening: an `Event` in its
 *   `about`, with `startDate`/`endDate` and `location`. It is not the page's
 *   top type, because search engines read top-level `Event`s as things to
 *   attend (tickets, offers), which would misdescribe an arrest.
 * - Each source is a `citation`: `NewsArticle` for news, `Article` for
 *   advocacy, `CreativeWork` for official statements and court records;
 *   further reporting is cited too, as `CreativeWork`.
 * - The place is honest about precision: a `GeoCoordinates` for a known
 *   building, a `GeoCircle` (midpoint and radius in metres) for an
 *   approximate point, and a `GeoShape` box for an area.
 */
import 'server-only';
import { incidentText, prose } from './shared/i18n/content';
import type { Locale } from './shared/i18n/translate';
import type { ApiFeature, ApiSource } from './shared/types';
import type { Point } from 'geojson';

export const DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

type Json = Record<string, unknown>;

const SOURCE_TYPES: Record<ApiSource['kind'], string> = {
  news: 'NewsArticle',
  advocacy: 'Article',
  'official-statement': 'CreativeWork',
  'court-record': 'CreativeWork',
};

function geo(f: ApiFeature): Json {
  const { precision, radius } = f.properties.location;
  if (f.geometry.type === 'Point') {
    const [longitude, latitude] = (f.geometry as Point).coordinates;
    const point = { '@type': 'GeoCoordinates', latitude, longitude };
    return precision === 'building' || !radius
      ? point
      : { '@type': 'GeoCircle', geoMidpoint: point, geoRadius: radius };
  }
  const b = f.bbox as number[];
  const [west, south, east, north] = [b[0], b[1], b[2], b[3]];
  // schema.org's box: "lat lon" of the lower corner, then of the upper corner.
  return { '@type': 'GeoShape', box: `${south} ${west} ${north} ${east}` };
}

function place(f: ApiFeature, language: Locale): Json {
  const p = f.properties.place;
  return {
    '@type': 'Place',
    name: prose(p.name, language),
    address: {
      '@type': 'PostalAddress',
      ...(p.address ? { streetAddress: p.address } : {}),
      ...(p.city ? { addressLocality: p.city } : {}),
      addressRegion: p.state,
      addressCountry: 'US',
    },
    geo: geo(f),
  };
}

function sourceWork(s: ApiSource): Json {
  return {
    '@type': SOURCE_TYPES[s.kind],
    headline: s.title,
    name: s.title,
    url: s.url,
    datePublished: s.published,
    inLanguage: s.language,
    publisher: { '@type': 'Organization', name: s.publisher },
  };
}

export interface JsonLdContext {
  /** The permanent URL of the incident page. */
  url: string;
  /** The site's origin, e.g. "https://example.org". */
  site: string;
  /** The map's name. */
  siteName: string;
  /** The language of the page: the record's own words are given in it. */
  language: Locale;
}

/** The JSON-LD object for an incident page. */
export function incidentJsonLd(f: ApiFeature, ctx: JsonLdContext): Json {
  const p = f.properties;
  const location = place(f, ctx.language);
  const text = incidentText(p, ctx.language);
  const temporal = p.endDate ? `${p.date}/${p.endDate}` : p.date;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${ctx.url}#record`,
    identifier: f.id,
    url: ctx.url,
    name: text.title,
    description: text.summary,
    inLanguage: ctx.language,
    dateModified: p.updated,
    license: DATA_LICENSE,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: ctx.siteName, url: `${ctx.site}/` },
    isPartOf: { '@type': 'Dataset', name: ctx.siteName, url: `${ctx.site}/`, license: DATA_LICENSE },
    temporalCoverage: temporal,
    spatialCoverage: location,
    distribution: [
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/geo+json',
        contentUrl: `${ctx.site}/api/incidents/${encodeURIComponent(f.id)}`,
      },
    ],
    about: {
      '@type': 'Event',
      name: text.title,
      description: text.summary,
      startDate: p.date,
      ...(p.endDate ? { endDate: p.endDate } : {}),
      location,
    },
    citation: [
      ...p.sources.map(sourceWork),
      ...p.furtherReporting.map((l) => ({
        '@type': 'CreativeWork',
        name: l.title ?? l.publisher,
        url: l.url,
        ...(l.date ? { datePublished: l.date } : {}),
        publisher: { '@type': 'Organization', name: l.publisher },
      })),
    ],
  };
}

/**
 * JSON for inside a `<script>` element: `<`, `>` and `&` become \u escapes
 * (still valid JSON), so "</script>" or "<!--" in the data cannot end or
 * change the script; U+2028/2029 are escaped for old JavaScript parsers.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
