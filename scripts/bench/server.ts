/** Starts and stops the app server (`next start`, as `npm start` does) for a benchmark, and reads its memory. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Running {
  url: string;
  child: ChildProcess;
  log: () => string;
  /** Seconds from spawn until the server answered (dataset loaded, checked and indexed). */
  startSeconds: number;
  stop: () => Promise<void>;
}

export function distDir(): string {
  const dir = process.env.NEXT_DIST_DIR || '.next';
  if (!existsSync(path.join(dir, 'BUILD_ID')))
    throw new Error(`no build in ${dir}/: run \`npm run build\` first (with the same NEXT_DIST_DIR)`);
  return dir;
}

/**
 * `niceness`: the server's scheduling priority (0 as spawned, up to 19 for
 * the lowest). The client benchmark lowers it: a user's browser
 * does not share its CPU with our server, and on this two-core machine the
 * server's work for each view otherwise deschedules the page's main thread.
 */
export async function startApp(
  port: number,
  dataDir: string | undefined,
  heapMb?: number,
  niceness = 0,
  extraEnv: Record<string, string> = {},
): Promise<Running> {
  const started = performance.now();
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: distDir(),
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
    ...extraEnv,
  };
  const args = [
    ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []),
    'node_modules/next/dist/bin/next',
    'start',
    '-p',
    String(port),
    '-H',
    '127.0.0.1',
  ];
  // Through nice(1), so that every thread of the server starts at that priority (os.setPriority after spawn changes only the threads' leader, after a race).
  const [command, ...rest] = niceness
    ? ['nice', '-n', String(niceness), process.execPath, ...args]
    : [process.execPath, ...args];
  const child = spawn(command, rest, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout!.on('data', (c) => (log += c));
  child.stderr!.on('data', (c) => (log += c));
  const url = `http://127.0.0.1:${port}`;
  // Ready when the health check answers (the dataset is loaded).
  while (
    !(await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, child, log: () => log, startSeconds: (performance.now() - started) / 1000, stop };
}

export const INDEXED = /dataset: [^\n]*indexed for text search[^\n]*/;

/** Seconds waited until a server that builds its word index in the background has built it (0 when it builds none). */
export async function wordsIndexed(server: Running): Promise<number> {
  const started = performance.now();
  if (!/indexing words for text search in the background/.test(server.log())) return 0;
  while (!INDEXED.test(server.log())) {
    if (/the index of words failed/.test(server.log()))
      throw new Error(`the server's word index failed:\n${server.log()}`);
    if (performance.now() - started > 600_000) throw new Error(`no word index after 10 minutes:\n${server.log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return (performance.now() - started) / 1000;
}

/** Resident memory of a process, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}
