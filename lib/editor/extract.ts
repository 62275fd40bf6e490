/**
 * The readable text of a saved web page: Mozilla's Readability (the engine of
 * Firefox's Reader View) on a linkedom document, then one line per paragraph,
 * heading, list item, quote or caption, so excerpts can be chosen line by
 * line. Also what the page says about itself (canonical URL, title,
 * publisher, publication date, language) for the maintainer to review: a
 * suggestion, never trusted without a look.
 */
import 'server-only';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface Extracted {
  text: string;
  title?: string;
  publisher?: string;
  url?: string;
  /** YYYY-MM-DD when the page gives a date. */
  published?: string;
  /** Two-letter ISO 639-1 code. */
  language?: string;
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The text of `root`, a line per block element, white space inside a line collapsed. */
export function blockText(root: DomNode): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) line += child.textContent ?? '';
      else if (child.nodeType !== 1 || SKIP.has(child.nodeName.toUpperCase())) continue;
      else if (child.nodeName.toUpperCase() === 'BR') flush();
      else if (BLOCKS.has(child.nodeName.toUpperCase())) {
        flush();
        walk(child);
        flush();
      } else walk(child);
    }
  };
  walk(root);
  flush();
  return lines.join('\n');
}

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function isoDay(value: string | undefined | null): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '');
  return m?.[1];
}

function httpUrl(value: string | undefined | null): string | undefined {
  return value && /^https?:\/\/\S+$/i.test(value.trim()) ? value.trim() : undefined;
}

/** The article in `html`; its text is empty when Readability finds no article. */
export function extractArticle(html: string): Extracted {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  // Read the page's own description before Readability rewrites the document.
  const url = httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? httpUrl(meta(doc, 'og:url'));
  const published =
    isoDay(meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate')) ??
    isoDay(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  const lang = (doc.documentElement?.getAttribute('lang') ?? meta(doc, 'og:locale') ?? '').slice(0, 2).toLowerCase();
  const article = new Readability(doc, { keepClasses: false }).parse();
  const content = article?.content
    ? blockText(
        parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomNode,
      )
    : '';
  return {
    text: content,
    title: article?.title?.trim() || meta(doc, 'og:title') || undefined,
    publisher: meta(doc, 'og:site_name') ?? (article?.siteName?.trim() || undefined),
    url,
    published: published ?? isoDay(article?.publishedTime),
    language: /^[a-z]{2}$/.test(lang) ? lang : undefined,
  };
}
