/**
 * The data check: everything that must hold before an incident is published.
 * Each rule reports problems that name the file, the id and the field; the
 * check never stops at the first one, so a maintainer sees all of them.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { z } from 'zod';
import { incidentSchema, sourceSchema, type IncidentFeature, type SourceMeta } from '../shared/schema';
import { normalizeQuotes } from '../shared/text';
import { county, countyUnion } from '../geo/counties';
import { checkGeometry } from './geojson';
import { checkIds } from './ids';
import type { Problem } from '../shared/problem';
import { LOCALES, type Locale } from '../shared/i18n/translate';

/** The editions' languages as the check's messages name them. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Spanish' };
import type { RawDataset } from '../dataset/read';

export interface Source extends SourceMeta {
  /** The archived text. */
  body: string;
}

export interface Dataset {
  incidents: IncidentFeature[];
  sources: Map<string, Source>;
}

export interface CheckOptions {
  /** "Today" for dates that cannot lie in the future; defaults to now. */
  today?: string;
  /** Extra rules, e.g. the GeoNames comparison that needs a large devDependency. */
  extraRules?: Array<(dataset: Dataset, fileOf: (id: string) => string) => Problem[]>;
}

function zodProblems(file: string, id: string | undefined, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file,
    id,
    field: issue.path.join('.') || undefined,
    message: issue.message,
  }));
}

function idOf(json: unknown): string | undefined {
  const id = (json as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Compares partial ISO dates at the coarser of their precisions: "2025-07" is not before "2025-07-08". */
function isBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the passage at `at` begins or ends inside a word ("likely" in "unlikely"). */
function cutsWord(text: string, at: number, passage: string): boolean {
  const joins = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && WORD_CHAR.test(a) && WORD_CHAR.test(b);
  return joins(text[at - 1], passage[0]) || joins(passage[passage.length - 1], text[at + passage.length]);
}

/**
 * Finds `excerpt` in `text` as whole words, allowing only quote-style and
 * white-space differences; -1 when it is not there (or is blank).
 */
function locate(excerpt: string, normalizedText: string): number {
  const passage = normalizeQuotes(excerpt);
  if (!passage) return -1;
  for (let at = normalizedText.indexOf(passage); at >= 0; at = normalizedText.indexOf(passage, at + 1)) {
    if (!cutsWord(normalizedText, at, passage)) return at;
  }
  return -1;
}

/**
 * Checks a raw dataset. Returns every problem found and, when there are none,
 * the dataset ready to serve.
 */
export function checkDataset(raw: RawDataset, options: CheckOptions = {}): { problems: Problem[]; dataset?: Dataset } {
  const problems: Problem[] = [...raw.problems];
  const today = options.today ?? new Date().toISOString().slice(0, 10);

  // Sources: schema, id = file name, archived text present, non-reporting passages found.
  const sources = new Map<string, Source>();
  const normalizedTexts = new Map<string, string>();
  const sourceFile = new Map<string, string>();
  // Sources that exist but could not be read (schema, archived text): their own problems say why.
  const unreadableSources = new Set<string>();
  for (const f of raw.sources) {
    const parsed = sourceSchema.safeParse(f.json);
    if (!parsed.success) {
      problems.push(...zodProblems(f.file, idOf(f.json), parsed.error));
      const id = idOf(f.json);
      if (id) unreadableSources.add(id);
      continue;
    }
    const s = parsed.data;
    if (s.id !== f.stem) {
      problems.push({ file: f.file, id: s.id, field: 'id', message: `must match the file name ("${f.stem}")` });
    }
    if (sources.has(s.id)) {
      problems.push({
        file: f.file,
        id: s.id,
        field: 'id',
        message: `duplicate source id, also in ${sourceFile.get(s.id)}`,
      });
      continue;
    }
    const body = raw.texts.get(s.text);
    if (body === undefined) {
      problems.push({
        file: f.file,
        id: s.id,
        field: 'text',
        message: `the archived text "${s.text}" is missing beside it`,
      });
      unreadableSources.add(s.id);
      continue;
    }
    if (s.sha256 && createHash('sha256').update(body, 'utf8').digest('hex') !== s.sha256) {
      problems.push({
        file: f.file,
        id: s.id,
        field: 'sha256',
        message: `does not match the archived text "${s.text}": the text changed since it was archived`,
      });
    }
    const normalized = normalizeQuotes(body);
    s.nonReporting.forEach((span, i) => {
      if (locate(span.text, normalized) < 0) {
        problems.push({
          file: f.file,
          id: s.id,
          field: `nonReporting.${i}.text`,
          message: 'is not verbatim in the archived text',
        });
      }
    });
    if (s.archived < (s.published.length === 10 ? s.published : s.published + '-01')) {
      problems.push({
        file: f.file,
        id: s.id,
        field: 'archived',
        message: `${s.archived} is before the publication date ${s.published}`,
      });
    }
    if (s.archived > today) {
      problems.push({ file: f.file, id: s.id, field: 'archived', message: `${s.archived} is in the future` });
    }
    sources.set(s.id, { ...s, body });
    sourceFile.set(s.id, f.file);
    normalizedTexts.set(s.id, normalized);
  }

  // Incidents: schema, then ids.
  const incidents: IncidentFeature[] = [];
  const incidentFile = new Map<string, string>();
  for (const f of raw.incidents) {
    const parsed = incidentSchema.safeParse(f.json);
    if (!parsed.success) {
      problems.push(...zodProblems(f.file, idOf(f.json), parsed.error));
      // Still known by id, so incidents that relate to it don't report it as unknown too.
      const id = idOf(f.json);
      if (id && !incidentFile.has(id)) incidentFile.set(id, f.file);
      continue;
    }
    const inc = parsed.data;
    if (inc.id !== f.stem) {
      problems.push({ file: f.file, id: inc.id, field: 'id', message: `must match the file name ("${f.stem}")` });
    }
    if (incidentFile.has(inc.id)) {
      problems.push({
        file: f.file,
        id: inc.id,
        field: 'id',
        message: `duplicate incident id, also in ${incidentFile.get(inc.id)}`,
      });
      continue;
    }
    incidentFile.set(inc.id, f.file);
    incidents.push(inc);
  }

  for (const inc of incidents) {
    const file = incidentFile.get(inc.id)!;
    const p = inc.properties;
    const report = (field: string, message: string) => problems.push({ file, id: inc.id, field, message });

    // Geometry under RFC 7946.
    const geometryIssues = checkGeometry(inc.geometry);
    for (const g of geometryIssues) report(g.field, g.message);

    // Sources and verbatim excerpts.
    const cited = new Set<string>();
    p.sources.forEach((ref, i) => {
      const source = sources.get(ref.source);
      if (!source) {
        // A source that exists but cannot be read is reported in its own file, not as unknown here.
        if (unreadableSources.has(ref.source)) cited.add(ref.source);
        else report(`properties.sources.${i}.source`, `unknown source id "${ref.source}"`);
        return;
      }
      if (cited.has(ref.source)) report(`properties.sources.${i}.source`, `source "${ref.source}" is listed twice`);
      cited.add(ref.source);
      const text = normalizedTexts.get(ref.source)!;
      ref.excerpts.forEach(({ text: excerpt, translations }, j) => {
        const field = `properties.sources.${i}.excerpts.${j}`;
        // Every edition whose language differs from the source's reads our translation beside the quote.
        for (const lang of LOCALES) {
          const path = `${field}.translations.${lang}`;
          if (lang === source.language && translations[lang])
            report(path, `the source is in ${LANGUAGE_NAMES[lang]} already: the quote needs no translation into it`);
          if (lang !== source.language && !translations[lang])
            report(
              path,
              `missing ${LANGUAGE_NAMES[lang]} translation (ours, with its translator) of this quote in ${LANGUAGE_NAMES[source.language as Locale] ?? source.language}`,
            );
        }
        const at = locate(excerpt, text);
        if (at < 0) {
          const normalized = normalizeQuotes(excerpt);
          report(
            field,
            normalized && text.includes(normalized)
              ? `starts or ends inside a word of the archived text of "${ref.source}": quote whole words`
              : `is not verbatim in the archived text of "${ref.source}" (only quote marks and white space may differ)`,
          );
          return;
        }
        const end = at + normalizeQuotes(excerpt).length;
        for (const span of source.nonReporting) {
          if (span.quotable) continue;
          const s = locate(span.text, text);
          if (s >= 0 && at < s + normalizeQuotes(span.text).length && end > s) {
            report(field, `quotes the ${span.kind} of "${ref.source}", which is not reporting and never evidence`);
          }
        }
      });
      if (isBefore(source.published, p.date)) {
        report(
          `properties.sources.${i}.source`,
          `"${ref.source}" was published ${source.published}, before the incident's date ${p.date}`,
        );
      }
    });

    // Evidence behind claims and disagreements: a cited source, or a further-reporting link.
    const links = new Set(p.furtherReporting.map((l) => l.url));
    const checkRef = (field: string, ref: { source?: string; url?: string }) => {
      if (!ref.source && !ref.url)
        report(field, 'needs a "source" (a cited source id) or a "url" (a further-reporting link)');
      if (ref.source && !cited.has(ref.source)) {
        report(
          `${field}.source`,
          sources.has(ref.source)
            ? `source "${ref.source}" is not among this incident's sources`
            : `unknown source id "${ref.source}"`,
        );
      }
      if (ref.url && !links.has(ref.url)) report(`${field}.url`, "is not among this incident's furtherReporting links");
    };
    p.claims.forEach((c, i) => c.positions.forEach((pos, j) => checkRef(`properties.claims.${i}.positions.${j}`, pos)));
    p.disagreements.forEach((d, i) =>
      d.values?.forEach((v, j) => checkRef(`properties.disagreements.${i}.values.${j}`, v)),
    );

    // Related incidents.
    p.related.forEach((r, i) => {
      if (r.id === inc.id) report(`properties.related.${i}.id`, 'an incident cannot be related to itself');
      else if (!incidentFile.has(r.id)) report(`properties.related.${i}.id`, `unknown incident id "${r.id}"`);
    });

    // Dates that cannot be.
    if (p.endDate && p.endDate < p.date)
      report('properties.endDate', `${p.endDate} is before the start date ${p.date}`);
    if (p.endDate && p.endDate > today) report('properties.endDate', `${p.endDate} is in the future`);
    if (isBefore(p.updated, p.date))
      report('properties.updated', `${p.updated} is before the incident's date ${p.date}`);
    if (p.updated > today) report('properties.updated', `${p.updated} is in the future`);
    if (isBefore(today, p.date)) report('properties.date', `${p.date} is in the future`);
    p.corrections.forEach((c, i) => {
      if (c.date > p.updated) report(`properties.corrections.${i}.date`, `${c.date} is after "updated" (${p.updated})`);
    });

    // Place and geometry agree: a point lies in a county it names; an area is the union of its counties.
    if (geometryIssues.length > 0) continue;
    const loc = p.location;
    if (inc.geometry.type === 'Point') {
      if (loc.precision === 'region')
        report('properties.location.precision', 'a Point cannot have precision "region": give the area as a Polygon');
      const known = p.place.counties.filter((c) => {
        if (county(c.fips)) return true;
        report('properties.place.counties', `unknown county FIPS code "${c.fips}"`);
        return false;
      });
      if (
        known.length > 0 &&
        !known.some((c) => booleanPointInPolygon(inc.geometry.coordinates as number[], county(c.fips)!))
      ) {
        const [lon, lat] = inc.geometry.coordinates;
        report(
          'geometry.coordinates',
          `[${lon}, ${lat}] lies outside ${known.map((c) => `${c.name} (${c.fips})`).join(' and ')}` +
            (known.some((c) => booleanPointInPolygon([lat, lon], county(c.fips)!))
              ? ': longitude and latitude are swapped'
              : ''),
        );
      }
    } else {
      if (loc.precision !== 'region')
        report('properties.location.precision', `an area must have precision "region", not "${loc.precision}"`);
      if (!loc.unionOf) {
        report(
          'properties.location.unionOf',
          'an area must name the counties it is made of, so the check can recompute it',
        );
      } else {
        const named = p.place.counties
          .map((c) => c.fips)
          .sort()
          .join(',');
        if ([...loc.unionOf].sort().join(',') !== named)
          report('properties.location.unionOf', `must list the same counties as place.counties (${named})`);
        try {
          const expected = countyUnion(loc.unionOf);
          if (JSON.stringify(expected) !== JSON.stringify(inc.geometry)) {
            report(
              'geometry',
              `is not the union of counties ${loc.unionOf.join(', ')} from us-atlas: run "npm run data:areas" to recompute it`,
            );
          }
        } catch (e) {
          report('properties.location.unionOf', (e as Error).message);
        }
      }
    }
  }

  // Permanent ids: redirected and retracted ids keep resolving (lib/check/ids.ts).
  problems.push(...checkIds(raw.dir, new Set(incidentFile.keys()), today, raw.idFiles));

  for (const rule of options.extraRules ?? []) {
    if (problems.length > 0) break;
    problems.push(...rule({ incidents, sources }, (id) => incidentFile.get(id) ?? id));
  }

  if (problems.length > 0) return { problems };
  return { problems, dataset: { incidents, sources } };
}
