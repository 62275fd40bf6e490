/**
 * The Spanish edition in the browser (issue 5): the key journeys in
 * Spanish, switching language with the state kept, no string of the English
 * catalogue on a Spanish page, axe on the Spanish pages, and the one-time
 * offer of the Spanish edition.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { catalogues } from '../lib/shared/i18n';
import { chooseFromList, details, expect, mapReady, openPanel, test } from './fixtures';

const ONTARIO = 'ontario-surgery-center-2025-07-08';
const SF = 'sf-immigration-court-2025-07-08';

/**
 * The literal text of every English message that Spanish says otherwise,
 * cut at its placeholders; fragments short enough to occur inside Spanish
 * words by chance are left out.
 */
const ENGLISH_FRAGMENTS = [
  ...new Set(
    Object.entries(catalogues.en).flatMap(([key, message]) => {
      const es = (catalogues.es as Record<string, unknown>)[key];
      const forms = typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);
      const esForms = typeof es === 'string' ? [es] : Object.values(es as Record<string, string>);
      return forms
        .filter((m) => !esForms.includes(m))
        .flatMap((m) => m.split(/\{\w+\}/))
        .map((f) => f.trim())
        .filter((f) => f.length >= 6 && /[a-z]{3}/i.test(f));
    }),
  ),
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (s: string) => s.match(/\p{L}+/gu) ?? [];

/**
 * English catalogue text shown on the page, outside what is marked as
 * English on purpose (quotes, dataset prose, the language switch). A phrase
 * counts wherever it stands as whole words; a single word only as the whole
 * text of an element (a label, a button), since proper names in the data
 * ("TRT World & Agencies", "Montgomery Street") may contain one.
 */
async function englishOnPage(page: Page): Promise<string[]> {
  const { text, labels } = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('script, style, [lang]:not([lang="es"])').forEach((el) => el.remove());
    const own = [...body.querySelectorAll('*')].map((el) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('')
        .trim(),
    );
    return { text: body.textContent ?? '', labels: own.filter(Boolean) };
  });
  const found = new Set(labels);
  return ENGLISH_FRAGMENTS.filter((f) =>
    words(f).length > 1 ? new RegExp(`(^|[^\\p{L}])${escape(f)}($|[^\\p{L}])`, 'u').test(text) : found.has(f),
  );
}

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}

test.describe('the Spanish edition', () => {
  test('a deep link opens the incident in Spanish, with its quotes marked as English originals', async ({ page }) => {
    await page.goto(`/es?incident=${ONTARIO}`);
    await mapReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(details(page)).toContainText('Arresto de ICE dentro de un centro quirúrgico en Ontario, California');
    await expect(details(page).locator('blockquote[lang="en"]').first()).toBeVisible();
    await expect(details(page)).toContainText('Cita original en inglés');
    await expect(details(page).getByRole('link', { name: 'Página del incidente' })).toHaveAttribute(
      'href',
      `/es/incidents/${ONTARIO}`,
    );
  });

  test('filtering stays in Spanish and on /es', async ({ page }) => {
    await page.goto('/es');
    await mapReady(page);
    await openPanel(page);
    await page.getByText('Tipo de lugar y agencia').click();
    await page.getByRole('checkbox', { name: 'Tribunal' }).click();
    await expect(page).toHaveURL(/\/es\?setting=courthouse(&|$)/);
    await expect(page.locator('.panel__count')).toHaveText('1 de 1 incidente');
  });

  test('from the map to the incident page and back to English, keeping the state', async ({ page, isMobile }) => {
    test.skip(
      isMobile,
      "desktop only: the state carried across editions is the URL's, the same on a phone (filtering in Spanish runs on both)",
    );
    await page.goto(`/es?setting=courthouse&incident=${SF}`);
    await mapReady(page);
    await details(page).getByRole('link', { name: 'Página del incidente' }).click();
    await expect(page).toHaveURL(`/es/incidents/${SF}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('tribunal de inmigración');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`/incidents/${SF}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(`/es/incidents/${SF}`);
    await page.getByRole('link', { name: 'Ver en el mapa completo' }).click();
    await expect(page).toHaveURL(`/es?incident=${SF}`);
    await mapReady(page);
    await expect(details(page)).toBeVisible();
  });

  test('switching language on the map keeps the open incident, the filters and the view', async ({
    page,
    isMobile,
  }) => {
    test.skip(
      isMobile,
      "desktop only: the state carried across editions is the URL's, the same on a phone (filtering in Spanish runs on both)",
    );
    await page.goto('/?setting=medical-facility&map=9/34.05/-117.65');
    await mapReady(page);
    await chooseFromList(page, ONTARIO);
    await expect(details(page)).toBeVisible();
    const english = new URL(page.url());
    const link = page.getByRole('link', { name: 'Español' });
    // The link carries the whole state, the view included (the Spanish map then pans to show the popup).
    await expect(link).toHaveAttribute(
      'href',
      new RegExp(`^/es\\?incident=${ONTARIO}&setting=medical-facility&map=\\d+%2F`),
    );
    await link.click();
    await expect(page).toHaveURL(/\/es\?/);
    const spanish = new URL(page.url());
    for (const key of ['incident', 'setting'])
      expect(spanish.searchParams.get(key), key).toBe(english.searchParams.get(key));
    await mapReady(page);
    await expect(details(page)).toContainText('Arresto de ICE');
    const back = page.getByRole('link', { name: 'English' });
    await expect(back).toHaveAttribute('href', new RegExp(`^/\\?incident=${ONTARIO}&setting=medical-facility&map=`));
    await back.click();
    await expect(page).toHaveURL(/\/\?/);
    // The map may pan again to show the popup: the view is the reader's, the rest must be the same.
    const english2 = new URL(page.url());
    for (const key of ['incident', 'setting'])
      expect(english2.searchParams.get(key), key).toBe(english.searchParams.get(key));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('no English on Spanish pages', () => {
  test.use({ expectedConsoleErrors: /the server responded with a status of 404/ });
  // The same catalogue text on a phone (the map's Spanish phone layout is scanned by a11y.spec.ts).
  test.skip(({ isMobile }) => isMobile, 'desktop only: the words do not depend on the device');
  test('the catalogue check itself finds English on an English page', async ({ page }) => {
    await page.goto('/about');
    expect(await englishOnPage(page)).not.toEqual([]);
  });

  for (const path of [
    `/es?incident=${ONTARIO}`,
    `/es/incidents/${ONTARIO}`,
    `/es/incidents/diocese-san-bernardino-2025-07-08`,
    '/es/about',
    '/es/no-such-page',
    `/es/embed?incident=${SF}`,
    `/es/embed/incidents/${SF}`,
  ]) {
    test(path, async ({ page }) => {
      await page.goto(path);
      if (path.startsWith('/es/embed?')) await mapReady(page);
      if (path.startsWith('/es?')) await openPanel(page);
      expect(await englishOnPage(page)).toEqual([]);
    });
  }
});

test.describe('accessibility of the Spanish pages (axe, WCAG 2.1 A and AA)', () => {
  test.use({ expectedConsoleErrors: /the server responded with a status of 404/ });
  test.skip(
    ({ isMobile }) => isMobile,
    "desktop only: axe rules read the markup, which a phone does not change (the map's phone layout is scanned in a11y.spec.ts)",
  );
  for (const path of [`/es/incidents/${ONTARIO}`, '/es/about', '/es/no-such-page', `/es/embed/incidents/${SF}`]) {
    test(path, async ({ page }) => {
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('the offer of the Spanish edition', () => {
  test.use({ locale: 'es-MX' });

  test('a first visit from a Spanish browser is offered /es once, never redirected', async ({ page }) => {
    await page.goto(`/incidents/${SF}`);
    await expect(page).toHaveURL(`/incidents/${SF}`);
    const offer = page.locator('[data-language-offer]');
    await expect(offer).toBeVisible();
    await expect(offer).toHaveAttribute('lang', 'es');
    await expect(offer.getByRole('link', { name: 'Leerla en español' })).toHaveAttribute('href', `/es/incidents/${SF}`);
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    await expect(offer).toHaveCount(0);
  });
});

test.describe('no offer', () => {
  test('for an English browser', async ({ page }) => {
    await page.goto(`/incidents/${SF}`);
    await expect(page.locator('h1')).toBeVisible();
    // The offer is decided after hydration: wait for the page's scripts before looking.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-language-offer]')).toHaveCount(0);
  });
});
