/**
 * oEmbed (https://oembed.com) for incident pages: which URLs are ours, and
 * the "rich" answer whose HTML is an iframe of /embed/incidents/{id}.
 */
import 'server-only';
import { t, type Locale } from './shared/i18n';
import { incidentText } from './shared/i18n/content';
import { localePath } from './shared/i18n/paths';
import { iframeHtml } from './shared/embed-frame';
import type { ApiFeature } from './shared/types';

/** The embed's size when the consumer sets no maximum. */
export const EMBED_SIZE = { width: 600, height: 480 };

const PAGE_PATH = /^(?:\/es)?\/(?:embed\/)?incidents\/([^/]+)\/?$/;
/** The map pages, which open an incident named by `?incident=`. */
const MAP_PATH = /^(?:\/es)?(?:\/embed)?\/?$/;

function hostOf(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}

/**
 * The incident id in `url` when it is an incident page (or its embed), or a
 * map page that opens one (`/?incident=…`, `/embed?incident=…`), of one of
 * `origins`; http or https and a leading "www." do not matter.
 *
 * @example
 * incidentIdOf('https://example.org/incidents/x?utm=1', ['https://example.org']) // 'x'
 */
export function incidentIdOf(url: string, origins: string[]): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(parsed.protocol)) return undefined;
  if (!origins.some((o) => hostOf(o) === parsed.host.replace(/^www\./, ''))) return undefined;
  const incident = parsed.searchParams.get('incident');
  if (MAP_PATH.test(parsed.pathname) && incident) return incident;
  const m = PAGE_PATH.exec(parsed.pathname);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
}

export interface OEmbedOptions {
  site: string;
  locale: Locale;
  maxwidth?: number;
  maxheight?: number;
}

/** The oEmbed answer for an incident, never larger than maxwidth × maxheight. */
export function oembedFor(f: ApiFeature, o: OEmbedOptions) {
  const width = Math.min(EMBED_SIZE.width, o.maxwidth ?? Infinity);
  const height = Math.min(EMBED_SIZE.height, o.maxheight ?? Infinity);
  const site = t(o.locale, 'site.name');
  const src = o.site + localePath(o.locale, `/embed/incidents/${encodeURIComponent(f.id)}`);
  const { title: name } = incidentText(f.properties, o.locale);
  const title = t(o.locale, 'oembed.frameTitle', { title: name, site });
  return {
    version: '1.0',
    type: 'rich',
    title: name,
    provider_name: site,
    provider_url: `${o.site}/`,
    html: iframeHtml({ src, width, height, title }),
    width,
    height,
    cache_age: 86400,
  };
}
