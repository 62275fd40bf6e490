/**
 * The loopback names the editor answers to, shared by its server
 * (scripts/editor.mjs) and its route handlers (lib/editor/guard.ts).
 */

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True when `host` (a Host header: name and optional port) names this machine's loopback. */
export function isLoopbackHost(host) {
  if (typeof host !== 'string' || !host) return false;
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(host.trim().toLowerCase());
  return !!m && LOOPBACK_NAMES.has(m[1]);
}
