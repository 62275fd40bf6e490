/**
 * The shape of what the API serves: an incident Feature whose sources carry
 * their metadata beside the excerpts, so a popup needs nothing else.
 * Types only: shared by the server and client components.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Excerpt, IncidentProperties, SourceMeta } from './schema';

export interface ApiExcerpt {
  text: string;
  /** "body" for reporting; "photo-caption" when the passage is a caption. */
  part: 'body' | 'photo-caption';
  /** Our translations by language, never the quote: shown beside it where the page's language differs. */
  translations: Excerpt['translations'];
}

export interface ApiSource extends Pick<SourceMeta, 'id' | 'publisher' | 'title' | 'url' | 'published' | 'language' | 'kind'> {
  excerpts: ApiExcerpt[];
}

export interface ApiProperties extends Omit<IncidentProperties, 'sources'> {
  sources: ApiSource[];
  /** The incident's own page, a path under the site. */
  path: string;
}

export type ApiFeature = Feature<Point | Polygon | MultiPolygon, ApiProperties> & {
  id: string;
  bbox: [number, number, number, number];
};

export type ApiFeatureCollection = FeatureCollection<Point | Polygon | MultiPolygon, ApiProperties> & {
  features: ApiFeature[];
};
