/**
 * An incident as the database keeps it (db/migrations): the columns its
 * filters read, computed here by the same functions the in-memory store
 * uses, so both stores select the same incidents, and its JSON exactly as
 * the API serves it.
 */
import 'server-only';
import { endOfPeriod, searchFields, startOfPeriod } from '../../shared/match';
import { searchWords } from '../../shared/text';
import type { ApiFeature } from '../../shared/types';
import { mercator } from '../../shared/tiles/mercator';

export interface IncidentRow {
  ord: number;
  id: string;
  firstDay: string;
  lastDay: string;
  month: string;
  updated: string;
  date: string;
  setting: string;
  agencies: string[];
  isArea: boolean;
  bbox: [number, number, number, number];
  /** Where the map's grid places it (lib/index/columns.ts positionsOf): degrees, then Web Mercator. */
  position: [px: number, py: number, mx: number, my: number];
  /** The geometry's GeoJSON. */
  geometry: string;
  /** The distinct folded words of searchFields, joined by spaces (words hold none). */
  words: string;
  json: string;
}

export function rowOf(f: ApiFeature, ord: number): IncidentRow {
  const p = f.properties;
  const firstDay = startOfPeriod(p.date);
  const json = JSON.stringify(f);
  const b = f.bbox;
  const [px, py] = f.geometry.type === 'Point' ? f.geometry.coordinates : [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
  return {
    ord,
    id: f.id,
    firstDay,
    lastDay: endOfPeriod(p.endDate ?? p.date),
    month: firstDay.slice(0, 7),
    updated: p.updated,
    date: p.date,
    setting: p.setting,
    agencies: p.agencies,
    isArea: f.geometry.type !== 'Point',
    bbox: f.bbox,
    position: [px, py, ...mercator(px, py)],
    geometry: JSON.stringify(f.geometry),
    words: [...new Set(searchWords(searchFields(f).join('\n')))].join(' '),
    json,
  };
}
