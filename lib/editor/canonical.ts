/**
 * The one way the editor writes a JSON file, so that a git diff shows only
 * what changed: keys in the order the schema declares them (keys it does not
 * know keep their order after those), two-space indentation, "\n" line ends,
 * a final newline. An object or array is written on one line when that line
 * fits in WIDTH columns, as the hand-written files mostly do; otherwise one
 * member per line. Formatting the output again gives the same bytes.
 */
import 'server-only';
import type { z } from 'zod';

/** Columns a one-line object or array may take, indentation included. */
export const WIDTH = 120;

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
};

function defOf(schema: z.ZodType | undefined): Def | undefined {
  return (schema as unknown as { _zod?: { def: Def } } | undefined)?._zod?.def;
}

/**
 * The schema under optional/default/nullable/pipe wrappers. A preprocess
 * (a pipe from a transform, as the bilingual fields and excerpts are) is
 * described by what it pipes into.
 */
function unwrap(schema: z.ZodType | undefined): Def | undefined {
  let def = defOf(schema);
  while (def && (def.innerType || (def.type === 'pipe' && def.in))) {
    if (def.innerType) def = defOf(def.innerType);
    else def = defOf(defOf(def.in)?.type === 'transform' && def.out ? def.out : def.in);
  }
  return def;
}

/** Our words in both languages: English first, wherever the schema cannot say so (a name-or-prose field is opaque to it). */
const LANGUAGES = ['en', 'es'];

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The option of a union whose declared keys cover the value's keys (geometry types, for one). */
function pickOption(options: z.ZodType[], value: Record<string, unknown>): Def | undefined {
  const keys = Object.keys(value);
  const objects = options.map(unwrap).filter((d): d is Def => d?.type === 'object');
  const fits = (d: Def) => keys.every((k) => k in d.shape!);
  const literal = (d: Def) =>
    Object.entries(d.shape!).every(([k, s]) => {
      const v = (unwrap(s) as { values?: unknown[] } | undefined)?.values;
      return !v || v.includes(value[k]);
    });
  return objects.find((d) => fits(d) && literal(d)) ?? objects.find(fits);
}

/** A copy of `value` with object keys in the schema's order; undefined members dropped. */
export function orderKeys(value: unknown, schema?: z.ZodType): unknown {
  let def = unwrap(schema);
  if (def?.type === 'union' && def.options && isPlainObject(value)) def = pickOption(def.options, value);
  if (Array.isArray(value)) return value.map((v) => orderKeys(v, def?.type === 'array' ? def.element : undefined));
  if (!isPlainObject(value)) return value;
  const shape: Record<string, z.ZodType | undefined> = def?.type === 'object' ? def.shape! : {};
  const order =
    def?.type !== 'object' && Object.keys(value).every((k) => LANGUAGES.includes(k)) ? LANGUAGES : Object.keys(shape);
  const known = order.filter((k) => k in value);
  const rest = Object.keys(value).filter((k) => !order.includes(k));
  const out: Record<string, unknown> = {};
  for (const k of [...known, ...rest]) if (value[k] !== undefined) out[k] = orderKeys(value[k], shape[k]);
  return out;
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  if (isPlainObject(value)) {
    const members = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`);
    return members.length ? `{ ${members.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/** `value` at `indent`, where `prefix` (a key) already takes `used` columns of the first line. */
function format(value: unknown, indent: string, used: number): string {
  const flat = oneLine(value);
  if (!(Array.isArray(value) || isPlainObject(value)) || used + flat.length <= WIDTH) return flat;
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + format(v, inner, inner.length)).join(',\n')}\n${indent}]`;
  }
  const members = Object.entries(value).map(([k, v]) => {
    const key = `${JSON.stringify(k)}: `;
    return inner + key + format(v, inner, inner.length + key.length);
  });
  return `{\n${members.join(',\n')}\n${indent}}`;
}

/**
 * The canonical text of a JSON file.
 *
 * @example
 * canonicalJson({ b: 1, a: [1, 2] }) // '{ "b": 1, "a": [1, 2] }\n'
 */
export function canonicalJson(value: unknown, schema?: z.ZodType): string {
  return format(orderKeys(value, schema), '', 0) + '\n';
}

/** Archived text as written: "\n" line ends and one final newline; nothing else is touched (excerpts quote it). */
export function canonicalText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n*$/, '') + '\n';
}
