/**
 * A second server for tests that need another dataset or settings: `next
 * start` on a free port (or the standalone output's server.js), with `env`
 * added (e.g. DATA_DIR), stopped by the returned function. The main HTTP test
 * server is test/http/server.ts.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export interface ServerOptions {
  /** The address to bind (`next start -H`, HOSTNAME for the standalone server). */
  host?: string;
  /** Run `<distDir>/standalone/server.js` instead of `next start`. */
  standalone?: boolean;
}

export interface SecondServer {
  base: string;
  stop: () => Promise<void>;
  log: () => string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startSecondServer(
  env: Record<string, string>,
  { host = '127.0.0.1', standalone = false }: ServerOptions = {},
): Promise<SecondServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = '';
  const args = standalone
    ? [path.join(process.env.NEXT_DIST_DIR || '.next', 'standalone', 'server.js')]
    : ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', host];
  const child = spawn(process.execPath, args, {
    // A server given a DATA_DIR serves those files, even when the suite runs against a database (scripts/test-db.sh).
    env: {
      SITE_URL: 'http://localhost:3000',
      ...process.env,
      ...(env.DATA_DIR ? { DATABASE_URL: '' } : {}),
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PORT: String(port),
      HOSTNAME: host,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c) => (log += c));
  child.stderr!.on('data', (c) => (log += c));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`second server exited (${child.exitCode}):\n${log}`);
    try {
      await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) });
      return { base, stop, log: () => log };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`second server did not answer:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
