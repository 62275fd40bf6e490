/**
 * sitemap.xml: the map, the about page and every incident page, each with
 * its Spanish twin as an hreflang alternate, from the data module. Built per
 * request, so DATA_DIR and SITE_URL apply without a rebuild.
 */
import type { MetadataRoute } from 'next';
import { incidentPages } from '@/lib/incidents';
import { editionAlternates } from '@/lib/i18n/alternates';

export const dynamic = 'force-dynamic';

function entry(path: string, rest: Omit<MetadataRoute.Sitemap[number], 'url'>): MetadataRoute.Sitemap[number] {
  const { canonical, languages } = editionAlternates('en', path);
  return { url: String(canonical), alternates: { languages: languages as Record<string, string> }, ...rest };
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const incidents = await incidentPages();
  const newest = incidents.reduce((max, f) => (f.updated > max ? f.updated : max), '1970-01-01');
  return [
    entry('/', { lastModified: newest, changeFrequency: 'daily', priority: 1 }),
    entry('/about', { changeFrequency: 'monthly', priority: 0.5 }),
    ...incidents.map((f) =>
      entry(`/incidents/${encodeURIComponent(f.id)}`, {
        lastModified: f.updated,
        changeFrequency: 'monthly' as const,
        priority: 0.8,
      }),
    ),
  ];
}
