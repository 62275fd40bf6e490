/**
 * The shape of the dataset in `data/`, as zod schemas.
 *
 * An incident is a GeoJSON Feature (RFC 7946); a source is a JSON file of
 * metadata beside a plain-text file of its archived text. Cross-file rules
 * (verbatim excerpts, ids that resolve, counties that contain their points)
 * live in `lib/check/`, not here: this module only says what one file may hold.
 */
import { z } from 'zod';
import { AGENCIES, ID_PATTERN, PRECISIONS, SETTINGS, SOURCE_KINDS } from './vocabulary';

export const idSchema = z
  .string()
  .max(120)
  .regex(
    ID_PATTERN,
    'must be URL-safe: lowercase letters, digits and single hyphens (e.g. "ontario-surgery-center-2025-07-08")',
  );

/** Days in a month of the proleptic Gregorian calendar (setUTCFullYear: Date.UTC reads years 0–99 as 1900–1999). */
export function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** True when `value` is a real calendar date (rejects 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** An ISO 8601 calendar date, YYYY-MM-DD, that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date, YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date');

/** A date known to the day, the month or the year: 2025-07-08, 2025-07 or 2025. */
export const partialIsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY-MM-DD, YYYY-MM or YYYY')
  .refine(isCalendarDate, 'is not a real calendar date');

export const httpUrl = z
  .string()
  .url('must be an absolute URL')
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL');

// The closed vocabularies live apart from zod, so a page can import them without building a schema.
export {
  AGENCIES,
  ID_PATTERN,
  PRECISIONS,
  SETTINGS,
  SOURCE_KINDS,
  type Agency,
  type Precision,
  type Setting,
} from './vocabulary';

/** A passage of an archived text that is not reporting (a caption, reader comments, a link line). */
export const nonReportingSchema = z.object({
  kind: z.enum(['photo-caption', 'reader-comments', 'related-link']),
  /** The passage, verbatim. */
  text: z.string().min(1),
  /** Reader comments and link lines are never evidence; a caption may be quoted, marked as a caption. */
  quotable: z.boolean(),
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
  note: z.string().min(1),
});

export const sourceSchema = z
  .object({
    id: idSchema,
    publisher: z.string().min(1),
    title: z.string().min(1),
    url: httpUrl,
    published: partialIsoDate,
    language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code'),
    kind: z.enum(SOURCE_KINDS),
    /** The archived text, a file beside this one. */
    text: z.string().regex(/^[a-z0-9-]+\.txt$/, 'must name a .txt file beside the source'),
    /** When the archived copy entered the dataset. */
    archived: isoDate,
    /** SHA-256 of the archived text's bytes (hex), so a changed text shows; the editor writes it. */
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')
      .optional(),
    notes: z.array(z.string().min(1)).default([]),
    nonReporting: z.array(nonReportingSchema).default([]),
  })
  .strict();
export type SourceMeta = z.infer<typeof sourceSchema>;

/**
 * Our own words in both editions: `{ "en": "…", "es": "…" }`. A plain string
 * is read as the English alone, so the check names the Spanish that is missing
 * ("field properties.notes.0.es: missing Spanish") instead of a type error.
 */
const spanish = z
  .string({ error: (issue) => (issue.input === undefined ? 'missing Spanish' : undefined) })
  .min(1, 'missing Spanish');
const bilingualObject = z.object({ en: z.string().min(1), es: spanish }).strict();
export const bilingual = z.preprocess((v) => (typeof v === 'string' ? { en: v } : v), bilingualObject);
export type Bilingual = z.infer<typeof bilingualObject>;

/**
 * A string where one may stand for both editions (`plain`: a proper name, a
 * date), else our words in both languages. The string form is zod's only when
 * `plain` accepts it, so prose written as a string still reports its missing Spanish.
 */
function plainOrBilingual(plain: z.ZodType<string>) {
  return z.unknown().transform((value, ctx): string | Bilingual => {
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: 'is required: a proper name as a string, or our words as {"en", "es"}' });
      return z.NEVER;
    }
    const parsed = (typeof value === 'string' && plain.safeParse(value).success ? plain : bilingual).safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  });
}

/** A proper name ("Department of Homeland Security") as a string, the same in both editions; a description in both languages. */
export const nameOrProse = plainOrBilingual(z.string().min(1));
/** A date or a number stays a string; anything else is prose, in both languages. */
export const valueOrProse = plainOrBilingual(z.string().regex(/^(\d{4}(-\d{2}){0,2}|[\d.,]+)$/));

/** Our translation of a verbatim excerpt into an edition's language: never the quote itself. */
export const translationSchema = z
  .object({
    text: z.string().min(1),
    /** Who translated it, shown beside the translation: a name, or a description in both languages. */
    translator: nameOrProse,
    /** Who checked it against the original, when a second person did. */
    reviewer: nameOrProse.optional(),
  })
  .strict();
export type Translation = z.infer<typeof translationSchema>;

/**
 * A verbatim excerpt and our translations of it, by language. A plain string
 * is an excerpt without translations: the check then names each one missing.
 */
export const excerptSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { text: v } : v),
  z
    .object({
      text: z.string().min(1),
      translations: z
        .object({ en: translationSchema.optional(), es: translationSchema.optional() })
        .strict()
        .default({}),
    })
    .strict(),
);
export type Excerpt = z.infer<typeof excerptSchema>;

/** A reference to evidence: an archived source (by id) or a further-reporting link (by URL). */
const evidenceRef = {
  source: idSchema.optional(),
  url: httpUrl.optional(),
};

const claimSchema = z
  .object({
    /** Who says it: a proper name as a string, or a description in both languages. */
    party: nameOrProse,
    claim: bilingual,
    ...evidenceRef,
  })
  .strict();

const disagreementSchema = z
  .object({
    /** The property the sources disagree on, e.g. "date", "agencies", "distance". */
    field: z.string().min(1),
    note: bilingual,
    values: z
      .array(z.object({ value: valueOrProse, ...evidenceRef }).strict())
      .min(2)
      .optional(),
  })
  .strict();

/** Further reporting: a link without excerpts. Title and date only where we read them. */
const linkSchema = z
  .object({
    publisher: z.string().min(1),
    title: z.string().min(1).optional(),
    date: partialIsoDate.optional(),
    url: httpUrl,
    /** What this piece adds, in our words. */
    note: bilingual,
  })
  .strict();

const countySchema = z
  .object({
    name: z.string().min(1),
    fips: z.string().regex(/^\d{5}$/, 'must be a five-digit county FIPS code, e.g. "06071"'),
  })
  .strict();

export const propertiesSchema = z
  .object({
    title: z.string().min(1).max(200),
    summary: z.string().min(1),
    /** Spanish versions of our own text (excerpts stay in their original language). */
    es: z.object({ title: z.string().min(1).max(200), summary: z.string().min(1) }).strict(),
    date: partialIsoDate,
    datePrecision: z.enum(['day', 'month', 'year']),
    endDate: isoDate.optional(),
    /** What the sources say about the time of day, in words. */
    time: bilingual.optional(),
    setting: z.enum(SETTINGS),
    agencies: z.array(z.enum(AGENCIES)).min(1),
    place: z
      .object({
        /** A proper name as a string; a description ("outside the court") in both languages. */
        name: nameOrProse,
        address: z.string().min(1).optional(),
        city: z.string().min(1).optional(),
        counties: z.array(countySchema).min(1),
        state: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter state code'),
      })
      .strict(),
    location: z
      .object({
        precision: z.enum(PRECISIONS),
        /** Where the coordinates come from, in words a reader understands. */
        basis: bilingual,
        /** Metres around the point within which the place lies; required unless the precision is building. */
        radius: z.number().positive().max(200_000).optional(),
        /** A GeoNames place the point was copied from; the check compares the coordinates. */
        geonames: z
          .object({ name: z.string().min(1), admin1: z.string().min(1) })
          .strict()
          .optional(),
        /** Counties (FIPS) whose union is the area; the check recomputes it. */
        unionOf: z
          .array(z.string().regex(/^\d{5}$/))
          .min(1)
          .optional(),
      })
      .strict(),
    sources: z
      .array(
        z
          .object({
            source: idSchema,
            excerpts: z.array(excerptSchema).min(1),
          })
          .strict(),
      )
      .min(1),
    claims: z
      .array(
        z
          .object({
            topic: bilingual,
            positions: z.array(claimSchema).min(2),
          })
          .strict(),
      )
      .default([]),
    disagreements: z.array(disagreementSchema).default([]),
    notes: z.array(bilingual).default([]),
    furtherReporting: z.array(linkSchema).default([]),
    related: z.array(z.object({ id: idSchema, relation: bilingual }).strict()).default([]),
    updated: isoDate,
    corrections: z.array(z.object({ date: isoDate, note: bilingual }).strict()).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    const point = p.location.precision !== 'region';
    if (point && p.location.precision !== 'building' && p.location.radius === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['location', 'radius'],
        message: `is required when the precision is "${p.location.precision}"`,
      });
    }
    if (p.endDate && p.datePrecision !== 'day') {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'needs a date known to the day' });
    }
  });
export type IncidentProperties = z.infer<typeof propertiesSchema>;

const position = z.array(z.number()).min(2).max(3);
export const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }).strict(),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }).strict(),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) }).strict(),
]);

export const incidentSchema = z
  .object({
    type: z.literal('Feature'),
    id: idSchema,
    geometry: geometrySchema,
    properties: propertiesSchema,
  })
  .strict();
export type IncidentFeature = z.infer<typeof incidentSchema>;

/** A renamed or merged incident's old id (redirects.json; the rules are in lib/check/ids.ts). */
export const redirectSchema = z
  .object({
    from: idSchema,
    to: idSchema,
    /** When the id changed. */
    date: isoDate,
    /** Why, in words a reader understands ("merged with …", "renamed: wrong date in the id"). */
    reason: bilingual,
  })
  .strict();
export type Redirect = z.infer<typeof redirectSchema>;

/** A withdrawn incident (retracted.json). */
export const retractionSchema = z
  .object({
    id: idSchema,
    /** When the incident was retracted. */
    date: isoDate,
    /** Why, shown on the page the old URL answers with. */
    reason: bilingual,
  })
  .strict();
export type Retraction = z.infer<typeof retractionSchema>;
