/**
 * Global setup of the HTTP tests: starts Next's own server (`next start`, as `npm start` does) on a free port in
 * 3100–3199 (other test runs may hold some), waits until it answers, hands the
 * base URL to the tests (`inject('baseUrl')`) and stops the server afterwards.
 * With HTTP_BASE_URL set, it tests that server instead and starts nothing.
 * The environment passes through, so NEXT_DIST_DIR and DATA_DIR apply.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const FIRST_PORT = 3100;
const LAST_PORT = 3199;
const READY_TIMEOUT_MS = 30_000;

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Starts at a random port so parallel runs rarely probe the same one. */
async function freePort(): Promise<number> {
  const span = LAST_PORT - FIRST_PORT + 1;
  const offset = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = FIRST_PORT + ((offset + i) % span);
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port in ${FIRST_PORT}-${LAST_PORT}`);
}

/** Resolves once the server answers any HTTP request; rejects if it exits first or is too slow. */
async function waitUntilAnswering(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`next start exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`);
    }
    try {
      await fetch(`${baseUrl}/api/incidents`, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`next start did not answer within ${READY_TIMEOUT_MS} ms:\n${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export default async function setup(project: TestProject) {
  if (process.env.HTTP_BASE_URL) {
    project.provide('baseUrl', process.env.HTTP_BASE_URL.replace(/\/+$/, ''));
    return;
  }
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    throw new Error(`no build in ${distDir}/: run \`npm run build\` first (with the same NEXT_DIST_DIR)`);
  }
  // Two runs may pick the same free port between probe and listen: retry on another.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    // The server `npm start` runs, with node directly: npx would keep an extra process alive.
    const child = spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
      {
        env: {
          SITE_URL: 'http://localhost:3000',
          ...process.env,
          NEXT_TELEMETRY_DISABLED: '1',
          NODE_ENV: 'production',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let log = '';
    child.stdout!.on('data', (chunk) => (log += chunk));
    child.stderr!.on('data', (chunk) => (log += chunk));
    try {
      await waitUntilAnswering(baseUrl, child, () => log);
    } catch (error) {
      await stop(child);
      if (attempt < 3 && log.includes('EADDRINUSE')) continue;
      throw error;
    }
    project.provide('baseUrl', baseUrl);
    return async () => {
      await stop(child);
      if (process.env.HTTP_SERVER_LOG) console.log(log);
    };
  }
}
