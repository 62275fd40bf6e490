/**
 * Small parsers for the HTTP tests (node built-ins only): HTML entities,
 * <meta> and <link> tags, XML well-formedness, PNG size, and a page fetch.
 */
import { expect } from 'vitest';
import { get } from './helpers';

/** Decodes the entities React and our XML writers emit. */
export function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The content of `<meta property|name="key" content="…">` in the head, decoded. */
export function meta(html: string, key: string): string | undefined {
  const m = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return m ? decode(m[1]) : undefined;
}

/** Every `<link rel="…" …>` with its attributes. */
export function links(html: string, rel: string): Record<string, string>[] {
  return [...html.matchAll(/<link ([^>]*)\/?>/g)]
    .map((m) => Object.fromEntries([...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], decode(a[2])])))
    .filter((a) => a.rel === rel);
}

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

/** Checks that an XML text is well-formed: one root, balanced and matching tags, quoted attributes, valid entities. Throws where it is not. */
export function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed at ${i}: ${why} near ${JSON.stringify(xml.slice(i, i + 40))}`);
  };
  const checkText = (text: string) => {
    for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) if (!ENTITY.test(text.slice(at))) fail('bad entity');
  };
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && text.trim()) fail('text outside the root');
    checkText(text);
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) fail('unclosed comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i);
      if (end < 0 || stack.length === 0) fail('bad CDATA');
      i = end + 3;
    } else if (xml[i + 1] === '/') {
      const end = xml.indexOf('>', i);
      const name = xml.slice(i + 2, end).trim();
      if (stack.pop() !== name) fail(`unexpected </${name}>`);
      i = end + 1;
    } else {
      const end = xml.indexOf('>', i);
      if (end < 0) fail('unclosed tag');
      let body = xml.slice(i + 1, end);
      const selfClosing = body.endsWith('/');
      if (selfClosing) body = body.slice(0, -1);
      const name = body.split(/\s/, 1)[0];
      if (!NAME.test(name)) fail(`bad tag name "${name}"`);
      let attrs = body.slice(name.length).trim();
      const seen = new Set<string>();
      while (attrs) {
        const m = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')\s*/.exec(attrs);
        if (!m) fail(`bad attribute in <${name}>`);
        if (seen.has(m![1])) fail(`duplicate attribute ${m![1]}`);
        seen.add(m![1]);
        checkText(m![3] ?? m![4]);
        attrs = attrs.slice(m![0].length);
      }
      if (stack.length === 0 && ++roots > 1) fail('a second root element');
      if (!selfClosing) stack.push(name);
      i = end + 1;
    }
  }
  if (stack.length) throw new Error(`unclosed elements: ${stack.join(' > ')}`);
  if (roots !== 1) throw new Error('no root element');
}

/** The decoded text of each `<tag>` directly in `xml` (no nesting of the same tag). */
export function elements(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.slice(0, 8)]).toEqual(signature);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(new TextDecoder().decode(bytes.slice(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A path on our server for an absolute URL the app printed (its origin is SITE_URL, not the test server). */
export const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

export async function page(p: string): Promise<{ res: Response; html: string }> {
  const res = await get(p);
  return { res, html: await res.text() };
}

/**
 * The text a reader sees on a page, block by block, outside what may stay in
 * its original language (issue 22): verbatim quotes (<blockquote>) and the
 * titles and proper names marked `data-original` (leaf elements), scripts
 * and code left out.
 */
export function visibleText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return decode(
    body
      .replace(/<(script|style|noscript|template|textarea|pre|code|svg)\b[\s\S]*?<\/\1>/g, '\n')
      .replace(/<blockquote\b[\s\S]*?<\/blockquote>/g, '\n')
      .replace(/<(\w+)\b[^>]*\bdata-original="[^"]*"[^>]*>[^<]*<\/\1>/g, ' ')
      .replace(/<\/?(?:p|li|h\d|dd|dt|div|figcaption|section|article|header|footer|nav|main|br|td|th|ul|ol|dl)\b[^>]*>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );
}
