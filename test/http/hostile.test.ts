/**
 * Hostile content: a dataset (test/fixtures/hostile-data, passes the data
 * check) whose titles, summaries, excerpts, publishers, notes and source URLs
 * carry HTML, <script>, event handlers, "</script>", CDATA ends and formula
 * starts, served by a second server (DATA_DIR). Every answer that shows them
 * keeps them inert: escaped in HTML, in the JSON-LD, in the oEmbed frame; as
 * data in JSON; neutralised in CSV; drawn as text in the share image. The
 * same in a browser: e2e/hostile.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from './helpers';
import { startSecondServer, type SecondServer } from './second-server';

const DIR = path.resolve('test/fixtures/hostile-data');
const incidents = readdirSync(path.join(DIR, 'incidents')).map((f) =>
  JSON.parse(readFileSync(path.join(DIR, 'incidents', f), 'utf8')),
);
const IDS: string[] = incidents.map((f) => f.id);

let server: SecondServer;
const at = (p: string) => fetch(server.base + p, { redirect: 'manual' });

beforeAll(async () => {
  server = await startSecondServer({ DATA_DIR: DIR });
}, 60_000);
afterAll(() => server?.stop());

/** The start tags of an HTML document (quoted attribute values hold no raw "<" or ">" once escaped). */
const tags = (html: string) => html.match(/<[a-zA-Z][^>]*>/g) ?? [];

/** A start tag's attribute names. */
const attributeNames = (tag: string) =>
  [...tag.replace(/^<[a-zA-Z][^\s/>]*/, '').matchAll(/\s*([^\s"'=<>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)].map(
    (m) => m[1].toLowerCase(),
  );

/** What an inert page holds: only the app's own scripts, no event-handler attribute, no payload element. */
function expectInert(html: string) {
  for (const tag of tags(html)) {
    expect(
      attributeNames(tag).filter((name) => name.startsWith('on')),
      tag.slice(0, 200),
    ).toEqual([]);
    expect(tag, 'a payload element').not.toMatch(/^<img src="?x[\s">]/i);
  }
  const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
  for (const script of scripts) {
    const [, attrs, body] = /^<script\b([^>]*)>([\s\S]*)<\/script>$/.exec(script)!;
    if (/\ssrc="\/_next\/static\/[^"]+"/.test(attrs)) continue;
    if (attrs === ' type="application/ld+json"') continue;
    // Next's bootstrap and flight data (the data in them is JSON in a JS string, "<" escaped), React's streaming runtime.
    expect(body, `an inline script that is neither Next's nor React's: ${script.slice(0, 200)}`).toMatch(
      /^(\(self\.__next_f=|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\]|requestAnimationFrame\(function\(\)\{\$RT=|\$RB=\[\];\$RV=)/,
    );
    expect(body).not.toContain('__pwned="');
  }
  expect(html).not.toContain('<script>window.__pwned');
}

/** Every link: to this site, or http(s) with rel="noopener noreferrer". */
function expectSafeLinks(html: string) {
  const anchors = tags(html).filter((t) => /^<a\s/.test(t));
  expect(anchors.length).toBeGreaterThan(0);
  for (const a of anchors) {
    const href = /\shref="([^"]*)"/.exec(a)?.[1];
    if (href === undefined) continue;
    if (/^(\/(?!\/)|#)/.test(href)) continue;
    expect(href, a).toMatch(/^https?:\/\//);
    // Our own absolute links (SITE_URL) need no rel; every other host does.
    if (!href.startsWith('http://localhost:3000/'))
      expect(a, 'rel on a link to another site').toContain('rel="noopener noreferrer"');
  }
}

describe.each(IDS)('%s', (id) => {
  const incident = incidents.find((f) => f.id === id)!;

  it('the incident page shows every hostile text as text, and the JSON-LD cannot be broken out of', async () => {
    const res = await at(`/incidents/${id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expectInert(html);
    expectSafeLinks(html);
    // The title, escaped as HTML text.
    const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(html).toContain(escaped(incident.properties.title).replace(/"/g, '&quot;'));
    const ld = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)!;
    expect(ld).toHaveLength(1);
    const json = ld[0].replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, '');
    expect(json).not.toMatch(/<|>/);
    const data = JSON.parse(json);
    expect(data.name).toBe(incident.properties.title);
    expect(data.description).toBe(incident.properties.summary);
  });

  it('the embed shows them as text', async () => {
    const res = await at(`/embed/incidents/${id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expectInert(html);
    expectSafeLinks(html);
  });

  it('the API serves them as data, verbatim, never as a document', async () => {
    const res = await at(`/api/incidents/${id}`);
    expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    const f = await res.json();
    expect(f.properties.title).toBe(incident.properties.title);
    expect(f.properties.sources[0].excerpts[0].text).toBe(incident.properties.sources[0].excerpts[0].text);
    expect(f.properties.sources[0].excerpts[0].translations.es.text).toBe(
      incident.properties.sources[0].excerpts[0].translations.es.text,
    );
  });

  it('the share images render, in both languages: 200, a PNG', async () => {
    for (const image of [`/incidents/${id}/share-image`, `/es/incidents/${id}/share-image`]) {
      const res = await at(image);
      expect(res.status, image).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      const png = Buffer.from(await res.arrayBuffer());
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(png.length).toBeGreaterThan(5_000);
    }
  });

  it('the oEmbed frame carries the title as an escaped attribute', async () => {
    const body = await (
      await at(`/api/oembed?url=${encodeURIComponent(`http://localhost:3000/incidents/${id}`)}`)
    ).json();
    expect(body.title).toBe(incident.properties.title);
    expect(tags(body.html)).toHaveLength(1);
    expect(body.html).toMatch(
      /^<iframe src="http:\/\/localhost:3000\/embed\/incidents\/[a-z0-9-]+" [^<>]*><\/iframe>$/,
    );
  });
});

describe('the whole selection', () => {
  it('the map page and the whole-map embed stay inert', async () => {
    for (const p of ['/', `/?incident=${IDS[0]}`, '/embed', `/embed?incident=${IDS[1]}`]) {
      const res = await at(p);
      expect(res.status, p).toBe(200);
      expectInert(await res.text());
    }
  });

  it('CSV: no text cell starts a formula (= + - @), and the texts survive after the apostrophe', async () => {
    const res = await at('/api/incidents.csv');
    expect(res.status).toBe(200);
    const { header, records } = csvRecords(await res.text());
    expect(records).toHaveLength(IDS.length);
    const numeric = new Set(['longitude', 'latitude', 'radius_m', 'source_count']);
    let neutralised = 0;
    for (const record of records) {
      for (const column of header) {
        const cell = record[column];
        if (numeric.has(column)) {
          expect(cell, column).toMatch(/^(-?\d+(\.\d+)?)?$/);
          continue;
        }
        expect(cell, `${column}: ${cell.slice(0, 40)}`).not.toMatch(/^[=+\-@\t\r]/);
        if (cell.startsWith("'")) neutralised++;
      }
      const incident = incidents.find((f) => f.id === record.id)!;
      expect(record.title).toBe(
        /^[=+\-@]/.test(incident.properties.title) ? `'${incident.properties.title}` : incident.properties.title,
      );
    }
    // Titles start with =, +, - and @; place names with @.
    expect(neutralised).toBeGreaterThanOrEqual(2 * IDS.length);
    expect(records.map((r) => r.title[1])).toEqual(expect.arrayContaining(['=', '+', '-', '@']));
  });
});
