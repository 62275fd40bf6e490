/**
 * TILE_URL takes effect at run time: a server started on the same build with
 * another tile server draws the incident page's small map from that server,
 * and its CSP (built per request from the same setting) lets the tiles in.
 * The tile server is a local one that answers every tile with a PNG.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, expect } from '@playwright/test';

const SF = 'sf-immigration-court-2025-07-08';
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

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
      const child: ChildProcess = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: 'http://localhost:3000', TILE_URL: `${tiles.origin}/tiles/{z}/{x}/{y}.png` },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let log = '';
      child.stdout!.on('data', (c) => (log += c));
      child.stderr!.on('data', (c) => (log += c));
      const url = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 60_000;
      while (!(await fetch(`${url}/api/health`).then((r) => r.ok, () => false))) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start:\n${log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      await use(url);
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
    { scope: 'worker' },
  ],
});

test.skip(({ isMobile }) => isMobile, 'desktop only: one viewport proves the setting');

test("an incident page's map draws tiles from the run-time TILE_URL, with no CSP violation", async ({ page, appBase, tiles }) => {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.effectiveDirective} blocked ${e.blockedURI}`));
  });
  const res = await page.goto(`${appBase}/incidents/${SF}`);
  expect(res!.headers()['content-security-policy']).toContain(`img-src 'self' data: ${tiles.origin}`);
  const tile = page.locator(`img.leaflet-tile[src^="${tiles.origin}/tiles/"]`).first();
  await expect(tile).toBeVisible();
  await expect.poll(() => tile.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(tiles.requests.some((u) => /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(u))).toBe(true);
  expect(await page.evaluate(() => window.violations)).toEqual([]);
});
