/** sitemap.xml: the map, the about page and every incident page, from the data module. */
import type { MetadataRoute } from 'next';
import { listIncidents } from '@/lib/incidents';
import { siteUrl } from '@/lib/config';

export default function sitemap(): MetadataRoute.Sitemap {
  const site = siteUrl();
  const incidents = listIncidents();
  const newest = incidents.reduce((max, f) => (f.properties.updated > max ? f.properties.updated : max), '1970-01-01');
  return [
    { url: `${site}/`, lastModified: newest, changeFrequency: 'daily', priority: 1 },
    { url: `${site}/about`, changeFrequency: 'monthly', priority: 0.5 },
    ...incidents.map((f) => ({
      url: `${site}/incidents/${encodeURIComponent(f.id)}`,
      lastModified: f.properties.updated,
      changeFrequency: 'monthly' as const,
      priority: 0.8,
    })),
  ];
}
