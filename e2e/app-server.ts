/**
 * Another server of the built app for a worker of the e2e tests, beside the
 * main one (playwright.config.ts): `next start` on `port` with `env` added,
 * ready once its health check answers, stopped after use, and with the
 * worker: a worker ended by a fixture's timeout never reaches the teardown,
 * and the server it left answered the next run's tests with its own settings.
 * A port some other server holds is refused, for the same reason.
 */
import { spawn } from 'node:child_process';

export async function startAppServer(
  port: number,
  env: Record<string, string>,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = `http://127.0.0.1:${port}`;
  if (
    await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${port} is taken by another server: stop it first`);
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: { SITE_URL: 'http://localhost:3000', ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout!.on('data', (c) => (log += c));
  child.stderr!.on('data', (c) => (log += c));
  const kill = () => child.kill('SIGTERM');
  process.once('exit', kill);
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`the server on port ${port} exited:\n${log}`);
    if (Date.now() > deadline) {
      kill();
      throw new Error(`the server on port ${port} did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    process.off('exit', kill);
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { url, stop };
}
