/**
 * Reading what the app answers, for the HTTP tests: HTML through linkedom's
 * DOM, XML checked for well-formedness by fast-xml-parser's validator and then
 * read through the same DOM, entities decoded by `entities` (the decoder
 * linkedom's parser uses), PNG size, and a page fetch.
 */
import { decodeHTML } from 'entities';
import { XMLValidator } from 'fast-xml-parser';
import { DOMParser, parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { get } from './helpers';

/** Decodes HTML and XML character references: for checks on the text of a whole answer. */
export function decode(text: string): string {
  return decodeHTML(text);
}

/** An HTML answer as a DOM document. */
export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The content of `<meta property|name="key" content="…">`. */
export function meta(html: string, key: string): string | undefined {
  const doc = htmlDocument(html);
  const tag = [...doc.querySelectorAll('meta')].find(
    (m) => m.getAttribute('property') === key || m.getAttribute('name') === key,
  );
  return tag?.getAttribute('content') ?? undefined;
}

/** Every `<link rel="…">`, as a record of its attributes. */
export function links(html: string, rel: string): Record<string, string>[] {
  return [...htmlDocument(html).querySelectorAll('link')]
    .filter((l) => l.getAttribute('rel') === rel)
    .map((l) => Object.fromEntries([...l.attributes].map((a) => [a.name, a.value])));
}

/** Checks that an XML text is well-formed (one root element); throws, saying where, if it is not. */
export function checkWellFormed(xml: string): void {
  const result = XMLValidator.validate(xml);
  if (result !== true)
    throw new Error(`not well-formed at line ${result.err.line}, column ${result.err.col}: ${result.err.msg}`);
  const roots = [...xmlDocument(xml).childNodes].filter((n) => n.nodeType === 1).length;
  if (roots !== 1) throw new Error(`not well-formed: ${roots} root elements`);
}

function xmlDocument(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}

/** A well-formed XML answer as a DOM document (throws where it is not well-formed). */
export function parseXml(xml: string): Document {
  checkWellFormed(xml);
  return xmlDocument(xml);
}

/** The elements named `tag` in an XML text or inside an element, in document order. */
export function elements(xml: string | Element, tag: string): Element[] {
  const root = typeof xml === 'string' ? parseXml(xml) : xml;
  return [...root.getElementsByTagName(tag)];
}

/** The text of the first `tag` inside `parent`, or undefined. */
export function textOf(parent: Element, tag: string): string | undefined {
  return parent.getElementsByTagName(tag)[0]?.textContent ?? undefined;
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

const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'PRE', 'CODE', 'SVG']);
const BLOCKS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DD',
  'DT',
  'DIV',
  'FIGCAPTION',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'NAV',
  'MAIN',
  'BR',
  'TD',
  'TH',
  'UL',
  'OL',
  'DL',
]);

/**
 * The text a reader sees on a page, block by block, outside what may stay in
 * its original language (issue 22): verbatim quotes (<blockquote>) and the
 * titles and proper names marked `data-original` (leaf elements), scripts
 * and code left out.
 */
export function visibleText(html: string): string {
  const doc = htmlDocument(html);
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.tagName.toUpperCase();
    if (HIDDEN.has(name) || name === 'BLOCKQUOTE') {
      parts.push('\n');
      return;
    }
    if (el.hasAttribute('data-original') && el.children.length === 0) {
      parts.push(' ');
      return;
    }
    const block = BLOCKS.has(name);
    if (block) parts.push('\n');
    for (const child of el.childNodes) walk(child);
    if (block) parts.push('\n');
  };
  walk(doc.body ?? doc.documentElement);
  return parts.join('');
}
