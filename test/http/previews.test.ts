/**
 * Every link previews what it opens, over HTTP against the built app: the
 * Open Graph and Twitter tags of each page type a reader can paste (the map,
 * a filtered view, a map link that opens an incident, the embeds, both
 * editions), the images they name (1200×630 PNGs), oEmbed discovery of map
 * links, and the picture "Download image" saves.
 */
import { describe, expect, it } from 'vitest';
import { ID, dataIncidents, get } from './helpers';
import { links, meta, page, pathOf, pngSize } from './markup';

const incidents = dataIncidents();
const ontario = incidents.find((i) => i.id === ID.ontario)!;
const SITE = /^https?:\/\/[^/]+/;

async function image(url: string): Promise<Uint8Array> {
  const res = await get(pathOf(url));
  expect(res.status, url).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  expect(res.headers.get('cache-control')).toMatch(/s-maxage=/);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect(pngSize(bytes), url).toEqual({ width: 1200, height: 630 });
  return bytes;
}

/** The tags every preview needs, with a 1200×630 image that answers. */
async function preview(path: string) {
  const { res, html } = await page(path);
  expect(res.status, path).toBe(200);
  const tags = {
    title: meta(html, 'og:title'),
    description: meta(html, 'og:description'),
    image: meta(html, 'og:image'),
    url: meta(html, 'og:url'),
    card: meta(html, 'twitter:card'),
    twitterImage: meta(html, 'twitter:image'),
    width: meta(html, 'og:image:width'),
    height: meta(html, 'og:image:height'),
    alt: meta(html, 'og:image:alt'),
    oembed: links(html, 'alternate').filter((l) => l.type === 'application/json+oembed'),
  };
  expect(tags.title, path).toBeTruthy();
  expect(tags.description, path).toBeTruthy();
  expect(tags.card, path).toBe('summary_large_image');
  expect(tags.twitterImage, path).toBe(tags.image);
  expect([tags.width, tags.height], path).toEqual(['1200', '630']);
  expect(tags.alt, path).toBeTruthy();
  expect(tags.image, path).toMatch(SITE);
  return { ...tags, bytes: await image(tags.image!) };
}

describe('map links that open an incident preview that incident', () => {
  for (const [path, title, imagePath] of [
    [`/?incident=${ID.ontario}`, ontario.properties.title, `/incidents/${ID.ontario}/share-image`],
    [
      `/?incident=${ID.ontario}&setting=medical-facility&map=9/34.06/-117.65`,
      ontario.properties.title,
      `/incidents/${ID.ontario}/share-image`,
    ],
    [`/es?incident=${ID.ontario}`, ontario.properties.es.title, `/es/incidents/${ID.ontario}/share-image`],
    [`/embed?incident=${ID.ontario}`, ontario.properties.title, `/incidents/${ID.ontario}/share-image`],
    [`/es/embed?incident=${ID.ontario}`, ontario.properties.es.title, `/es/incidents/${ID.ontario}/share-image`],
  ]) {
    it(path, async () => {
      const p = await preview(path);
      expect(p.title).toBe(title);
      expect(new URL(p.image!).pathname).toBe(imagePath);
      expect(p.description!.length).toBeGreaterThan(50);
      // og:url is the link itself (its state), not the incident's page.
      expect(new URL(p.url!).pathname).toBe(new URL(path, 'http://x').pathname);
      expect(new URL(p.url!).searchParams.get('incident')).toBe(ID.ontario);
      // oEmbed discovery names this very link, and the endpoint answers it with the incident's frame.
      expect(p.oembed).toHaveLength(1);
      const res = await get(pathOf(p.oembed[0].href));
      expect(res.status).toBe(200);
      const o = await res.json();
      expect(o.title).toBe(title);
      expect(o.html).toContain(`/embed/incidents/${ID.ontario}`);
    });
  }
});

describe('map views preview a picture of their map', () => {
  it('/ : the whole map, its count and dates', async () => {
    const p = await preview('/');
    expect(p.title).toBe('Incident map: immigration enforcement, sourced');
    expect(p.description).toContain(`${incidents.length} reported incidents`);
    expect(p.description).toMatch(/\d{4} to [A-Z][a-z]+ \d+, \d{4}/);
    expect(new URL(p.image!).pathname).toBe('/share-image');
    expect(p.oembed).toHaveLength(0);
    expect(p.bytes.length).toBeGreaterThan(20_000); // drawn, not blank
  });

  it('/es : in Spanish', async () => {
    const p = await preview('/es');
    expect(p.description).toContain(`${incidents.length} incidentes reportados`);
    expect(new URL(p.image!).pathname).toBe('/es/share-image');
  });

  it('a filtered view: its own count, and a picture of its own selection', async () => {
    const all = await preview('/');
    const p = await preview('/?setting=courthouse');
    expect(p.description).toMatch(/^1 reported incident, July 8, 2025, /);
    expect(new URL(p.image!).search).toBe('?setting=courthouse');
    expect(Buffer.compare(Buffer.from(all.bytes), Buffer.from(p.bytes))).not.toBe(0);
  });

  it('a view that matches nothing says so', async () => {
    const p = await preview('/?q=zzzznothing');
    expect(p.description).toBe('No reported incidents match this view.');
  });

  it('/embed : the map picture too, and stays out of search engines', async () => {
    const { html } = await page('/embed');
    expect(meta(html, 'robots')).toMatch(/noindex/);
    const p = await preview('/embed');
    expect(new URL(p.image!).pathname).toBe('/share-image');
  });
});

describe('GET /share-image', () => {
  it('draws a view, and with `download` is saved as a file', async () => {
    const res = await get('/share-image?setting=courthouse&map=9/37.78/-122.42&download');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="incident-map-\d{4}-\d{2}-\d{2}\.png"$/,
    );
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    const inline = await get('/share-image?setting=courthouse');
    await inline.arrayBuffer();
    expect(inline.headers.get('content-disposition')).toBeNull();
  });

  it('answers If-None-Match with 304', async () => {
    const res = await get('/share-image?agency=ice');
    await res.arrayBuffer();
    const again = await get('/share-image?agency=ice', { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});
