/**
 * `npm start [-- -p PORT -H HOST]`: Next's production server behind one
 * shortcut. `GET /api/incidents` without a query is the same bytes for the
 * whole life of the process (the dataset is loaded once), and it is the API's
 * busiest request; going through Next's router and a route handler costs
 * about twenty times what sending bytes costs (docs/PERFORMANCE.md). So this
 * server asks Next for that answer once at start, keeps it with its headers,
 * compressed once with brotli and gzip, and answers it from memory (304 on a
 * matching If-None-Match). Everything else, and that answer too until it is
 * captured or when it is not a cacheable 200 (a large dataset answers 413),
 * goes to Next's own request handler.
 */
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import next from 'next';
import { answerClientError, guardRequest } from './server/request-guard.mjs';
import { securityHeaders } from './server/security-headers.cjs';
import { viewFastPath } from './view-fast-path.mjs';

const HOT_PATH = '/api/incidents';
/** Where the app leaves its wait for text queries made before the index of words is built (lib/index/text-wait.ts). */
const TEXT_WAIT = Symbol.for('incident-map.text-wait');
/** Headers the connection owns, never replayed from the captured answer. */
const HOP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  strict: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = typeof values.hostname === 'string' ? values.hostname : undefined;
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Same rule as lib/http.ts etagMatches: weak comparison over a list of tags (RFC 9110 §13.1.2). */
function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const strip = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

/** brotli, else gzip, else none; q=0 refuses an encoding (RFC 9110 §12.5.3). */
function chooseEncoding(acceptEncoding) {
  if (!acceptEncoding) return undefined;
  const q = new Map();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    q.set(name.trim(), weight ? Number(weight[1]) : 1);
  }
  const accepts = (name) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : undefined;
}

/** GET `url` from this server, with `headers`: status, headers and body. */
function fetchOwn(url, headers) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

function replayable(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_HEADERS.has(name)));
}

/** The no-query answer as Next gives it, or undefined when it must not be kept (not a cacheable 200). */
async function capture(base) {
  const ok = await fetchOwn(base + HOT_PATH, { 'accept-encoding': 'identity' });
  const etag = ok.headers.etag;
  if (ok.status !== 200 || !etag || ok.headers['content-encoding'] || !/public/.test(ok.headers['cache-control'] ?? '')) {
    return { off: `answers ${ok.status}` };
  }
  const notModified = await fetchOwn(base + HOT_PATH, { 'if-none-match': etag });
  if (notModified.status !== 304) return { off: `revalidation answers ${notModified.status}` };
  const body = ok.body;
  return {
    etag,
    headers: replayable(ok.headers),
    notModified: replayable(notModified.headers),
    bodies: {
      identity: body,
      br: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      gzip: zlib.gzipSync(body, { level: 9 }),
    },
  };
}

/** Answers the captured request from memory; false when the request is not it. */
function serveHot(hot, req, res) {
  if (req.url !== HOT_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  if (etagMatches(req.headers['if-none-match'], hot.etag)) {
    res.writeHead(304, hot.notModified);
    res.end();
    return true;
  }
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  const body = hot.bodies[encoding ?? 'identity'];
  res.writeHead(200, { ...hot.headers, ...(encoding ? { 'content-encoding': encoding } : {}), 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

// Next builds each request's own URL from this name, and the proxy's URLs (NextURL) spell every
// loopback address "localhost": were they to differ, Next would take proxy.ts's rewrite of English
// pages to /en/… for another host and fetch it over HTTP from itself.
const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|\[::1\]|localhost)$/;
const app = next({ dev: false, dir, hostname: !hostname || LOOPBACK.test(hostname) ? 'localhost' : hostname, port });
const handle = app.getRequestHandler();
// prepare() runs instrumentation.ts: the dataset is loaded and checked here, or the process exits naming the problem.
await app.prepare();

let hot;
// The Content-Security-Policy depends on TILE_URL, read now (an unusable one stops the server here).
const setSecurityHeaders = securityHeaders();
/** The map's view queries, ahead of Next (scripts/view-fast-path.mjs). */
let views;
const server = http.createServer((req, res) => {
  setSecurityHeaders(req, res);
  if (guardRequest(req, res)) return;
  if (hot && serveHot(hot, req, res)) return;
  // In the seconds after start-up, a text query waits for the background build of the index of
  // words: answered at once, it would finish that build on the spot and hold every other request.
  const wait = globalThis[TEXT_WAIT]?.(req.url ?? '');
  if (wait) wait.then(() => route(req, res));
  else route(req, res);
});
function route(req, res) {
  if (views && views.serve(req, res)) return;
  handle(req, res);
}
server.on('clientError', answerClientError);
server.listen(port, hostname, async () => {
  const base = `http://${hostname && hostname !== '0.0.0.0' ? hostname : '127.0.0.1'}:${port}`;
  console.log(`ready on http://${hostname ?? 'localhost'}:${port}`);
  // Before the no-query answer, whose log line tells scripts and tests the server is ready.
  try {
    const fast = await viewFastPath(base, fetchOwn, { chooseEncoding, etagMatches });
    if (fast.off) console.log(`${HOT_PATH}?bbox&zoom ahead of Next: off (${fast.off})`);
    else {
      views = fast;
      console.log(`${HOT_PATH}?bbox&zoom ahead of Next: on`);
    }
  } catch (error) {
    console.error(`${HOT_PATH}?bbox&zoom ahead of Next: off (${error.message})`);
  }
  try {
    const captured = await capture(base);
    if (captured.off) console.log(`${HOT_PATH} from memory: off (${captured.off})`);
    else {
      hot = captured;
      console.log(`${HOT_PATH} from memory: ${captured.bodies.identity.length} bytes, ${captured.bodies.br.length} br, ${captured.bodies.gzip.length} gzip`);
    }
  } catch (error) {
    console.error(`${HOT_PATH} from memory: off (${error.message})`);
  }
});
