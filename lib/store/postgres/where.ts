/**
 * The filters of the API as SQL conditions on `incident`, every value a
 * parameter ($n): ids, dates and text are never written into the SQL.
 * Each condition answers exactly what lib/in-memory.ts's test answers.
 */
import 'server-only';
import type { BBox, Filters } from '../../shared/filters';
import { searchWords } from '../../shared/text';

/** The values of one query's parameters, numbered as they are added. */
export class Params {
  readonly values: unknown[] = [];

  /** `$n` for `value`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * `q` as a tsquery: every folded word of it (lib/shared/text.ts, as the in-memory
 * store folds) as a prefix, all required, so "sagr" finds "sagrado" and
 * "ice" does not find "police". Folded words hold only letters and digits,
 * so quoting them needs no escapes. Undefined when `q` has no words.
 */
export function tsquery(q: string): string | undefined {
  const words = [...new Set(searchWords(q))];
  return words.length ? words.map((w) => `'${w}':*`).join(' & ') : undefined;
}

/** A box not crossing the antimeridian: the feature's geometry (not only its box) meets it. */
function meetsBox(p: Params, [west, south, east, north]: BBox): string {
  const [w, s, e, n] = [west, south, east, north].map((v) => `${p.add(v)}::float8`);
  const envelope = `ST_MakeEnvelope(${w}, ${s}, ${e}, ${n}, 4326)`;
  // `&&` finds candidates through the GiST index (float4 boxes, rounded outwards); the exact bbox test
  // on float8 columns decides, as the in-memory store's does, and an area not wholly inside is tested as a shape.
  return `(geom && ${envelope} AND w <= ${e} AND e >= ${w} AND s <= ${n} AND n >= ${s}
    AND (NOT is_area OR (w >= ${w} AND s >= ${s} AND e <= ${e} AND n <= ${n}) OR ST_Intersects(geom, ${envelope})))`;
}

/** The condition that the incident lies in `box`; a box whose west exceeds its east crosses the antimeridian. */
export function bboxCondition(p: Params, box: BBox): string {
  if (box[0] > box[2])
    return `(${meetsBox(p, [box[0], box[1], 180, box[3]])} OR ${meetsBox(p, [-180, box[1], box[2], box[3]])})`;
  return meetsBox(p, box);
}

/**
 * The conditions of `filters` on the rows of `version`, joined by AND.
 * `bbox: false` leaves the box out (the summary is of the whole map),
 * `dates: false` the dates (the timeline counts every month).
 */
export function whereOf(p: Params, version: number, filters: Filters, { bbox = true, dates = true } = {}): string {
  const and = [`version_id = ${p.add(version)}`];
  if (filters.setting.length) and.push(`setting = ANY(${p.add(filters.setting)}::text[])`);
  if (filters.agency.length) and.push(`agencies && ${p.add(filters.agency)}::text[]`);
  if (dates && filters.from) and.push(`last_day >= ${p.add(filters.from)}`);
  if (dates && filters.to) and.push(`first_day <= ${p.add(filters.to)}`);
  const query = filters.q ? tsquery(filters.q) : undefined;
  if (query) and.push(`words @@ ${p.add(query)}::tsquery`);
  if (bbox && filters.bbox) and.push(bboxCondition(p, filters.bbox));
  return and.join(' AND ');
}
