/**
 * Share-preview metadata of an incident page: title, description, canonical
 * URL, Open Graph and Twitter card, and the alternates (oEmbed discovery,
 * GeoJSON, the feed). The image itself is opengraph-image.tsx beside the page.
 */
import type { Metadata } from 'next';
import { siteUrl } from '../config';
import { t, type Locale } from '../i18n';
import type { ApiFeature } from '../types';

/** The permanent URL of an incident page. */
export function incidentUrl(id: string): string {
  return `${siteUrl()}/incidents/${encodeURIComponent(id)}`;
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

export function incidentMetadata(locale: Locale, f: ApiFeature): Metadata {
  const p = f.properties;
  const url = incidentUrl(f.id);
  const description = shorten(p.summary);
  const siteName = t(locale, 'site.name');
  return {
    metadataBase: new URL(`${siteUrl()}/`),
    title: p.title,
    description,
    alternates: {
      canonical: url,
      types: {
        'application/json+oembed': [{ url: oembedUrl(url), title: p.title }],
        'application/geo+json': `${siteUrl()}/api/incidents/${encodeURIComponent(f.id)}`,
        'application/atom+xml': [{ url: `${siteUrl()}/feed.xml`, title: siteName }],
      },
    },
    openGraph: {
      type: 'article',
      url,
      title: p.title,
      description,
      siteName,
      locale: OG_LOCALES[locale],
      modifiedTime: p.updated,
    },
    twitter: { card: 'summary_large_image', title: p.title, description },
  };
}
