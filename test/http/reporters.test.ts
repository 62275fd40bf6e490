/**
 * What reporters link to, over HTTP against the built app: incident pages
 * (content without JavaScript, share metadata, JSON-LD, citations), share
 * images, 404s, the feed, sitemap and robots, /about and the OpenAPI
 * description, oEmbed; and, on a second server whose DATA_DIR holds a
 * redirect chain and a retraction, the 308 and 410 answers.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ID, dataDir, dataIncidents, get, normalize } from './helpers';
import {
  checkWellFormed,
  decode,
  elements,
  htmlDocument,
  links,
  meta,
  page,
  parseXml,
  pathOf,
  pngSize,
  textOf,
  visibleText,
} from './markup';
import { englishSentences } from '../../e2e/english';
import { startSecondServer, type SecondServer } from './second-server';

interface ApiFeature {
  id: string;
  properties: {
    title: string;
    summary: string;
    updated: string;
    sources: {
      id: string;
      url: string;
      publisher: string;
      language: string;
      excerpts: { text: string; part: string }[];
    }[];
    claims: { topic: Bilingual; positions: { party: string | Bilingual; claim: Bilingual }[] }[];
    disagreements: { note: Bilingual }[];
    related: { id: string }[];
    furtherReporting: { url: string }[];
    notes: Bilingual[];
  };
}

type Bilingual = { en: string; es: string };

const incidentIds = dataIncidents()
  .map((i) => i.id)
  .sort();
const features = new Map<string, ApiFeature>();

beforeAll(async () => {
  for (const id of incidentIds) features.set(id, await (await get(`/api/incidents/${id}`)).json());
});

// --- incident pages ----------------------------------------------------------------------

describe('GET /incidents/{id}', () => {
  it('answers every incident with a complete HTML page, without JavaScript', async () => {
    for (const id of incidentIds) {
      const f = features.get(id)!;
      const { res, html } = await page(`/incidents/${id}`);
      expect(res.status, id).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(decode(html)).toContain(`<h1>${f.properties.title}</h1>`);
      expect(normalize(decode(html))).toContain(normalize(f.properties.summary));

      // Every excerpt, verbatim, in a <blockquote cite> that points at its source.
      const quotes = [...htmlDocument(html).querySelectorAll('blockquote[cite]')].map((q) => ({
        cite: q.getAttribute('cite'),
        text: q.querySelector('p')?.textContent,
      }));
      const expected = f.properties.sources.flatMap((s) => s.excerpts.map((e) => ({ cite: s.url, text: e.text })));
      expect(quotes).toEqual(expected);
      for (const s of f.properties.sources) {
        expect(html, s.url).toContain(
          `<a lang="${s.language}" data-original="title" href="${s.url.replace(/&/g, '&amp;')}" rel="noopener noreferrer">`,
        );
        expect(decode(html)).toContain(s.publisher);
      }
      const captions = f.properties.sources.flatMap((s) => s.excerpts).filter((e) => e.part === 'photo-caption').length;
      expect(html.match(/data-part="photo-caption"><figcaption[^>]*>Photo caption<\/figcaption>/g)?.length ?? 0).toBe(
        captions,
      );

      for (const c of f.properties.claims) for (const pos of c.positions) expect(decode(html)).toContain(pos.claim.en);
      for (const d of f.properties.disagreements) expect(decode(html)).toContain(d.note.en);
      for (const n of f.properties.notes) expect(decode(html)).toContain(n.en);
      for (const r of f.properties.related) expect(html).toContain(`href="/incidents/${r.id}"`);
      for (const l of f.properties.furtherReporting)
        expect(html).toContain(`href="${l.url.replace(/&/g, '&amp;')}" rel="noopener noreferrer"`);
      expect(html).toContain(`href="/?incident=${id}"`);
      expect(html).toMatch(new RegExp(`Last updated:(<!-- -->)? <time dateTime="${f.properties.updated}"`, 'i'));
      // The small map's frame (the map itself is drawn in the browser) and the embed code.
      expect(html).toContain(`data-incident-map="${id}"`);
      expect(decode(html)).toContain(`/embed/incidents/${id}`);
    }
  });

  it('labels photo-caption excerpts (the El Paso incident is known from a caption)', async () => {
    const { html } = await page(`/incidents/${ID.elPaso}`);
    expect(html).toMatch(/data-part="photo-caption"><figcaption[^>]*>Photo caption<\/figcaption><blockquote/);
  });

  it('shows conflicting claims side by side', async () => {
    const { html } = await page(`/incidents/${ID.ontario}`);
    expect(html).toContain('Conflicting claims');
    expect(decode(html)).toContain('Department of Homeland Security');
    expect(decode(html)).toContain('Javier Hernandez, Inland Coalition for Immigrant Justice');
  });

  it('has title, description, canonical URL, Open Graph, Twitter card and oEmbed discovery', async () => {
    for (const id of incidentIds) {
      const f = features.get(id)!;
      const { html } = await page(`/incidents/${id}`);
      const canonical = links(html, 'canonical');
      expect(canonical).toHaveLength(1);
      const url = canonical[0].href;
      expect(url).toMatch(new RegExp(`^https?://[^/]+/incidents/${id}$`));
      expect(decode(html)).toContain(`<title>${f.properties.title} · Incident map</title>`);
      expect(meta(html, 'description')!.length).toBeGreaterThan(50);
      expect(meta(html, 'og:title')).toBe(f.properties.title);
      expect(meta(html, 'og:url')).toBe(url);
      expect(meta(html, 'og:type')).toBe('article');
      expect(meta(html, 'og:description')).toBe(meta(html, 'description'));
      expect(meta(html, 'og:image')).toBe(`${url}/share-image`);
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'og:image:height')).toBe('630');
      expect(meta(html, 'og:image:alt')).toBeTruthy();
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(meta(html, 'twitter:title')).toBe(f.properties.title);
      expect(meta(html, 'twitter:image')).toBe(`${url}/share-image`);

      const oembed = links(html, 'alternate').filter((l) => l.type === 'application/json+oembed');
      expect(oembed).toHaveLength(1);
      expect(new URL(oembed[0].href).searchParams.get('url')).toBe(url);
      expect(new URL(oembed[0].href).pathname).toBe('/api/oembed');
      expect(oembed[0].title).toBe(f.properties.title);
    }
  });

  it('carries JSON-LD that parses and describes the incident and its sources', async () => {
    for (const id of incidentIds) {
      const f = features.get(id)!;
      const { html } = await page(`/incidents/${id}`);
      const scripts = [...htmlDocument(html).querySelectorAll('script[type="application/ld+json"]')].map(
        (s) => s.textContent!,
      );
      expect(scripts).toHaveLength(1);
      // Escaped for a <script>: no raw "<", so no "</script>" in the data can break out.
      expect(scripts[0]).not.toContain('<');
      const ld = JSON.parse(scripts[0]);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('Dataset');
      expect(ld.name).toBe(f.properties.title);
      expect(ld.url).toBe(links(html, 'canonical')[0].href);
      expect(ld.dateModified).toBe(f.properties.updated);
      expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(ld.about['@type']).toBe('Event');
      expect(ld.spatialCoverage['@type']).toBe('Place');
      expect(['GeoCoordinates', 'GeoCircle', 'GeoShape']).toContain(ld.spatialCoverage.geo['@type']);
      expect(ld.citation.map((c: { url: string }) => c.url)).toEqual([
        ...f.properties.sources.map((s) => s.url),
        ...f.properties.furtherReporting.map((l) => l.url),
      ]);
    }
    const area = JSON.parse(
      htmlDocument((await page(`/incidents/${ID.diocese}`)).html).querySelector('script[type="application/ld+json"]')!
        .textContent!,
    );
    expect(area.spatialCoverage.geo).toMatchObject({
      '@type': 'GeoShape',
      box: expect.stringMatching(/^[-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+$/),
    });
  });

  it('offers a plain and an APA citation with the permanent URL, and copy buttons that wait for JavaScript', async () => {
    const { html } = await page(`/incidents/${ID.sf}`);
    const url = links(html, 'canonical')[0].href;
    const citations = [...htmlDocument(html).querySelectorAll('[data-citation]')].map((p) => ({
      style: p.getAttribute('data-citation'),
      text: p.textContent!,
    }));
    expect(citations.map((c) => c.style)).toEqual(['plain', 'apa']);
    for (const c of citations) {
      expect(c.text).toContain(url);
      expect(c.text).toContain('Incident map');
      expect(c.text).toContain('[date accessed]'); // filled in by the browser
    }
    expect(citations[0].text).toContain('Last updated November 24, 2026.');
    expect(citations[1].text).toMatch(
      /^Incident map\. \(2026, November 24\)\. Man detained outside the San Francisco immigration court\. Retrieved /,
    );
    expect(html.match(/<button type="button" hidden="">Copy (plain|APA) citation<\/button>/g)).toHaveLength(2);
    // Two for the citations, one for the embed code.
    expect(html.match(/role="status" aria-live="polite"/g)).toHaveLength(3);
  });

  it('answers an unknown id with a real 404 page that offers the map and a search', async () => {
    for (const p of ['/incidents/no-such-incident-2025-01-01', '/incidents/NOT%20AN%20ID', '/no-such-page']) {
      const { res, html } = await page(p);
      expect(res.status, p).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(html).toContain('Page not found');
      expect(html).toContain('<a href="/">Open the map</a>');
      const doc = htmlDocument(html);
      const form = doc.querySelector('form[role="search"]');
      expect(form?.getAttribute('action')).toBe('/');
      expect(form?.getAttribute('method')).toBe('get');
      const input = doc.getElementById('not-found-q');
      expect(input?.getAttribute('name')).toBe('q');
      expect(input?.getAttribute('type')).toBe('search');
    }
  });
});

// --- share images ------------------------------------------------------------------------

describe('share images', () => {
  it('are 1200×630 PNGs for every incident, at the URLs the metadata gives', async () => {
    for (const id of incidentIds) {
      const { html } = await page(`/incidents/${id}`);
      for (const key of ['og:image', 'twitter:image']) {
        const res = await get(pathOf(meta(html, key)!));
        expect(res.status, `${id} ${key}`).toBe(200);
        expect(res.headers.get('content-type')).toBe('image/png');
        const bytes = new Uint8Array(await res.arrayBuffer());
        expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
        expect(bytes.length).toBeGreaterThan(10_000); // drawn, not blank
      }
    }
  });

  it('404 for an unknown incident', async () => {
    const res = await get('/incidents/no-such-incident/share-image');
    await res.arrayBuffer();
    expect(res.status).toBe(404);
  });
});

// --- feed, sitemap, robots ---------------------------------------------------------------

describe('GET /feed.xml', () => {
  it('is well-formed Atom with one entry per incident, its permanent URL as id and link', async () => {
    const res = await get('/feed.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed /);
    const feed = parseXml(xml).documentElement;
    expect(feed.tagName).toBe('feed');
    expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    const entries = elements(feed, 'entry');
    expect(entries).toHaveLength(incidentIds.length);
    const seen: string[] = [];
    for (const entry of entries) {
      const id = textOf(entry, 'id')!;
      const m = /^https?:\/\/[^/]+\/incidents\/([a-z0-9-]+)$/.exec(id);
      expect(m, id).not.toBeNull();
      seen.push(m![1]);
      const link = elements(entry, 'link')[0];
      expect([link.getAttribute('rel'), link.getAttribute('type'), link.getAttribute('href')]).toEqual([
        'alternate',
        'text/html',
        id,
      ]);
      const f = features.get(m![1])!;
      expect(textOf(entry, 'title')).toBe(f.properties.title);
      expect(textOf(entry, 'summary')).toBe(f.properties.summary);
      expect(textOf(entry, 'updated')).toBe(`${f.properties.updated}T00:00:00Z`);
      expect(textOf(entry, 'published')).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
    expect(seen.sort()).toEqual(incidentIds);
  });

  it('the well-formedness check rejects broken XML', () => {
    expect(() => checkWellFormed('<feed><entry></feed>')).toThrow();
    expect(() => checkWellFormed('<feed>a & b</feed>')).toThrow();
    expect(() => checkWellFormed('<feed a=1/>')).toThrow();
    expect(() => checkWellFormed('<a/><b/>')).toThrow();
    expect(() => checkWellFormed('<feed x="1"><e>&amp;&#233;</e></feed>')).not.toThrow();
  });
});

describe('GET /sitemap.xml and /robots.txt', () => {
  it('the sitemap lists the map, /about and every incident page', async () => {
    const res = await get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/xml/);
    const xml = await res.text();
    const paths = elements(xml, 'loc').map((l) => new URL(l.textContent!).pathname);
    expect(paths).toEqual(expect.arrayContaining(['/', '/about', ...incidentIds.map((id) => `/incidents/${id}`)]));
    expect(paths).toHaveLength(incidentIds.length + 2);
  });

  it('robots.txt points at the sitemap and keeps crawlers out of the API, but not oEmbed', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    expect(text).toMatch(/^Disallow: \/api\/$/m);
    expect(text).toMatch(/^Allow: \/api\/oembed$/m);
  });
});

// --- about and the API description -------------------------------------------------------

describe('GET /about and /api/openapi.json', () => {
  it('explains coverage, sourcing, precision, disagreements, corrections, license and the API', async () => {
    const { res, html } = await page('/about');
    expect(res.status).toBe(200);
    for (const section of ['coverage', 'selection', 'precision', 'disagreements', 'corrections', 'license', 'api']) {
      expect(html).toContain(`<section id="${section}"`);
    }
    for (const p of ['building', 'street', 'city', 'region']) expect(html).toContain(`id="precision-${p}"`);
    expect(html).toContain('href="https://creativecommons.org/licenses/by/4.0/"');
    expect(html).toContain('MIT');
    expect(html).toContain('GeoNames');
    expect(html).toContain('href="/api/openapi.json"');
    expect(decode(html)).toContain(`It holds ${incidentIds.length} incidents today`);
  });

  it('serves an OpenAPI 3.1 description of every endpoint', async () => {
    const res = await get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/health',
      '/api/incidents',
      '/api/incidents.csv',
      '/api/incidents/{id}',
      '/api/oembed',
      '/api/summary',
      '/api/tiles/{z}/{x}/{y}',
    ]);
    const params = doc.paths['/api/incidents'].get.parameters.map(
      (p: { $ref?: string; name?: string }) => p.$ref?.split('/').pop() ?? p.name,
    );
    expect(params).toEqual(expect.arrayContaining(['bbox', 'from', 'to', 'setting', 'agency', 'q', 'format']));
    expect(Object.keys(doc.paths['/api/incidents/{id}'].get.responses)).toEqual(
      expect.arrayContaining(['200', '308', '404', '410']),
    );
    expect(doc.components.schemas.Error.required).toEqual(['error']);
    // Every $ref resolves.
    const refs = JSON.stringify(doc).match(/"\$ref":"#\/components\/[^"]+"/g) ?? [];
    for (const r of refs) {
      const [, kind, name] = /#\/components\/(\w+)\/(\w+)/.exec(r)!;
      expect(doc.components[kind][name], r).toBeDefined();
    }
  });
});

// --- oEmbed ------------------------------------------------------------------------------

describe('GET /api/oembed', () => {
  async function canonicalOf(id: string): Promise<string> {
    return links((await page(`/incidents/${id}`)).html, 'canonical')[0].href;
  }

  it('answers type rich with an iframe of the embed, width, height and provider', async () => {
    const url = await canonicalOf(ID.ontario);
    const res = await get(`/api/oembed?url=${encodeURIComponent(url)}&format=json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await res.json();
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: features.get(ID.ontario)!.properties.title,
      provider_name: 'Incident map',
      width: 600,
      height: 480,
    });
    expect(body.html).toMatch(
      new RegExp(`^<iframe src="https?://[^"]+/embed/incidents/${ID.ontario}" width="600" height="480" title="[^"]+"`),
    );
    expect(body.html).toMatch(/<\/iframe>$/);
  });

  it('respects maxwidth and maxheight', async () => {
    const url = await canonicalOf(ID.sf);
    const body = await (await get(`/api/oembed?url=${encodeURIComponent(url)}&maxwidth=320&maxheight=1000`)).json();
    expect(body).toMatchObject({ width: 320, height: 480 });
    expect(body.html).toContain('width="320" height="480"');
  });

  it('400 naming "url" when it is missing; 404 for what is not an incident page; 501 for formats other than json', async () => {
    const missing = await get('/api/oembed');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ parameter: 'url', error: expect.stringContaining('"url"') });
    const site = new URL(await canonicalOf(ID.sf)).origin;
    for (const url of [
      `${site}/about`,
      `${site}/incidents/no-such-incident`,
      'https://elsewhere.example/incidents/' + ID.sf,
      'not a url',
    ]) {
      const res = await get(`/api/oembed?url=${encodeURIComponent(url)}`);
      expect(res.status, url).toBe(404);
      expect((await res.json()).error).toBeTruthy();
    }
    const xml = await get(`/api/oembed?url=${encodeURIComponent(`${site}/incidents/${ID.sf}`)}&format=xml`);
    expect(xml.status).toBe(501);
    expect(xml.headers.get('content-type')).toMatch(/^application\/json/);
    const wide = await get(`/api/oembed?url=${encodeURIComponent(`${site}/incidents/${ID.sf}`)}&maxwidth=wide`);
    expect(wide.status).toBe(400);
    expect((await wide.json()).parameter).toBe('maxwidth');
  });
});

// --- permanent ids: a second server with a redirect chain and a retraction ----------------

const MOVED = 'ontario-clinic-2025-07-08';
const MOVED_TWICE = 'ontario-clinic';
const RETRACTED = 'withdrawn-2025-07-09';
const distDir = process.env.NEXT_DIST_DIR || '.next';

// A second server on files of its own tests the in-memory store: the run against a database (scripts/test-db.sh) leaves it to the in-memory run.
describe.skipIf(!existsSync(path.join(distDir, 'BUILD_ID')) || !!process.env.DATABASE_URL)(
  'permanent ids (second server, DATA_DIR with redirects and a retraction)',
  () => {
    let server: SecondServer | undefined;
    let base = '';
    let tmp = '';
    const at = (p: string, init?: RequestInit) => fetch(base + p, { redirect: 'manual', ...init });
    /** The status, with the body read: an unread body keeps its connection busy. */
    const statusOf = async (p: string) => {
      const res = await at(p);
      await res.arrayBuffer();
      return res.status;
    };

    beforeAll(async () => {
      tmp = mkdtempSync(path.join(os.tmpdir(), 'reporters-data-'));
      cpSync(dataDir, tmp, { recursive: true });
      writeFileSync(
        path.join(tmp, 'redirects.json'),
        JSON.stringify([
          {
            from: MOVED,
            to: ID.ontario,
            date: '2026-01-05',
            reason: {
              en: 'Renamed: the place is a surgery center, not a clinic.',
              es: 'Renombrado: el lugar es un centro quirúrgico, no una clínica.',
            },
          },
          {
            from: MOVED_TWICE,
            to: MOVED,
            date: '2026-01-04',
            reason: { en: 'Renamed: the date belongs in the id.', es: 'Renombrado: la fecha va en el identificador.' },
          },
        ]),
      );
      writeFileSync(
        path.join(tmp, 'retracted.json'),
        JSON.stringify([
          {
            id: RETRACTED,
            date: '2026-02-01',
            reason: { en: 'The only source withdrew its report.', es: 'La única fuente retiró su información.' },
          },
        ]),
      );
      // The server `npm start` runs: it sets the Content-Security-Policy (scripts/server/security-headers.cjs).
      server = await startSecondServer({ DATA_DIR: tmp });
      base = server.base;
    });

    afterAll(async () => {
      await server?.stop();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });

    it('a renamed id answers 308 to the new page, keeping the query', async () => {
      const res = await at(`/incidents/${MOVED}?utm_source=article`);
      expect(res.status).toBe(308);
      await res.arrayBuffer();
      const to = new URL(res.headers.get('location')!, base);
      expect(to.pathname + to.search).toBe(`/incidents/${ID.ontario}?utm_source=article`);
      expect(await statusOf(to.pathname)).toBe(200);
    });

    it('a chain of renames answers one 308, straight to the end', async () => {
      const res = await at(`/incidents/${MOVED_TWICE}`);
      expect(res.status).toBe(308);
      await res.arrayBuffer();
      expect(new URL(res.headers.get('location')!, base).pathname).toBe(`/incidents/${ID.ontario}`);
    });

    it('the API answers 308 to the new id, then the Feature', async () => {
      const res = await at(`/api/incidents/${MOVED}`);
      expect(res.status).toBe(308);
      await res.arrayBuffer();
      const to = new URL(res.headers.get('location')!, base);
      expect(to.pathname).toBe(`/api/incidents/${ID.ontario}`);
      const feature = await (await at(to.pathname)).json();
      expect(feature.id).toBe(ID.ontario);
    });

    it('a retracted id answers 410 with a page that says when and why', async () => {
      const res = await at(`/incidents/${RETRACTED}`);
      expect(res.status).toBe(410);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const html = decode(await res.text());
      expect(html).toContain('Incident retracted');
      expect(html).toContain('February 1, 2026');
      expect(html).toContain('The only source withdrew its report.');
      expect(html).toMatch(/<meta name="robots" content="noindex"/);
    });

    it('the Spanish 410 page gives the reason in Spanish, with no English sentence (issue 22)', async () => {
      const res = await at(`/es/incidents/${RETRACTED}`);
      expect(res.status).toBe(410);
      const html = decode(await res.text());
      expect(html).toContain('La única fuente retiró su información.');
      expect(html).not.toContain('The only source withdrew its report.');
      expect(englishSentences(visibleText(html))).toEqual([]);
    });

    it('the API answers a retracted id with a JSON 410', async () => {
      const res = await at(`/api/incidents/${RETRACTED}`);
      expect(res.status).toBe(410);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(await res.json()).toEqual({
        error: `incident "${RETRACTED}" was retracted on 2026-02-01`,
        id: RETRACTED,
        retracted: '2026-02-01',
        reason: { en: 'The only source withdrew its report.', es: 'La única fuente retiró su información.' },
      });
    });

    it('oEmbed follows a renamed id and answers 410 for a retracted one', async () => {
      const html = await (await at(`/incidents/${ID.ontario}`)).text();
      const site = new URL(links(html, 'canonical')[0].href).origin;
      const moved = await at(`/api/oembed?url=${encodeURIComponent(`${site}/incidents/${MOVED_TWICE}`)}`);
      expect(moved.status).toBe(200);
      expect((await moved.json()).html).toContain(`/embed/incidents/${ID.ontario}"`);
      const retracted = await at(`/api/oembed?url=${encodeURIComponent(`${site}/incidents/${RETRACTED}`)}`);
      expect(retracted.status).toBe(410);
      expect(retracted.headers.get('content-type')).toMatch(/^application\/json/);
      expect(retracted.headers.get('access-control-allow-origin')).toBe('*');
      expect(await retracted.json()).toMatchObject({
        id: RETRACTED,
        retracted: '2026-02-01',
        reason: { en: 'The only source withdrew its report.' },
      });
    });

    it('an embed of a renamed id answers 308 to the new embed, of a retracted one 410; both stay framable', async () => {
      const moved = await at(`/es/embed/incidents/${MOVED_TWICE}?utm_source=x`);
      expect(moved.status).toBe(308);
      await moved.arrayBuffer();
      const to = new URL(moved.headers.get('location')!, base);
      expect(to.pathname + to.search).toBe(`/es/embed/incidents/${ID.ontario}?utm_source=x`);
      const retracted = await at(`/embed/incidents/${RETRACTED}`);
      expect(retracted.status).toBe(410);
      expect(retracted.headers.get('content-security-policy')).toContain('frame-ancestors *');
      expect(decode(await retracted.text())).toContain('The only source withdrew its report.');
    });

    it('live and unknown ids are untouched', async () => {
      expect(await statusOf(`/incidents/${ID.sf}`)).toBe(200);
      expect(await statusOf('/incidents/never-published')).toBe(404);
      expect(await statusOf('/api/incidents/never-published')).toBe(404);
    });
  },
);
