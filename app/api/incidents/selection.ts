/**
 * The answer to a selection of incidents, as GeoJSON or CSV: shared by
 * /api/incidents and /api/incidents.csv so both always agree. Not a route.
 */
import { FilterError, parseFilters } from '@/lib/shared/filters';
import { datasetVersion, fitsOneAnswer, selectIncidents, toFeatureCollection } from '@/lib/incidents';
import { viewAnswer } from '@/lib/index/view-answer';
import { MAX_FEATURES } from '@/lib/index/limits';
import { incidentsToCsv } from '@/lib/csv';
import { siteUrl } from '@/lib/config';
import { CSV, GEOJSON, cachedResponse, jsonError, prepare, type Prepared } from '@/lib/http';
import { LOCALES, type Locale } from '@/lib/shared/i18n/translate';

export const FORMATS = ['geojson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** Downloaded, not shown: a browser following a "CSV" link saves the file. */
const csvHeaders = (lang: Locale) => ({
  'Content-Disposition': `attachment; filename="incidents${lang === 'en' ? '' : `-${lang}`}.csv"`,
});

/** The CSV's `lang`: the edition whose words fill its prose columns; English unless asked. GeoJSON carries both. */
function csvLang(params: URLSearchParams, format: Format): Locale {
  const values = params.getAll('lang');
  if (values.length === 0) return 'en';
  if (format !== 'csv')
    throw new FilterError('lang', 'no "lang" with GeoJSON, whose features carry both languages; it applies to CSV');
  if (values.length > 1 || !(LOCALES as readonly string[]).includes(values[0]))
    throw new FilterError('lang', `one of ${LOCALES.join(', ')}`, values.join(', ').slice(0, 200));
  return values[0] as Locale;
}

/** The unfiltered answers, built once per dataset version (a database store may switch versions while running). */
const unfiltered = new Map<Format, Prepared>();
let unfilteredVersion = '';

/** A selection too large for one answer: the client must ask for a view instead. */
class TooLarge extends Error {
  constructor(readonly count: number) {
    super(`the selection holds ${count} incidents, more than one answer may hold`);
  }

  toJSON() {
    return {
      error: `${this.message}: pass a "bbox" (the map's view) and a "zoom" to get the incidents in view, or clusters of them`,
      count: this.count,
      limit: MAX_FEATURES,
      parameters: ['bbox', 'zoom'],
    };
  }
}

async function build(params: URLSearchParams, format: Format): Promise<Prepared> {
  const lang = csvLang(params, format);
  const filters = parseFilters(params, ['format', 'lang']);
  // With a zoom, the map's view: incidents in view, or clusters where too many (lib/index/viewport.ts).
  if (format === 'geojson' && filters.zoom !== undefined) return viewAnswer(filters);
  const selected = await selectIncidents(filters, MAX_FEATURES);
  if ('tooMany' in selected) throw new TooLarge(selected.tooMany);
  const { features } = selected;
  // CSV rows are small: only their number is bounded.
  if (format !== 'csv' && !fitsOneAnswer(features)) throw new TooLarge(features.length);
  return format === 'csv'
    ? prepare(incidentsToCsv(features, siteUrl(), lang), CSV, csvHeaders(lang))
    : prepare(JSON.stringify(toFeatureCollection(features)), GEOJSON);
}

/**
 * Answers GET for `params`. `fixedFormat` is set by /api/incidents.csv; there
 * a `format` parameter is still accepted, but only "csv".
 */
export async function answerSelection(
  request: Request,
  params: URLSearchParams,
  fixedFormat?: Format,
): Promise<Response> {
  try {
    const formats = params.getAll('format');
    if (formats.length > 1) throw new FilterError('format', 'at most one value', formats.join(', ').slice(0, 200));
    const requested = formats[0];
    const allowed: readonly string[] = fixedFormat ? [fixedFormat] : FORMATS;
    if (requested !== undefined && !allowed.includes(requested)) {
      throw new FilterError('format', `one of ${allowed.join(', ')}`, requested.slice(0, 200));
    }
    const format = (requested ?? fixedFormat ?? 'geojson') as Format;
    const isUnfiltered = [...params.keys()].every((k) => k === 'format');
    if (isUnfiltered) {
      const version = await datasetVersion();
      if (version !== unfilteredVersion) {
        unfiltered.clear();
        unfilteredVersion = version;
      }
    }
    let prepared = isUnfiltered ? unfiltered.get(format) : undefined;
    if (!prepared) {
      prepared = await build(params, format);
      // Kept while this version is served.
      if (isUnfiltered) unfiltered.set(format, prepared);
    }
    return cachedResponse(request, prepared);
  } catch (error) {
    if (error instanceof FilterError) return jsonError(400, error.toJSON());
    // 413: the answer, not the request, would be too large; the body says what to send instead.
    if (error instanceof TooLarge) return jsonError(413, error.toJSON());
    throw error;
  }
}
