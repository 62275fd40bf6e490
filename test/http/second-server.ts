/**
 * A second server for tests that need another dataset: `next start` on a
 * free port, with `env` added (e.g. DATA_DIR), stopped
 * by the returned function. The main HTTP test server is test/http/server.ts.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';

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

export async function startSecondServer(env: Record<string, string>): Promise<SecondServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { SITE_URL: 'http://localhost:3000', ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
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
      await fetch(`${base}/api/incidents`, { signal: AbortSignal.timeout(2_000) });
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
