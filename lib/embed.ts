/**
 * The code a reporter pastes to embed an incident: the oEmbed iframe
 * (lib/oembed.ts, so both give the same frame) and the script that resizes
 * it to its content (public/embed.js).
 */
import 'server-only';
import type { Locale } from './shared/i18n';
import { resizeScript } from './shared/embed-frame';
import { oembedFor } from './oembed';
import type { ApiFeature } from './shared/types';

export function embedCode(f: ApiFeature, site: string, locale: Locale): string {
  const { html } = oembedFor(f, { site, locale });
  return `${html}\n${resizeScript(site)}`;
}
