/**
 * The map's view queries, `GET /api/incidents?bbox=…&zoom=z[&filters]`,
 * answered by `npm start` (scripts/start.mjs) ahead of Next's router, which
 * costs more than the view itself (docs/PERFORMANCE.md). The answer is
 * computed by the same module as the route handler's
 * (lib/index/view-answer.ts, offered on globalThis by instrumentation.ts at
 * start-up), so the two cannot disagree; this adds what a route handler
 * cannot: compression per Accept-Encoding (Next drops a route's
 * Content-Encoding), and the recent answers kept with their compressed bytes
 * (the same view asked again, a revalidation, a popular shared link: the
 * dataset is loaded once per process, so a kept answer cannot go stale).
 * Anything it does not answer, errors included, goes on to Next.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const VIEW_ANSWER = Symbol.for('incident-map.view-answer');
const PATH = '/api/incidents';
/** Headers of Next's answer that belong to one body or one connection, never replayed. */
const OWN_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'etag']);
/** Smaller bodies gain nothing from compression. */
const MIN_COMPRESS = 1024;
// The fastest settings (brotli 1 compresses about ten times faster than gzip 1 here, and about as well): a view is compressed per request, not once per process.
const compress = {
  br: (body) => promisify(zlib.brotliCompress)(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => promisify(zlib.gzip)(body, { level: 1 }),
};

/**
 * How many recent answers are kept, and how many bytes they may hold in all.
 * Kept small on purpose: V8 counts Buffers as external memory, and tens of
 * megabytes of it held start full collections of the whole heap (hundreds of
 * milliseconds at 100,000 incidents: benchmark 2's tail, measured).
 */
const KEEP_ANSWERS = 256;
const KEEP_BYTES = 16 * 1024 * 1024;
/** Raw bodies are kept only this small; a larger one is made again for the rare client that asks for no compression. */
const KEEP_RAW = 16 * 1024;

const toBuffer = (body) => (typeof body === 'string' ? Buffer.from(body) : body);

/**
 * The most recently used answers by query string: the ETag, the compressed
 * bodies as they are made, the raw body when small; the least recently used
 * go first beyond either bound. A Map iterates in insertion order: a hit is
 * re-inserted at the end.
 */
export function answerCache({ answers = KEEP_ANSWERS, bytes = KEEP_BYTES, raw = KEEP_RAW } = {}) {
  const kept = new Map();
  let held = 0;
  const sizeOf = (entry) => (entry.body?.length ?? 0) + Object.values(entry.encoded).reduce((n, b) => n + b.length, 0);
  function trim() {
    for (const [key, entry] of kept) {
      if (kept.size <= answers && held <= bytes) break;
      kept.delete(key);
      held -= sizeOf(entry);
    }
  }
  return {
    /**
     * The entry for `query` ({ etag, body?, encoded }), made with `make`
     * (which may answer undefined) when not kept, and the raw body when it is
     * at hand (`body`: made now, or kept).
     */
    get(query, make) {
      let entry = kept.get(query);
      let body;
      if (entry) kept.delete(query);
      else {
        const prepared = make();
        if (!prepared) return undefined;
        body = toBuffer(prepared.body);
        entry = { etag: prepared.etag, body: body.length <= raw ? body : undefined, encoded: {} };
        held += entry.body?.length ?? 0;
      }
      kept.set(query, entry);
      trim();
      return { entry, body: body ?? entry.body };
    },
    /** Keeps `bytes` as `entry`'s body in `encoding`, if the entry is still kept. */
    encoded(query, entry, encoding, bytes) {
      if (kept.get(query) !== entry || entry.encoded[encoding]) return;
      entry.encoded[encoding] = bytes;
      held += bytes.length;
      trim();
    },
    get size() {
      return kept.size;
    },
    get bytes() {
      return held;
    },
  };
}

/**
 * Asks Next once for a view (the world at zoom 0) to learn the headers its
 * route answers with (CORS, caching, next.config.js headers), which every
 * fast answer then carries. Returns the server, or an `off` reason.
 *
 * @param fetchOwn (url, headers) => { status, headers, body }
 */
export async function viewFastPath(base, fetchOwn, { chooseEncoding, etagMatches }) {
  const answer = globalThis[VIEW_ANSWER];
  if (typeof answer !== 'function') return { off: 'the app offers no view answers' };
  const probe = `${PATH}?bbox=-180,-90,180,90&zoom=0`;
  const routed = await fetchOwn(base + probe, { 'accept-encoding': 'identity' });
  if (routed.status !== 200) return { off: `${probe} answers ${routed.status}` };
  const own = answer('bbox=-180,-90,180,90&zoom=0');
  if (!own || own.etag !== routed.headers.etag) return { off: 'the route and the fast path disagree' };
  const headers = Object.fromEntries(Object.entries(routed.headers).filter(([name]) => !OWN_HEADERS.has(name)));
  const notModified = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'content-type' && name !== 'x-content-type-options'));

  const cache = answerCache();

  /** Answers `req` when it is a view query; false to let Next answer. */
  function serve(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '';
    const q = url.indexOf('?');
    if (q < 0 || url.slice(0, q) !== PATH) return false;
    const query = url.slice(q + 1);
    const found = cache.get(query, () => answer(query));
    if (!found) return false;
    const { entry } = found;
    if (etagMatches(req.headers['if-none-match'], entry.etag)) {
      res.writeHead(304, { ...notModified, etag: entry.etag });
      res.end();
      return true;
    }
    const send = (bytes, enc) => {
      res.writeHead(200, { ...headers, etag: entry.etag, ...(enc ? { 'content-encoding': enc } : {}), 'content-length': bytes.length });
      res.end(req.method === 'HEAD' ? undefined : bytes);
    };
    const wanted = chooseEncoding(req.headers['accept-encoding']);
    if (wanted && entry.encoded[wanted]) {
      send(entry.encoded[wanted], wanted);
      return true;
    }
    // A kept answer whose raw bytes were too large to keep is made again.
    const body = found.body ?? toBuffer(answer(query).body);
    const encoding = body.length >= MIN_COMPRESS ? wanted : undefined;
    if (!encoding) send(body);
    else
      compress[encoding](body).then(
        (bytes) => {
          cache.encoded(query, entry, encoding, bytes);
          send(bytes, encoding);
        },
        () => send(body),
      );
    return true;
  }
  return { serve, probeBytes: routed.body.length };
}
