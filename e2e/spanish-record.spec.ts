/**
 * Every Spanish page type reads in Spanish, the record's own prose included
 * (issue 22): the map with each incident's popup and the list, each incident
 * page, each embed, the about page and the 404 page. Only verbatim quotes
 * (<blockquote>), source titles and proper names ([data-original]) may stay
 * English; nothing else may be marked English to hide from this walk; and
 * each English quote has our labelled translation beside it, outside the quote.
 * The 410 page and the feed are checked over HTTP (test/http/spanish.test.ts).
 */
import type { Page } from '@playwright/test';
import { KEPT_ORIGINAL, englishSentences } from './english';
import { expect, mapReady, test } from './fixtures';

const IDS = [
  'diocese-san-bernardino-2025-07-08',
  'ontario-surgery-center-2025-07-08',
  'our-lady-of-lourdes-montclair-2025-06-20',
  'sacred-heart-el-paso-2023-01-04',
  'sf-immigration-court-2025-07-08',
  'st-adelaide-highland-2025-06-20',
];

interface Walk {
  /** Texts outside quotes, titles and names, one per element that holds text. */
  texts: string[];
  /** Elements marked in another language than the page's that are neither a quote, a title nor a name. */
  unexplained: string[];
  /** Names longer than a name: prose must not pass for one. */
  longNames: string[];
}

async function walk(page: Page): Promise<Walk> {
  return page.evaluate((kept) => {
    const pageLang = document.documentElement.lang;
    const texts = new Map<Element, string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(kept) || !node.textContent?.trim()) continue;
      texts.set(parent, (texts.get(parent) ?? '') + node.textContent);
    }
    const unexplained = [...document.body.querySelectorAll('[lang]')]
      .filter(
        (el) =>
          el.getAttribute('lang') !== pageLang &&
          !el.closest(kept) &&
          (el.textContent ?? '').trim().split(/\s+/).length > 1,
      )
      .map((el) => el.outerHTML.slice(0, 200));
    const longNames = [...document.body.querySelectorAll('[data-original="name"]')]
      .map((el) => (el.textContent ?? '').trim())
      .filter((name) => name.split(/\s+/).length > 12);
    return { texts: [...texts.values()], unexplained, longNames };
  }, KEPT_ORIGINAL);
}

/** Every English sentence, and everything that hides English from the walk. */
async function englishOutsideOriginals(page: Page): Promise<string[]> {
  const { texts, unexplained, longNames } = await walk(page);
  return [
    ...texts.flatMap(englishSentences),
    ...unexplained.map((h) => `marked English but not a quote, title or name: ${h}`),
    ...longNames.map((n) => `too long for a name: ${n}`),
  ];
}

/** Each English quote on the page has our Spanish translation in its figure, labelled, and not inside a <blockquote>. */
async function untranslatedQuotes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('blockquote[lang="en"]')].flatMap((quote) => {
      const translation = quote.closest('figure')?.querySelector('[data-translation="es"]');
      const ok =
        translation &&
        !translation.closest('blockquote') &&
        translation.textContent?.includes('Nuestra traducción') &&
        /Traducción de /.test(translation.textContent);
      return ok ? [] : [(quote.textContent ?? '').slice(0, 80)];
    }),
  );
}

test.describe('the Spanish record', () => {
  test.use({ expectedConsoleErrors: /the server responded with a status of 404/ });
  test.skip(({ isMobile }) => isMobile, 'desktop only: the words do not depend on the device');

  test('the walk finds English where the page is English', async ({ page }) => {
    await page.goto(`/incidents/${IDS[1]}`);
    expect(await englishOutsideOriginals(page)).not.toEqual([]);
  });

  for (const id of IDS) {
    test(`incident page /es/incidents/${id}`, async ({ page }) => {
      await page.goto(`/es/incidents/${id}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      expect(await englishOutsideOriginals(page)).toEqual([]);
      expect(await page.locator('blockquote[lang="en"]').count()).toBeGreaterThan(0);
      expect(await untranslatedQuotes(page)).toEqual([]);
    });

    test(`popup and list /es?incident=${id}`, async ({ page }) => {
      await page.goto(`/es?incident=${id}`);
      await mapReady(page);
      await expect(page.locator('.incident-popup')).toBeVisible();
      expect(await englishOutsideOriginals(page)).toEqual([]);
      expect(await untranslatedQuotes(page)).toEqual([]);
    });

    test(`embed /es/embed/incidents/${id}`, async ({ page }) => {
      await page.goto(`/es/embed/incidents/${id}`);
      expect(await englishOutsideOriginals(page)).toEqual([]);
      expect(await untranslatedQuotes(page)).toEqual([]);
    });
  }

  for (const path of ['/es/embed?incident=sf-immigration-court-2025-07-08', '/es/about', '/es/no-such-page']) {
    test(path, async ({ page }) => {
      await page.goto(path);
      if (path.includes('embed?')) await mapReady(page);
      expect(await englishOutsideOriginals(page)).toEqual([]);
    });
  }
});
