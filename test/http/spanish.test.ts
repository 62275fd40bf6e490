/**
 * The record in Spanish over HTTP (issue 22): search by the words of either
 * edition in the API and both editions' maps, the CSV's `lang`, and pages,
 * feed and oEmbed titles whose prose is Spanish, quotes verbatim with our
 * translation beside them. The browser walk is e2e/spanish-record.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { englishSentences } from '../../e2e/english';
import { ID, collection, csvRecords, dataIncidents, get } from './helpers';
import { decode, elements, links, page, textOf, visibleText } from './markup';

const SEARCHES: [string, string[]][] = [
  ['tribunal', [ID.sf]],
  ['parroquia', [ID.diocese, ID.montclair, ID.highland]],
  ['centro quirúrgico', [ID.ontario]],
  // Found only in our translation of an excerpt, and only in a note's Spanish.
  ['chaleco antibalas', [ID.ontario]],
  ['fiabilidad', [ID.ontario]],
];

describe('q finds an incident by the words of either edition', () => {
  for (const [q, expected] of SEARCHES) {
    it(`"${q}" in /api/incidents, /api/summary and the CSV`, async () => {
      const query = `q=${encodeURIComponent(q)}`;
      expect((await collection(query)).features.map((f) => f.id).sort()).toEqual([...expected].sort());
      const summary = await (await get(`/api/summary?${query}`)).json();
      expect(summary.count).toBe(expected.length);
      const csv = csvRecords(await (await get(`/api/incidents.csv?${query}&lang=es`)).text());
      expect(csv.records.map((r) => r.id).sort()).toEqual([...expected].sort());
    });
  }

  it('English words still find what they found, in the Spanish edition too: "courthouse"', async () => {
    expect((await collection('q=courthouse')).features.map((f) => f.id)).toEqual([ID.sf]);
  });

  it('both maps render the Spanish search on the server, with the same selection', async () => {
    const sf = dataIncidents().find((f) => f.id === ID.sf)!;
    for (const map of ['/?q=tribunal', '/es?q=tribunal']) {
      const { res, html } = await page(map);
      expect(res.status, map).toBe(200);
      const text = decode(html);
      expect(text, map).toContain(map.startsWith('/es') ? sf.properties.es.title : sf.properties.title);
    }
  });
});

describe('the CSV in Spanish', () => {
  it('lang=es fills the prose columns with our Spanish and links the Spanish pages; the columns stay', async () => {
    const en = csvRecords(await (await get('/api/incidents.csv')).text());
    const res = await get('/api/incidents.csv?lang=es');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('incidents-es.csv');
    const es = csvRecords(await res.text());
    expect(es.header).toEqual(en.header);
    const sf = es.records.find((r) => r.id === ID.sf)!;
    expect(sf.title).toBe('Hombre detenido frente al tribunal de inmigración de San Francisco');
    expect(sf.place).toBe('Frente al tribunal de inmigración de San Francisco');
    expect(sf.location_basis).toMatch(/^Coordenadas de la ciudad de San Francisco/);
    expect(sf.url).toMatch(new RegExp(`/es/incidents/${ID.sf}$`));
    for (const r of es.records) expect(englishSentences(`${r.title}\n${r.location_basis}`), r.id).toEqual([]);
  });

  it('a bad lang, or lang on GeoJSON, is a 400 that names it', async () => {
    for (const q of ['/api/incidents.csv?lang=fr', '/api/incidents?lang=es']) {
      const res = await get(q);
      expect(res.status, q).toBe(400);
      expect((await res.json()).parameter, q).toBe('lang');
    }
  });

  it('the OpenAPI description documents lang', async () => {
    const api = await (await get('/api/openapi.json')).json();
    const lang = api.components.parameters.lang;
    expect(lang.schema.enum).toEqual(['en', 'es']);
    expect(api.paths['/api/incidents.csv'].get.parameters).toContainEqual({ $ref: '#/components/parameters/lang' });
  });
});

describe('Spanish pages read in Spanish', () => {
  for (const f of dataIncidents()) {
    it(`/es/incidents/${f.id}: no English sentence outside quotes, titles and names; a labelled translation beside each quote`, async () => {
      const { res, html } = await page(`/es/incidents/${f.id}`);
      expect(res.status).toBe(200);
      expect(englishSentences(visibleText(html))).toEqual([]);
      const quotes = html.match(/<blockquote\b/g)?.length ?? 0;
      const translations = html.match(/data-translation="es"/g)?.length ?? 0;
      expect(quotes).toBeGreaterThan(0);
      expect(translations).toBe(quotes);
      // The translation is never inside the quote.
      for (const quote of html.match(/<blockquote\b[\s\S]*?<\/blockquote>/g) ?? [])
        expect(quote).not.toContain('data-translation');
    });
  }

  it('the English page is where the finder finds English (it can fail)', async () => {
    const { html } = await page(`/incidents/${ID.ontario}`);
    expect(englishSentences(visibleText(html))).not.toEqual([]);
  });

  it('/es/feed.xml: Spanish titles and summaries', async () => {
    const xml = await (await get('/es/feed.xml')).text();
    for (const entry of elements(xml, 'entry')) {
      const text = [textOf(entry, 'title'), textOf(entry, 'summary')].join('\n');
      expect(englishSentences(text), textOf(entry, 'id')).toEqual([]);
    }
  });

  it('oEmbed titles of Spanish pages are Spanish', async () => {
    const { html } = await page(`/es/incidents/${ID.sf}`);
    const url = links(html, 'canonical')[0].href;
    const res = await get(`/api/oembed?url=${encodeURIComponent(url)}`);
    expect(res.status).toBe(200);
    expect((await res.json()).title).toContain('Hombre detenido frente al tribunal de inmigración');
  });
});
