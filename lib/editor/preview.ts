/**
 * An incident as the API would serve it (lib/types.ts), built from a draft
 * so the editor can draw the app's own popup and page components with it.
 * The same shape lib/incidents.ts gives a loaded incident.
 */
import turfBbox from '@turf/bbox';
import type { Dataset } from '../check/dataset';
import type { IncidentFeature } from '../schema';
import { normalizeQuotes } from '../text';
import type { ApiFeature, ApiSource } from '../types';

export function previewFeature(inc: IncidentFeature, sources: Dataset['sources']): ApiFeature {
  const refs: ApiSource[] = inc.properties.sources.flatMap((ref) => {
    const s = sources.get(ref.source);
    if (!s) return [];
    const caption = (text: string) =>
      s.nonReporting.some((n) => n.kind === 'photo-caption' && normalizeQuotes(n.text).includes(normalizeQuotes(text)));
    return [
      {
        id: s.id,
        publisher: s.publisher,
        title: s.title,
        url: s.url,
        published: s.published,
        language: s.language,
        kind: s.kind,
        excerpts: ref.excerpts.map(({ text, translations }) => ({ text, part: caption(text) ? ('photo-caption' as const) : ('body' as const), translations })),
      },
    ];
  });
  return {
    type: 'Feature',
    id: inc.id,
    bbox: turfBbox(inc.geometry) as ApiFeature['bbox'],
    geometry: inc.geometry as ApiFeature['geometry'],
    properties: { ...inc.properties, sources: refs, path: `/incidents/${inc.id}` },
  };
}
