/** robots.txt: pages are open to crawlers; the API (endless filter combinations) and embeds (copies of pages) are not. */
import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/config';

// SITE_URL is read at run time.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    // oEmbed stays open: CMSs that respect robots.txt fetch it to embed an incident.
    rules: [{ userAgent: '*', allow: ['/', '/api/oembed'], disallow: ['/api/', '/embed/'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
