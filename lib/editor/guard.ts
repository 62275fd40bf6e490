/**
 * Who may talk to the editor: only a browser on this machine, on a page the
 * editor served. The editor writes files, so a page on another site must not
 * be able to reach it (DNS rebinding gives a foreign name a loopback address,
 * hence the Host check; a cross-origin form or fetch carries a foreign
 * Origin, hence the Origin check on every write).
 *
 * Pure functions of the request's headers, so the route handlers and the
 * editor's own server (scripts/editor.mjs) apply the same rules.
 */

import 'server-only';
import { isLoopbackHost } from '../../scripts/editor/loopback.mjs';

export { isLoopbackHost };

export type Refusal = { status: number; error: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why the request must be refused, or undefined when it may go on.
 *
 * - A Host that is not loopback: 403 (a rebinding page, or a proxy in front).
 * - A write (any method but GET/HEAD) whose Origin is not the editor's own,
 *   or that a browser says came from another site: 403.
 * - A write that is not JSON: 415 (HTML forms cannot send JSON, so this also
 *   closes the form-post route around CORS).
 */
export function refusal(method: string, headers: Headers): Refusal | undefined {
  const host = headers.get('host');
  if (!isLoopbackHost(host))
    return {
      status: 403,
      error: `the editor answers only on this machine's loopback address, not for Host "${host ?? ''}"`,
    };
  if (SAFE_METHODS.has(method.toUpperCase())) return undefined;
  const origin = headers.get('origin');
  if (origin !== null && origin.toLowerCase() !== `http://${host!.toLowerCase()}`) {
    return { status: 403, error: `cross-origin write refused (Origin "${origin}")` };
  }
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') {
    return { status: 403, error: `cross-origin write refused (Sec-Fetch-Site "${site}")` };
  }
  const type = headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) return { status: 415, error: 'writes must be sent as application/json' };
  return undefined;
}
