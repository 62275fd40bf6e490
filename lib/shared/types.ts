/**
 * The shape of what the API serves: an incident Feature whose sources carry
 * their metadata beside the excerpts, so a popup needs nothing else.
 * Types only: shared by the server and client components, with the other
 * shapes that cross from server to browser as props.
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

export interface ApiSource extends Pick<
  SourceMeta,
  'id' | 'publisher' | 'title' | 'url' | 'published' | 'language' | 'kind'
> {
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

/** The basemap's tiles, as the server's settings give them (lib/config.ts). */
export interface MapConfig {
  tileUrl: string;
  tileAttribution: string;
}

/** The outlines of an incident's state(s) and counties, drawn under its small map (lib/geo/outlines.ts). */
export type OutlineKind = 'state' | 'county';
export type Outline = Feature<Polygon | MultiPolygon, { kind: OutlineKind; name: string }>;
export type Outlines = FeatureCollection<Polygon | MultiPolygon, { kind: OutlineKind; name: string }>;

/** A GeoNames city, as the editor's place search answers it (lib/editor/cities.ts). */
export interface City {
  name: string;
  /** State code for US cities ("CA"), GeoNames' admin1 code elsewhere. */
  admin1: string;
  country: string;
  lon: number;
  lat: number;
}
