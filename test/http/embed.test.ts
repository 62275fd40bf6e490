/**
 * Embeds over HTTP: /embed and /embed/incidents/{id} answer 200 (404 for an
 * unknown id) and may be framed by any site; every other page refuses to be
 * framed; /embed.js is served as JavaScript. The incident embed is complete
 * without JavaScript: title, lead excerpts, links back that open in the top
 * window. (308 and 410 for moved and retracted ids: reporters.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { dataIncidents, get, ID } from './helpers';
import { decode } from './markup';

/** The HTML with its character references decoded and React's empty text separators (`<!-- -->`) left out. */
const decodeText = (html: string) => decode(html.replace(/<!-- -->/g, ''));

function expectFramable(res: Response) {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain('frame-ancestors *');
  expect(csp).not.toContain("frame-ancestors 'none'");
  expect(res.headers.get('x-frame-options')).toBeNull();
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
}

function expectNotFramable(res: Response) {
  expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(res.headers.get('x-frame-options')).toBe('DENY');
}

describe('GET /embed/incidents/{id}', () => {
  for (const f of dataIncidents()) {
    it(`${f.id}: 200, framable, the lead excerpts, links to the top window`, async () => {
      const res = await get(`/embed/incidents/${f.id}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expectFramable(res);
      const html = await res.text();
      const text = decodeText(html);
      // What the popup says: the first excerpt of each of the first two sources.
      for (const s of f.properties.sources.slice(0, 2)) expect(text).toContain(s.excerpts[0].text);
      expect(html).toContain('<base target="_top"/>');
      expect(html).toContain(`href="/incidents/${f.id}"`);
      expect(html).toContain(`href="/?incident=${f.id}"`);
      expect(html).toContain(`data-incident-map="${f.id}"`);
      expect(html).toMatch(/<meta name="robots" content="noindex"/);
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/incidents/${f.id}"`));
    });
  }

  it('speaks Spanish at /es/embed/incidents/{id}, linking to the Spanish pages, framable', async () => {
    const res = await get(`/es/embed/incidents/${ID.sf}`);
    expect(res.status).toBe(200);
    expectFramable(res);
    const html = decodeText(await res.text());
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Ver en el mapa completo');
    expect(html).toContain(`href="/es/incidents/${ID.sf}"`);
    expect(html).toContain(`href="/es?incident=${ID.sf}"`);
    expect(html).toContain('Cita original en inglés');
  });

  it('an old ?lang=es embed answers 308 to the Spanish embed', async () => {
    const res = await get(`/embed/incidents/${ID.sf}?lang=es`);
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe(`/es/embed/incidents/${ID.sf}`);
  });

  it('an unknown id: 404 with a notice rendered on the server, still framable', async () => {
    const res = await get('/embed/incidents/never-published');
    expect(res.status).toBe(404);
    expectFramable(res);
    const html = decodeText(await res.text());
    expect(html).toMatch(/<h1[^>]*>This incident is not on the map\.<\/h1>/);
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
  });
});

describe('GET /embed', () => {
  it('200 and framable', async () => {
    const res = await get('/embed');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expectFramable(res);
    const html = await res.text();
    expect(html).toContain('<base target="_top"/>');
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
  });

  it('accepts the URL state of / and links to the full map with it', async () => {
    const res = await get(`/es/embed?incident=${ID.sf}&setting=courthouse`);
    expect(res.status).toBe(200);
    expectFramable(res);
    const html = decodeText(await res.text());
    expect(html).toContain('<html lang="es">');
    expect(html).toMatch(/href="\/es\?[^"]*incident=sf-immigration-court-2025-07-08/);
    expect(html).toMatch(/href="\/es\?[^"]*setting=courthouse/);
    expect(html).toContain('Ver en el mapa completo');
  });

  it('/embed/ redirects to /embed; /embedded is not an embed and may not be framed', async () => {
    const slash = await get('/embed/');
    expect(slash.status).toBe(308);
    expect(slash.headers.get('location')).toBe('/embed');
    expectNotFramable(await get('/embedded'));
  });
});

describe('everything else refuses to be framed', () => {
  for (const path of ['/', `/incidents/${ID.sf}`, '/about', '/api/incidents']) {
    it(path, async () => expectNotFramable(await get(path)));
  }
});

describe('GET /embed.js', () => {
  it('is JavaScript that listens for the height message and checks the origin', async () => {
    const res = await get('/embed.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const js = await res.text();
    expect(js).toContain('incident-map:height');
    expect(js).toContain('event.origin');
    expect(() => new Function(js)).not.toThrow();
  });
});

describe('"Embed this map" on the map', () => {
  it('gives the iframe code of /embed with the map’s state, on the server already', async () => {
    for (const [page, embed] of [
      // The src's & is escaped in the code (&amp;), and the code once more as text in the page.
      [`/?incident=${ID.sf}&setting=courthouse`, `/embed?incident=${ID.sf}&amp;amp;setting=courthouse`],
      [`/es?incident=${ID.sf}`, `/es/embed?incident=${ID.sf}`],
    ]) {
      const res = await get(page);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('data-embed-code=""');
      // The code is shown as text: the iframe's markup escaped inside <code>.
      expect(html).toMatch(
        new RegExp(`<code>&lt;iframe src=&quot;https?://[^&]+${embed.replace(/[?.]/g, '\\$&')}&quot;`),
      );
      expect(html).toContain('/embed.js&quot;&gt;&lt;/script&gt;</code>');
    }
  });
});
