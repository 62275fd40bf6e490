/**
 * The English and Spanish editions over HTTP (issue 5): where each page
 * lives, `<html lang>`, hreflang alternates and canonical URLs, Spanish
 * metadata, share images and feed, the 404s, and that the root never
 * redirects by Accept-Language.
 */
import { describe, expect, it } from 'vitest';
import { ID, dataIncidents, get } from './helpers';
import { decode, elements, htmlDocument, links, meta, page, parseXml, pathOf, pngSize } from './markup';

const PAGES = ['/', '/about', `/incidents/${ID.ontario}`, `/incidents/${ID.diocese}`];
const es = (path: string) => (path === '/' ? '/es' : `/es${path}`);

function htmlLang(html: string): string | undefined {
  return htmlDocument(html).documentElement.getAttribute('lang') ?? undefined;
}

describe('both editions of every page', () => {
  for (const path of PAGES) {
    it(`${path} and ${es(path)}: 200, <html lang>, canonical and hreflang alternates to each other`, async () => {
      for (const [lang, at] of [
        ['en', path],
        ['es', es(path)],
      ] as const) {
        const { res, html } = await page(at);
        expect(res.status, at).toBe(200);
        expect(htmlLang(html), at).toBe(lang);
        const canonical = links(html, 'canonical');
        expect(canonical, at).toHaveLength(1);
        expect(pathOf(canonical[0].href)).toBe(at);
        const alternates = Object.fromEntries(
          links(html, 'alternate')
            .filter((l) => l.hrefLang)
            .map((l) => [l.hrefLang, pathOf(l.href)]),
        );
        expect(alternates, at).toEqual({ en: path, es: es(path), 'x-default': path });
      }
    });
  }

  it('the root never redirects by Accept-Language', async () => {
    for (const path of ['/', `/incidents/${ID.sf}`]) {
      const res = await get(path, { headers: { 'accept-language': 'es-MX,es;q=0.9' } });
      expect(res.status).toBe(200);
      expect(htmlLang(await res.text())).toBe('en');
    }
  });

  it('the map’s old ?lang=es answers 308 to the Spanish map, keeping the rest of the state', async () => {
    const res = await get(`/?lang=es&incident=${ID.sf}&setting=courthouse`);
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe(`/es?incident=${ID.sf}&setting=courthouse`);
  });

  it('the Spanish map renders its state on the server: the open incident’s Spanish title', async () => {
    const f = dataIncidents().find((i) => i.id === ID.sf)!;
    const { res, html } = await page(`/es?incident=${ID.sf}`);
    expect(res.status).toBe(200);
    expect(decode(html)).toContain(f.properties.es.title);
  });
});

describe('Spanish incident pages', () => {
  for (const f of dataIncidents()) {
    it(`${f.id}: Spanish title, summary and metadata; excerpts verbatim and marked as English`, async () => {
      const { res, html } = await page(`/es/incidents/${f.id}`);
      expect(res.status).toBe(200);
      const text = decode(html);
      const api: { properties: { sources: { language: string; excerpts: { text: string }[] }[] } } = await (
        await get(`/api/incidents/${f.id}`)
      ).json();
      const p = { ...f.properties, sources: api.properties.sources };
      expect(text).toContain(`<h1>${p.es.title}</h1>`);
      expect(text).toContain(p.es.summary);
      expect(meta(html, 'og:title')).toBe(p.es.title);
      expect(meta(html, 'og:locale')).toBe('es_US');
      expect(meta(html, 'og:locale:alternate')).toBe('en_US');
      expect(meta(html, 'og:image')).toMatch(new RegExp(`/es/incidents/${f.id}/share-image$`));
      expect(decode(html)).toContain(`<title>${p.es.title} · Mapa de incidentes</title>`);
      // Every excerpt stays in its language, verbatim, with the label under it.
      const excerpts = p.sources.flatMap((s) => s.excerpts.map(() => s.language));
      // Counted in the HTML itself, not in the client payload that repeats it in <script>s.
      const labels = text.replace(/<script[\s\S]*?<\/script>/g, '').match(/Cita original en inglés/g) ?? [];
      expect(labels.length).toBe(excerpts.filter((l) => l === 'en').length);
      for (const s of p.sources) for (const e of s.excerpts) expect(text).toContain(e.text);
      // Links stay in the edition, but for the switch to the English twin.
      expect(html).toContain(`href="/es?incident=${f.id}"`);
      expect(html).toContain(`<a href="/incidents/${f.id}" hrefLang="en" lang="en">English</a>`);
      expect(html.replace(/<a href="[^"]*" hrefLang="en"/g, '')).not.toMatch(/href="\/incidents\//);
    });
  }

  it('share images with Spanish labels are 1200×630 PNGs, different from the English ones', async () => {
    const [en, esImage] = await Promise.all(
      [`/incidents/${ID.ontario}/share-image`, `/es/incidents/${ID.ontario}/share-image`].map(async (p) => {
        const res = await get(p);
        expect(res.status, p).toBe(200);
        expect(res.headers.get('content-type')).toBe('image/png');
        return new Uint8Array(await res.arrayBuffer());
      }),
    );
    expect(pngSize(esImage)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(esImage).equals(Buffer.from(en))).toBe(false);
  });

  it('oEmbed of a Spanish page embeds the Spanish frame', async () => {
    const { html } = await page(`/es/incidents/${ID.sf}`);
    const url = links(html, 'canonical')[0].href;
    const res = await get(`/api/oembed?url=${encodeURIComponent(url)}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.html).toContain(`/es/embed/incidents/${ID.sf}"`);
    expect(body.title).toBe(dataIncidents().find((i) => i.id === ID.sf)!.properties.es.title);
  });
});

describe('GET /es/feed.xml', () => {
  it('is the Spanish Atom feed: well-formed, xml:lang es, Spanish titles, links to the Spanish pages', async () => {
    const res = await get('/es/feed.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    const feed = parseXml(xml).documentElement;
    expect(feed.getAttribute('xml:lang')).toBe('es');
    const entries = elements(feed, 'entry');
    expect(entries).toHaveLength(dataIncidents().length);
    for (const f of dataIncidents()) {
      const entry = entries.find((e) =>
        elements(e, 'link').some((l) => l.getAttribute('href')?.endsWith(`/es/incidents/${f.id}`)),
      );
      expect(entry, f.id).toBeDefined();
      const title = elements(entry!, 'title')[0];
      expect(title.getAttribute('type')).toBe('text');
      expect(title.textContent).toBe(f.properties.es.title);
    }
    const self = elements(feed, 'link').filter((l) => l.parentNode === feed && l.getAttribute('rel') === 'self');
    expect(self).toHaveLength(1);
    expect(self[0].getAttribute('type')).toBe('application/atom+xml');
    expect(self[0].getAttribute('href')).toMatch(/\/es\/feed\.xml$/);
  });

  it('each edition’s pages point at their own feed', async () => {
    const { html } = await page(`/es/incidents/${ID.sf}`);
    const feed = links(html, 'alternate').find((l) => l.type === 'application/atom+xml');
    expect(pathOf(feed!.href)).toBe('/es/feed.xml');
  });
});

describe('404s in each language', () => {
  const cases: [string, string, string][] = [
    ['/no-such-page', 'en', 'Page not found'],
    ['/es/no-such-page', 'es', 'Página no encontrada'],
    ['/incidents/never-published', 'en', 'Page not found'],
    ['/es/incidents/never-published', 'es', 'Página no encontrada'],
    ['/fr', 'en', 'Page not found'],
  ];
  for (const [path, lang, heading] of cases) {
    it(`${path}: 404, rendered on the server in ${lang}, with the map and a search`, async () => {
      const { res, html } = await page(path);
      expect(res.status).toBe(404);
      expect(htmlLang(html)).toBe(lang);
      expect(decode(html)).toContain(`<h1>${heading}</h1>`);
      expect(html).toContain(`action="${lang === 'es' ? '/es' : '/'}"`);
      expect(html).toMatch(/<meta name="robots" content="noindex"/);
    });
  }
});

describe('sitemap.xml', () => {
  it('lists every page with its Spanish twin as an hreflang alternate', async () => {
    const xml = await (await get('/sitemap.xml')).text();
    const alternates = elements(xml, 'xhtml:link').filter(
      (l) => l.getAttribute('rel') === 'alternate' && l.getAttribute('hreflang') === 'es',
    );
    for (const f of dataIncidents()) {
      expect(
        alternates.some((l) => l.getAttribute('href')?.endsWith(`/es/incidents/${f.id}`)),
        f.id,
      ).toBe(true);
    }
  });
});
