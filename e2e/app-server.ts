/**
 * Another server of the built app for a worker of the e2e tests, beside the
 * main one (playwright.config.ts): `next start` on `port` with `env` added,
 * ready once its health check answers, stopped after use.
 */
import { spawn } from 'node:child_process';

export async function startAppServer(port: number, env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { SITE_URL: 'http://localhost:3000', ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (c) => (log += c));
  child.stderr!.on('data', (c) => (log += c));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!(await fetch(`${url}/api/health`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null) throw new Error(`the server on port ${port} exited:\n${log}`);
    if (Date.now() > deadline) throw new Error(`the server on port ${port} did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { url, stop };
}
