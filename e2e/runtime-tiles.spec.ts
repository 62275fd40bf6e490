/**
 * TILE_URL takes effect at run time: a server started on the same build with
 * another tile server draws the incident page's small map from that server,
 * and its CSP (built per request from the same setting) lets the tiles in.
 * The tile server is a local one that answers every tile with a PNG.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, expect } from '@playwright/test';
import { startAppServer } from './app-server';

const SF = 'sf-immigration-court-2025-07-08';
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

declare global {
  interface Window {
    violations: string[];
  }
}

const test = base.extend<object, { tiles: { origin: string; requests: string[] }; appBase: string }>({
  tiles: [
    async ({}, use) => {
      const requests: string[] = [];
      const server = http.createServer((req, res) => {
        requests.push(req.url ?? '');
        res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(PNG_1X1);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      await use({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests });
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
  appBase: [
    async ({ tiles }, use, workerInfo) => {
      const port = Number(process.env.E2E_PORT ?? 3210) + 20 + workerInfo.parallelIndex;
      const server = await startAppServer(port, { TILE_URL: `${tiles.origin}/tiles/{z}/{x}/{y}.png` });
      await use(server.url);
      await server.stop();
    },
    { scope: 'worker' },
  ],
});

test.skip(({ isMobile }) => isMobile, 'desktop only: one viewport proves the setting');

test("an incident page's map draws tiles from the run-time TILE_URL, with no CSP violation", async ({
  page,
  appBase,
  tiles,
}) => {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.violations.push(`${e.effectiveDirective} blocked ${e.blockedURI}`),
    );
  });
  const res = await page.goto(`${appBase}/incidents/${SF}`);
  expect(res!.headers()['content-security-policy']).toContain(`img-src 'self' data: ${tiles.origin}`);
  const tile = page.locator(`img.leaflet-tile[src^="${tiles.origin}/tiles/"]`).first();
  await expect(tile).toBeVisible();
  await expect.poll(() => tile.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(tiles.requests.some((u) => /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(u))).toBe(true);
  expect(await page.evaluate(() => window.violations)).toEqual([]);
});
