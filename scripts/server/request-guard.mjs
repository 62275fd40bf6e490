/**
 * Requests Next cannot read, answered before Next sees them (scripts/start.mjs).
 *
 * - A path that is not valid percent-encoding (`/api/incidents/%`,
 *   `/incidents/%E0%A4%A`): Next's router fails to decode it and answers a
 *   plain-text 500 before any route runs. The API answers a JSON 400 naming
 *   the path; a page gets the site's own 404 page (such an address cannot name
 *   a page), rendered by Next.
 * - An API query string longer than MAX_API_QUERY bytes: 414 in JSON. The
 *   longest query the API understands (a bbox, both dates, every setting and
 *   agency, a `q` of 200 characters percent-encoded) is about 2.2 KB;
 *   longer ones are noise or a probe, and cost parsing. Pages take any query up
 *   to Node's header limit: their URL state forgives (lib/url-state.ts).
 * - A request line and headers over Node's limit (16 KiB, `--max-http-header-size`):
 *   Node refuses it before any handler (431); `answerClientError` gives that
 *   refusal a JSON body on the API instead of an empty one.
 */

/** Bytes of an API query string (after "?") that are accepted. */
export const MAX_API_QUERY = 4096;

const API = /^\/api(?:[/?.]|$)/;

function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'Access-Control-Allow-Origin': '*',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function decodes(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Answers (or reroutes) a request Next would fail on; true when it answered
 * it itself. Call before handing the request to Next.
 */
export function guardRequest(req, res) {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const pathname = q === -1 ? url : url.slice(0, q);
  const api = API.test(pathname);
  if (!decodes(pathname)) {
    if (api) {
      json(res, 400, {
        error: 'invalid "path": it is not valid percent-encoding (a "%" must start a UTF-8 escape such as %C3%A9)',
        parameter: 'path',
        received: pathname.slice(0, 200),
      });
      return true;
    }
    // The edition's 404 page (proxy.ts answers an address no page has with it, status 404).
    req.url = /^\/es(?:\/|$)/.test(pathname) ? '/es/not-found' : '/not-found';
    return false;
  }
  if (api && q !== -1 && Buffer.byteLength(url) - q - 1 > MAX_API_QUERY) {
    json(res, 414, {
      error: `the query string is longer than ${MAX_API_QUERY} bytes: no API query needs that many`,
      parameter: 'query',
      limit: MAX_API_QUERY,
    });
    return true;
  }
  return false;
}

/**
 * The server's 'clientError' listener: Node's own answer to a request it could
 * not parse, with a JSON body when the request was for the API. (Without a
 * listener Node answers the same status with an empty body.)
 */
export function answerClientError(error, socket) {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const start = error.rawPacket ? error.rawPacket.subarray(0, 64).toString('latin1') : '';
  const api = /^[A-Z]+ \/api(?:[/?.\s]|$)/.test(start);
  const body = api
    ? JSON.stringify(
        tooLarge
          ? { error: 'the request line and headers are longer than the server accepts (16 KiB)', parameter: 'query' }
          : { error: 'the request is not valid HTTP', parameter: 'request' },
      )
    : '';
  socket.end(
    `HTTP/1.1 ${status}\r\nConnection: close\r\n` +
      (api ? `Content-Type: application/json; charset=utf-8\r\nAccess-Control-Allow-Origin: *\r\n` : '') +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
