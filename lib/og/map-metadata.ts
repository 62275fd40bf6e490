/**
 * Share previews of the map pages (`/`, `/es`, `/embed`, `/es/embed`): a link
 * that opens an incident previews that incident; any other view previews a
 * picture of its map (the share-image route beside the page) with its count
 * and dates. Server only.
 */
import 'server-only';
import type { Metadata } from 'next';
import { siteUrl } from '../config';
import { getIncident } from '../incidents';
import { LOCALES, formatDate, t, type Locale } from '../shared/i18n';
import { localePath } from '../shared/i18n/paths';
import { encodeState, stateHref, type UrlState } from '../shared/url-state';
import { IMAGE_SIZE } from './image';
import { OG_LOCALES, incidentPreview } from './metadata';
import { selectionOf, type Selection } from './map-view';

/** "6 reported incidents, July 8, 2023 to July 8, 2025, each …", or that nothing matches. */
export function selectionDescription(locale: Locale, s: Selection): string {
  if (!s.count || !s.dates) return t(locale, 'share.mapDescriptionNone');
  const { first, last } = s.dates;
  const dates =
    first === last
      ? formatDate(locale, first)
      : t(locale, 'incident.dateRange', { start: formatDate(locale, first), end: formatDate(locale, last) });
  return t(locale, 'share.mapDescription', { count: s.count, dates });
}

/** The address of the picture of `state`'s map view (its filters and view; not its open incident). */
export function mapImageUrl(locale: Locale, state: UrlState): string {
  const query = encodeState({ ...state, incident: undefined }).toString();
  return siteUrl() + localePath(locale, '/share-image') + (query ? `?${query}` : '');
}

/** The preview of the map page at `page` ('/' or '/embed') in the state `state`. */
export async function mapPreview(locale: Locale, state: UrlState, page: '/' | '/embed'): Promise<Metadata> {
  const url = siteUrl() + localePath(locale, stateHref(state, page));
  const incident = state.incident ? await getIncident(state.incident) : undefined;
  if (incident) return incidentPreview(locale, incident, url);
  const title = t(locale, 'site.title');
  const description = selectionDescription(locale, await selectionOf(state));
  const image = {
    url: mapImageUrl(locale, state),
    ...IMAGE_SIZE,
    alt: t(locale, 'share.mapImageAlt'),
    type: 'image/png',
  };
  return {
    metadataBase: new URL(`${siteUrl()}/`),
    description,
    openGraph: {
      type: 'website',
      url,
      title,
      description,
      siteName: t(locale, 'site.name'),
      locale: OG_LOCALES[locale],
      alternateLocale: LOCALES.filter((l) => l !== locale).map((l) => OG_LOCALES[l]),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
