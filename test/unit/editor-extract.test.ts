import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refuseMarkup, refuseText, MAX_TEXT_BYTES } from '@/lib/editor/inputs';
import { extractArticle } from '@/lib/editor/extract';
import { placeAt } from '@/lib/editor/place';
import { searchCities } from '@/lib/editor/cities';

describe('extractArticle', () => {
  const page = extractArticle(fs.readFileSync('test/fixtures/editor/article.html', 'utf8'));

  it('keeps the article, a line per paragraph, and drops navigation, comments, scripts and footer', () => {
    const lines = page.text.split('\n');
    expect(lines).toContain(
      'Federal immigration agents detained a man in the parking lot of a community health clinic in Pomona on Wednesday morning, according to two witnesses and a statement from the clinic.',
    );
    expect(lines).toContain(
      '“They were waiting by the door when he came out of his appointment,” said a nurse who saw the arrest. “He did not even have time to call his family.”',
    );
    expect(page.text).not.toMatch(/Subscribe|Reader 1|All rights reserved|analytics|font-family/);
  });

  it('reads what the page says about itself', () => {
    expect(page).toMatchObject({
      title: 'Agents detain man outside Pomona clinic, witnesses say',
      publisher: 'Example Gazette',
      url: 'https://news.example.org/2025/07/10/agents-detain-man-outside-pomona-clinic',
      published: '2025-07-10',
      language: 'en',
    });
  });

  it('finds no article in a page without one', () => {
    expect(extractArticle('<html><body></body></html>').text).toBe('');
  });
});

describe('inputs', () => {
  it('refuses text that is too large or binary', () => {
    expect(refuseText('x'.repeat(MAX_TEXT_BYTES + 1), 'the text')).toMatch(/larger than/);
    expect(refuseText('PK\u0003\u0004', 'the text')).toMatch(/not text/);
    expect(refuseText('A plain article.\n', 'the text')).toBeUndefined();
  });

  it('refuses markup and scripts in fields, naming the field', () => {
    expect(refuseMarkup({ properties: { title: 'ok', notes: ['<script>alert(1)</script>'] } })).toEqual([
      ['properties.notes.0', expect.stringMatching(/markup or a script/)],
    ]);
    expect(refuseMarkup({ url: 'javascript:alert(1)' })).toHaveLength(1);
    expect(refuseMarkup({ note: '<img src=x onerror="x()">' })).toHaveLength(1);
    expect(refuseMarkup({ note: 'Agents said 3 < 4 and “no comment.”' })).toEqual([]);
  });
});

describe('county lookup', () => {
  it('derives counties and state from a point', () => {
    expect(placeAt([-117.65089, 34.06334])).toEqual({
      counties: [{ name: 'San Bernardino County', fips: '06071' }],
      state: 'CA',
    });
    expect(placeAt([-122.41942, 37.77493])).toEqual({
      counties: [{ name: 'San Francisco County', fips: '06075' }],
      state: 'CA',
    });
    expect(placeAt([-106.48693, 31.75872])).toEqual({
      counties: [{ name: 'El Paso County', fips: '48141' }],
      state: 'TX',
    });
    expect(placeAt([-90.07507, 29.95465]).counties).toEqual([{ name: 'Orleans Parish', fips: '22071' }]);
  });

  it('finds nothing at sea or outside the US', () => {
    expect(placeAt([-125.5, 30])).toEqual({ counties: [], state: undefined });
    expect(placeAt([2.35, 48.85]).counties).toEqual([]);
  });
});

describe('searchCities', () => {
  it('finds GeoNames cities offline, US cities first, the exact name first', () => {
    const found = searchCities('pomona');
    expect(found[0]).toMatchObject({ name: 'Pomona', country: 'US' });
    expect(found.find((c) => c.admin1 === 'CA')).toEqual({
      name: 'Pomona',
      admin1: 'CA',
      country: 'US',
      lon: -117.75228,
      lat: 34.05529,
    });
    expect(searchCities('p')).toEqual([]);
  });
});
