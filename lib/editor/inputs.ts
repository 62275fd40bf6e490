/**
 * What the editor refuses to take in, with a message a maintainer can act on:
 * text too large to be an article, binary files, and markup or scripts in
 * text fields (every field is plain text: the app writes it as text, and a
 * "<script>" in the data is a mistake or an attack either way).
 */

/** The largest archived text or web page the editor takes: no article comes near it. */
import 'server-only';

export const MAX_TEXT_BYTES = 4 * 1024 * 1024;
/** The largest request body: a page or text at the limit, plus its metadata, JSON-escaped. */
export const MAX_BODY_BYTES = 3 * MAX_TEXT_BYTES;

const MARKUP =
  /<\s*\/?\s*(?:script|iframe|object|embed|style|svg|math|img|link|meta|base|form|input)\b|\bjavascript\s*:|\bon[a-z]+\s*=\s*["']/i;
// Control characters other than tab and line ends, and U+FFFD where bytes were not UTF-8.
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/** Why a pasted or imported text (a page's HTML, an archived text) is refused, or undefined. */
export function refuseText(text: unknown, what: string): string | undefined {
  if (typeof text !== 'string') return `${what} must be text`;
  if (Buffer.byteLength(text, 'utf8') > MAX_TEXT_BYTES)
    return `${what} is larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB: that is not an article`;
  if (BINARY.test(text)) return `${what} is not text (it holds binary data or bytes that are not UTF-8)`;
  return undefined;
}

/**
 * Every string field of `value` (a record being saved) that holds markup or
 * a script, as [dotted path, message]. Archived text is checked apart, where
 * "<" may be quoted prose.
 */
export function refuseMarkup(value: unknown, at: string[] = []): [string, string][] {
  if (typeof value === 'string') {
    if (BINARY.test(value)) return [[at.join('.'), 'holds control characters or bytes that are not UTF-8']];
    return MARKUP.test(value) ? [[at.join('.'), 'holds HTML markup or a script: fields are plain text']] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => refuseMarkup(v, [...at, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => refuseMarkup(v, [...at, k]));
  return [];
}
