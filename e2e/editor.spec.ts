/**
 * The maintainers' journey through the editor (`npm run editor`), on a copy
 * of the data in a temporary folder: archive a saved web page, create an
 * incident by selecting its excerpts in the archived text, place it by a city
 * search (after a click on its map), write the Spanish beside the English
 * and our translation beside each quote, save. The written files must equal the golden files
 * (test/fixtures/editor/golden; EDITOR_GOLDEN=write rewrites them), pass
 * `npm run check`, and the new incident must open on the map. The page runs
 * under the CSP proxy.ts sets: a violation fails the journey.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const PORT = Number(process.env.EDITOR_E2E_PORT ?? 3531);
const BASE = `http://127.0.0.1:${PORT}`;
const GOLDEN = path.join('test', 'fixtures', 'editor', 'golden');
const SOURCE = 'example-gazette-2025-07-10';
const INCIDENT = 'pomona-clinic-2025-07-09';
/** "Today" for the editor, so archived and updated dates match the golden files. */
const TODAY = '2025-12-01';

let dir: string;
let editor: ChildProcess;
let log = '';

test.use({ baseURL: BASE });

test.beforeAll(async ({}, info) => {
  test.skip(info.project.name !== 'desktop', 'one journey is enough: the editor is a desktop tool');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-e2e-'));
  fs.cpSync('data', dir, { recursive: true });
  editor = spawn(process.execPath, ['scripts/editor.mjs', '--built', '--port', String(PORT)], {
    env: {
      ...process.env,
      DATA_DIR: dir,
      EDITOR_TODAY: TODAY,
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next',
      TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  editor.stdout!.on('data', (c) => (log += c));
  editor.stderr!.on('data', (c) => (log += c));
  const deadline = Date.now() + 60_000;
  while (!log.includes('editor: ready')) {
    if (Date.now() > deadline || editor.exitCode !== null) throw new Error(`the editor did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
});

test.afterAll(async () => {
  if (editor && editor.exitCode === null) {
    const exited = new Promise((r) => editor.once('exit', r));
    editor.kill('SIGTERM');
    await exited;
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Selects `phrase` in an element whose content is one text node, as a maintainer's mouse would. */
async function selectIn(page: Page, testId: string, phrase: string) {
  await page.getByTestId(testId).evaluate((el, phrase) => {
    const node = el.firstChild!;
    const at = node.textContent!.indexOf(phrase);
    if (at < 0) throw new Error(`"${phrase}" is not in the text`);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + phrase.length);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, phrase);
}

function compareWithGolden(relative: string) {
  const written = fs.readFileSync(path.join(dir, relative), 'utf8');
  const golden = path.join(GOLDEN, relative);
  if (process.env.EDITOR_GOLDEN === 'write') {
    fs.mkdirSync(path.dirname(golden), { recursive: true });
    fs.writeFileSync(golden, written);
  }
  expect(written, relative).toBe(fs.readFileSync(golden, 'utf8'));
}

test('a saved article becomes a checked incident on the map', async ({ page }) => {
  // One journey through five pages and two saves, each page's first visit loading its route: on a
  // machine running two suites at once it passed the 60 s every test gets.
  test.slow();
  // Every CSP violation any page of the journey sees, as the browser reports it to the page.
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) =>
      report(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const editorPage = await page.goto('/editor');
  expect(editorPage!.headers()['content-security-policy']).toContain(
    "img-src 'self' data: https://tile.openstreetmap.org",
  );
  expect(editorPage!.headers()['cache-control']).toContain('no-store');

  // Archive the source: its readable text, reviewed; the photo caption marked as not reporting.
  await page.getByLabel('Open a saved web page (.html)').setInputFiles('test/fixtures/editor/article.html');
  const archived = page.getByLabel(/^Archived text/);
  await expect(archived).toHaveValue(/Federal immigration agents detained a man/);
  await expect(archived).not.toHaveValue(/Subscribe|Reader 1|All rights reserved/);
  await expect(page.getByLabel('Source id (lowercase words and hyphens)')).toHaveValue(SOURCE);
  await expect(page.getByLabel('Publisher')).toHaveValue('Example Gazette');
  await archived.evaluate((el: HTMLTextAreaElement) => {
    const caption = 'The entrance of a community clinic in Pomona on Thursday.';
    const at = el.value.indexOf(caption);
    el.focus();
    el.setSelectionRange(at, at + caption.length);
    el.dispatchEvent(new Event('select', { bubbles: true }));
  });
  await page.getByRole('button', { name: 'Mark selection as non-reporting' }).click();
  await page
    .getByLabel('Why it is not reporting')
    .fill('The caption of the article’s photo, not reporting on the arrest.');
  await page.getByRole('button', { name: 'Save source' }).click();
  await expect(page.getByText(/^Source saved/)).toBeVisible();

  // The incident: excerpts selected in the archived text, never typed.
  await page.getByRole('button', { name: 'Incidents' }).click();
  await page.getByRole('button', { name: 'New incident' }).click();
  await page.getByLabel(/^Id \(permanent/).fill(INCIDENT);
  await page.getByLabel('Title (English)').fill('ICE arrest outside a community health clinic in Pomona, California');
  await page
    .getByLabel('Title (Spanish)')
    .fill('Arresto de ICE frente a una clínica comunitaria en Pomona, California');
  await page
    .getByLabel('Summary, neutral, in our own words (English)')
    .fill(
      'Federal immigration agents detained a man in the parking lot of a community health clinic as he left his appointment. ICE did not comment on the operation.',
    );
  await page
    .getByLabel('Summary, neutral, in our own words (Spanish)')
    .fill(
      'Agentes federales de inmigración detuvieron a un hombre en el estacionamiento de una clínica comunitaria al salir de su cita. ICE no comentó el operativo.',
    );
  await page.getByLabel('Setting').selectOption('medical-facility');
  await page.getByLabel('ice', { exact: true }).check();
  await page.getByLabel('Date (YYYY-MM-DD, YYYY-MM or YYYY)').fill('2025-07-09');
  await page.getByLabel('Time of day, as the sources say it (optional) (English)').fill('Wednesday morning');
  await page.getByLabel('Time of day, as the sources say it (optional) (Spanish)').fill('El miércoles por la mañana');
  await page.getByRole('combobox', { name: 'Source to quote' }).selectOption(SOURCE);
  await expect(page.getByTestId('archived-text')).toContainText('Federal immigration agents');
  // A selection that starts and ends inside words is widened to whole words.
  await selectIn(
    page,
    'archived-text',
    'ederal immigration agents detained a man in the parking lot of a community health clin',
  );
  await page.getByRole('button', { name: 'Add selected text as excerpt' }).click();
  // Beside the quote, our Spanish translation (the source is in English), labelled as ours, with its translator.
  const excerpts = page.locator('[data-excerpt]');
  await expect(excerpts.first().locator('[data-translation="es"] legend')).toHaveText(
    'Our Spanish translation: not a quote',
  );
  const translate = async (n: number, words: string) =>
    excerpts.nth(n).getByLabel('Our translation into Spanish (not a quote)').fill(words);
  await translate(
    0,
    'Agentes federales de inmigración detuvieron a un hombre en el estacionamiento de una clínica comunitaria de salud',
  );
  await excerpts.nth(0).getByLabel('Translated by (English)').fill('Ana Ruiz');
  await selectIn(page, 'archived-text', 'They were waiting by the door when he came out of his appointment,');
  await page.getByRole('button', { name: 'Add selected text as excerpt' }).click();
  await expect(page.locator('[data-excerpt] blockquote')).toHaveText([
    'Federal immigration agents detained a man in the parking lot of a community health clinic',
    'They were waiting by the door when he came out of his appointment,',
  ]);
  // A new quote's translator starts as the last one's; the translation itself is ours to write.
  await expect(excerpts.nth(1).getByLabel('Translated by (English)')).toHaveValue('Ana Ruiz');
  await expect(excerpts.nth(1).getByLabel(/^Translated by \(Spanish/)).toHaveValue('');
  await expect(excerpts.nth(1).getByLabel('Our translation into Spanish (not a quote)')).toHaveValue('');
  await translate(1, 'Estaban esperando junto a la puerta cuando salió de su cita,');

  // The place: a click on the map (its tiles come from TILE_URL's host, which the CSP allows), then a GeoNames
  // city found offline, which replaces the point; counties and state follow from the point.
  const map = page.getByLabel('Map: click to place the incident');
  await expect(map.locator('.leaflet-tile-loaded').first()).toBeVisible();
  await map.click({ position: { x: 200, y: 140 } });
  await expect(page.getByTestId('point')).not.toHaveText('—');
  await expect(page.getByLabel('Basis of the coordinates (Spanish)')).toHaveValue(
    'Punto situado en el mapa con el editor.',
  );
  await page.getByLabel('Search a city (GeoNames, offline)').fill('Pomona');
  await page.getByRole('button', { name: /^Pomona, CA \(US\)/ }).click();
  await expect(page.locator('[data-path="properties.place.counties.0.name"] input')).toHaveValue('Los Angeles County');
  await expect(page.locator('[data-path="properties.place.counties.0.fips"] input')).toHaveValue('06037');
  await expect(page.getByLabel('State (two letters)')).toHaveValue('CA');
  await expect(page.getByLabel('Basis of the coordinates (Spanish)')).toHaveValue(
    /^Coordenadas de la ciudad de Pomona, CA, según GeoNames/,
  );
  // The city's point replaces the click's, and its radius the click's 500 m.
  await expect(page.getByLabel('Radius in metres (unless building)')).toHaveValue('8000');
  // A description, not a proper name: in both languages.
  await page.getByLabel('Place name (English)').fill('A community health clinic in Pomona');
  await page.getByLabel(/^Place name \(Spanish/).fill('Una clínica comunitaria de salud en Pomona');

  // A note, in both languages.
  const notes = page.locator('fieldset[data-path="properties.notes"]');
  await notes.getByRole('button', { name: 'Add' }).click();
  await notes
    .getByLabel('Note (English)')
    .fill('The clinic said agents did not enter the building and that no patient records were requested.');
  await notes
    .getByLabel('Note (Spanish)')
    .fill('La clínica dijo que los agentes no entraron en el edificio y que no se pidieron expedientes de pacientes.');

  // The check passes live, the previews show the record, and the save writes it.
  await expect(page.getByTestId('check-status')).toHaveText('The data check passes.');
  await expect(page.getByTestId('popup-preview')).toContainText('ICE arrest outside a community health clinic');
  await expect(page.getByTestId('page-preview')).toContainText('They were waiting by the door');
  await page.getByRole('radio', { name: 'es' }).check();
  await expect(page.getByTestId('page-preview')).toContainText(
    'Estaban esperando junto a la puerta cuando salió de su cita,',
  );
  await expect(page.getByTestId('page-preview')).toContainText('They were waiting by the door');
  await page.getByRole('button', { name: 'Save incident' }).click();
  await expect(page.getByText(/^Incident saved/)).toBeVisible();

  for (const f of [`sources/${SOURCE}.txt`, `sources/${SOURCE}.json`, `incidents/${INCIDENT}.json`])
    compareWithGolden(f);
  const check = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/check-data.ts', dir],
    { encoding: 'utf8' },
  );
  expect(check.stderr + check.stdout).toContain('data check passed: 7 incidents, 4 sources');
  expect(check.status).toBe(0);

  // The map this server draws reads the saved dataset.
  await page.goto(`/?incident=${INCIDENT}`);
  await expect(page.locator('.incident-popup__title')).toHaveText(
    'ICE arrest outside a community health clinic in Pomona, California',
  );
  await page.goto(`/es/incidents/${INCIDENT}`);
  await expect(page.locator('h1')).toHaveText('Arresto de ICE frente a una clínica comunitaria en Pomona, California');
  await expect(page.locator('main')).toContainText('Estaban esperando junto a la puerta cuando salió de su cita,');
  await expect(page.locator('main')).toContainText('Una clínica comunitaria de salud en Pomona');
  expect(violations, 'CSP violations').toEqual([]);
});
