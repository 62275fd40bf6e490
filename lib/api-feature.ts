/**
 * An incident as the API serves it (lib/shared/types.ts): its sources' metadata
 * beside their excerpts, each excerpt marked as a photo caption or body text.
 * One function for the in-memory store, the database loader and the
 * editor's preview. A source the dataset lacks (a draft's) is left out.
 */
import 'server-only';
import turfBbox from '@turf/bbox';
import type { Dataset } from './check/dataset';
import type { IncidentFeature } from './shared/schema';
import { normalizeQuotes } from './shared/text';
import type { ApiFeature, ApiSource } from './shared/types';

type Source = Dataset['sources'] extends Map<string, infer S> ? S : never;

function excerptPart(source: Source, excerpt: string): ApiSource['excerpts'][number]['part'] {
  const caption = source.nonReporting.some(
    (s) => s.kind === 'photo-caption' && normalizeQuotes(s.text).includes(normalizeQuotes(excerpt)),
  );
  return caption ? 'photo-caption' : 'body';
}

export function toApiFeature(inc: IncidentFeature, sources: Dataset['sources']): ApiFeature {
  const refs: ApiSource[] = inc.properties.sources.flatMap((ref) => {
    const s = sources.get(ref.source);
    if (!s) return [];
    return [
      {
        id: s.id,
        publisher: s.publisher,
        title: s.title,
        url: s.url,
        published: s.published,
        language: s.language,
        kind: s.kind,
        excerpts: ref.excerpts.map(({ text, translations }) => ({ text, part: excerptPart(s, text), translations })),
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
