/**
 * An Atom feed (RFC 4287) of incidents: one entry per incident, the most
 * recently updated first, each with its permanent URL as id and link.
 */
import 'server-only';
import type { ApiFeature } from './shared/types';

export interface FeedInfo {
  /** The site's origin, e.g. "https://example.org". */
  site: string;
  /** The root of the feed's edition: the origin, or the origin and "/es". */
  pages: string;
  /** An incident's title and summary in the feed's language. */
  text: (f: ApiFeature) => { title: string; summary: string };
  title: string;
  subtitle: string;
  language: string;
  /** The license statement, e.g. "Data: CC BY 4.0. Code: MIT." */
  rights: string;
  /** Human-readable labels for an incident's setting (category). */
  settingLabel: (setting: string) => string;
}

/** The most entries a feed carries: readers fetch it often; the API has everything. */
export const FEED_LIMIT = 1000;

/** Escapes text for XML content and attributes, dropping characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An ISO date at day, month or year precision as an RFC 3339 timestamp at its start (UTC). */
export function rfc3339(date: string): string {
  const full = date.length === 10 ? date : date.length === 7 ? `${date}-01` : `${date}-01-01`;
  return `${full}T00:00:00Z`;
}

function entry(f: ApiFeature, info: FeedInfo): string {
  const p = f.properties;
  const { title, summary } = info.text(f);
  const url = `${info.pages}/incidents/${encodeURIComponent(f.id)}`;
  return [
    '  <entry>',
    `    <id>${xmlEscape(url)}</id>`,
    `    <title type="text">${xmlEscape(title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
    `    <link rel="alternate" type="application/geo+json" href="${xmlEscape(`${info.site}/api/incidents/${encodeURIComponent(f.id)}`)}"/>`,
    // The dataset records no date of first publication: "published" is the incident's own date.
    `    <published>${rfc3339(p.date)}</published>`,
    `    <updated>${rfc3339(p.updated)}</updated>`,
    `    <summary type="text">${xmlEscape(summary)}</summary>`,
    `    <category term="${xmlEscape(p.setting)}" label="${xmlEscape(info.settingLabel(p.setting))}"/>`,
    '  </entry>',
  ].join('\n');
}

/** The feed's XML. */
export function atomFeed(features: ApiFeature[], info: FeedInfo): string {
  const entries = [...features]
    .sort(
      (a, b) =>
        b.properties.updated.localeCompare(a.properties.updated) ||
        b.properties.date.localeCompare(a.properties.date) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, FEED_LIMIT);
  // The edition's home page: "https://x/" for English, "https://x/es" for Spanish (no trailing slash).
  const home = info.pages === info.site ? `${info.site}/` : info.pages;
  const updated = entries.reduce((max, f) => (f.properties.updated > max ? f.properties.updated : max), '1970-01-01');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(info.language)}">`,
    `  <id>${xmlEscape(home)}</id>`,
    `  <title type="text">${xmlEscape(info.title)}</title>`,
    `  <subtitle type="text">${xmlEscape(info.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(`${info.pages}/feed.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(home)}"/>`,
    `  <updated>${rfc3339(updated)}</updated>`,
    `  <author><name>${xmlEscape(info.title)}</name><uri>${xmlEscape(`${info.pages}/about`)}</uri></author>`,
    `  <rights type="text">${xmlEscape(info.rights)}</rights>`,
    ...entries.map((f) => entry(f, info)),
    '</feed>',
    '',
  ].join('\n');
}
