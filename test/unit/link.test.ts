/** The renderer's own guard on links from the data (lib/shared/link.ts, components/site/ExternalLink.tsx). */
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ExternalLink } from '@/components/site/ExternalLink';
import { httpHost, httpHref } from '@/lib/shared/link';

const REFUSED = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjava\nscript:alert(1)',
  'java\u0000script:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'mailto:a@example.org',
  '//evil.example/x',
  '/incidents/x',
  'example.org',
  '',
  'http//missing-colon.example',
];

describe('httpHref', () => {
  it.each([
    'https://example.org/a?b=c#d',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG/x',
    'https://example.org/"><script>alert(1)</script>',
  ])('keeps %s', (url) => {
    expect(httpHref(url)).toBe(url);
  });

  it.each(REFUSED)('refuses %j', (url) => {
    expect(httpHref(url)).toBeUndefined();
  });

  it('names the host of a link, and nothing for a refused one', () => {
    expect(httpHost('https://www.ktvu.com/news')).toBe('ktvu.com');
    expect(httpHost('javascript:alert(1)')).toBeUndefined();
    expect(httpHost('not a url')).toBeUndefined();
  });
});

describe('ExternalLink', () => {
  const render = (href: string, text = 'A title') =>
    renderToStaticMarkup(createElement(ExternalLink, { href, target: '_blank' }, text));

  it('an http(s) URL becomes a link with rel="noopener noreferrer"', () => {
    expect(render('https://example.org/a')).toBe(
      '<a href="https://example.org/a" target="_blank" rel="noopener noreferrer">A title</a>',
    );
  });

  it.each(REFUSED)('%j stays text: no <a>, no href', (url) => {
    const html = render(url);
    expect(html).toBe('<span>A title</span>');
  });

  it('writes markup in the URL and the text as text', () => {
    const html = render('https://example.org/"><script>alert(1)</script>', '<img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('href="https://example.org/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
