import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { disableFeatures } from './e2e/chromium-switches';

// Playwright cannot download its browsers here: use Debian's Chromium unless told otherwise.
// On a machine that has Playwright's own browser, set CHROMIUM_PATH= (empty) to use it.
const chromium = process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 3210);
/** A second server, on the next port, serving a generated dataset (e2e/scale.spec.ts). */
export const SCALE_PORT = port + 1;
const scaleData = path.join(os.tmpdir(), `incident-map-e2e-scale-${SCALE_PORT}`);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Generous: the machines that run this are often busy with parallel builds.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromium || undefined,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        disableFeatures(),
      ],
    },
    // A trace records every test as it runs (DOM snapshots, screencast): about a fifth of the browser
    // step's CPU. Kept for a local failure; CI leaves nothing to open, so it records none.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    // page.route cannot see what a service worker answers: tests that stub the network need it out of the way.
    // e2e/offline.spec.ts lets it in.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } } },
  ],
  webServer: [
    {
      // The built app, as users get it (`npm run build` runs first).
      command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        // The public address of permanent links, as a deployment sets it.
        SITE_URL: 'http://localhost:3000',
        // The build to serve: `.next` unless a parallel build set its own folder (NEXT_DIST_DIR=.next-map).
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next',
        // Tests answer these tile requests themselves (e2e/fixtures.ts): no test touches the network.
        TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      },
    },
    {
      // 1,500 generated incidents: the map as it works at scale (server clusters, long lists, deep links by id).
      command: `node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/generate.ts --count 1500 --seed 5 --out ${scaleData} && node node_modules/next/dist/bin/next start -p ${SCALE_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${SCALE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        // The public address of permanent links, as a deployment sets it.
        SITE_URL: 'http://localhost:3000',
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next',
        TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        DATA_DIR: scaleData,
      },
    },
  ],
});
