/**
 * The code a reporter pastes to embed an incident: the oEmbed iframe
 * (lib/oembed.ts, so both give the same frame) and the script that resizes
 * it to its content (public/embed.js).
 */
import type { Locale } from './i18n';
import { iframeHtml, oembedFor } from './oembed';
import type { ApiFeature } from './types';

export function embedCode(f: ApiFeature, site: string, locale: Locale): string {
  const { html } = oembedFor(f, { site, locale });
  return `${html}\n<script async src="${site}/embed.js"></script>`;
}

/** The map's height in the pasted code: tall enough for the map, the bar and the legend. */
const MAP_HEIGHT = 560;

/**
 * The code to embed the map at `src` (an /embed or /es/embed address with
 * the map's state in its query).
 */
export function mapEmbedCode(src: string, title: string, site: string): string {
  return `${iframeHtml({ src, width: '100%', height: MAP_HEIGHT, title })}\n<script async src="${site}/embed.js"></script>`;
}
