/**
 * Share-preview metadata of an incident page: title, description, canonical
 * URL, Open Graph and Twitter card, and the alternates (oEmbed discovery,
 * GeoJSON, the feed, the other language). The image is the share-image route beside the page.
 */
import 'server-only';
import type { Metadata } from 'next';
import { siteUrl } from '../config';
import { LOCALES, t, type Locale } from '../shared/i18n';
import { editionAlternates } from '../i18n/alternates';
import { incidentText } from '../shared/i18n/content';
import { localePath } from '../shared/i18n/paths';
import { IMAGE_SIZE } from './image';
import type { ApiFeature } from '../shared/types';

/** The permanent URL of an incident page, in English (the default) or Spanish. */
export function incidentUrl(id: string, locale: Locale = 'en'): string {
  return siteUrl() + localePath(locale, `/incidents/${encodeURIComponent(id)}`);
}

/** The oEmbed endpoint's URL for a page. */
export function oembedUrl(pageUrl: string): string {
  return `${siteUrl()}/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}

/**
 * Shortens `text` to at most `max` characters at a word boundary, with an
 * ellipsis when cut: previews show about 160-200 characters.
 *
 * @example
 * shorten('ICE officers pursued a landscaper into a clinic', 20) // 'ICE officers…'
 */
export function shorten(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const OG_LOCALES: Record<Locale, string> = { en: 'en_US', es: 'es_US' };

/**
 * The preview of an incident at `url`: its own page, or a map link that opens it (`/?incident=…`,
 * `/embed?incident=…`). Title, description, Open Graph, Twitter card and oEmbed discovery.
 */
export function incidentPreview(locale: Locale, f: ApiFeature, url: string): Metadata {
  const { title, summary } = incidentText(f.properties, locale);
  const description = shorten(summary);
  const siteName = t(locale, 'site.name');
  const image = {
    url: `${incidentUrl(f.id, locale)}/share-image`,
    ...IMAGE_SIZE,
    alt: t(locale, 'incident.shareImageAlt'),
    type: 'image/png',
  };
  return {
    metadataBase: new URL(`${siteUrl()}/`),
    title,
    description,
    alternates: { types: { 'application/json+oembed': [{ url: oembedUrl(url), title }] } },
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      siteName,
      locale: OG_LOCALES[locale],
      alternateLocale: LOCALES.filter((l) => l !== locale).map((l) => OG_LOCALES[l]),
      modifiedTime: f.properties.updated,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

export function incidentMetadata(locale: Locale, f: ApiFeature): Metadata {
  const { title } = incidentText(f.properties, locale);
  const path = `/incidents/${encodeURIComponent(f.id)}`;
  const url = incidentUrl(f.id, locale);
  const preview = incidentPreview(locale, f, url);
  return {
    ...preview,
    alternates: {
      ...editionAlternates(locale, path),
      types: {
        'application/json+oembed': [{ url: oembedUrl(url), title }],
        'application/geo+json': `${siteUrl()}/api/incidents/${encodeURIComponent(f.id)}`,
        'application/atom+xml': [{ url: siteUrl() + localePath(locale, '/feed.xml'), title: t(locale, 'site.name') }],
      },
    },
  };
}

export { OG_LOCALES };
