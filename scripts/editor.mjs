/**
 * `npm run editor [-- --port N] [-- --built]`: the maintainers' editor for
 * data/ (or DATA_DIR), on this machine only.
 *
 * It runs the app itself with EDITOR=1, which switches on the editor's page
 * (/editor) and its routes (/api/editor/…); without it they answer 404, so a
 * deployment never exposes a write. It listens on 127.0.0.1 alone and refuses
 * any request whose Host is not a loopback name (DNS rebinding).
 *
 * By default it runs Next's development server (no build needed, always the
 * current code); --built serves the production build in NEXT_DIST_DIR
 * instead (the tests do, as it starts faster).
 */
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import next from 'next';
import { isLoopbackHost } from './editor/loopback.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, built: { type: 'boolean', default: false } },
  strict: true,
});
const port = Number(values.port ?? process.env.EDITOR_PORT ?? 3001);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`editor: "${values.port ?? process.env.EDITOR_PORT}" is not a port number`);
  process.exit(2);
}
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.EDITOR = '1';
process.env.DATA_DIR = path.resolve(process.env.DATA_DIR ?? path.join(dir, 'data'));
process.env.NEXT_TELEMETRY_DISABLED = '1';

// Next spells loopback addresses "localhost" in its URLs: the same name here keeps its rewrites
// (next.config.ts) internal.
const app = next({ dev: !values.built, dir, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  if (!isLoopbackHost(req.headers.host)) {
    const body = JSON.stringify({
      error: `the editor answers only on this machine's loopback address, not for Host "${req.headers.host ?? ''}"`,
    });
    res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
    return;
  }
  handle(req, res);
});
server.listen(port, '127.0.0.1', async () => {
  // The first data check loads the editor's server code and the check's tables (GeoNames, the
  // counties): seconds, which would otherwise fall on the maintainer's first save. A check of an
  // empty draft does it now and writes nothing.
  await fetch(`http://127.0.0.1:${port}/api/editor/check`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'editor-warm-up', json: {} }),
  }).catch(() => {});
  console.log(`editor: ready on http://127.0.0.1:${port}/editor for ${process.env.DATA_DIR}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
