/**
 * What a request's path is, decided here for the proxy (its answer,
 * proxy.ts), the security headers (which pages other sites may frame) and
 * the answer to a path that is not percent-encoding (lib/serve/bad-path.ts).
 * Two lists Next reads as literal patterns at build time say the same in
 * their own syntax: the proxy's matcher (proxy.ts) and the rewrite of English
 * addresses to `/en/…` (next.config.ts).
 *
 * Addresses: the API under `/api/`; the maintainers' editor at `/editor`, in
 * no edition; site-wide files (`/sitemap.xml`, `/robots.txt`); every other
 * path is a page address of an edition, English unprefixed and Spanish under
 * `/es`, and names a page only if PAGES has it.
 */
import { splitLocale } from './i18n/paths';
import type { Locale } from './i18n/translate';

const API = /^\/api(?:\/|$)/;
const API_INCIDENT = /^\/api\/incidents\/([^/]+)$/;
const EMBED = /^\/(?:es\/)?embed(?:\/|$)/;
const INCIDENT = /^(\/(?:embed\/)?incidents\/)([^/]+)$/;
/** Every page address an edition has (unprefixed); anything else is its 404. */
const PAGES = [
  /^\/$/,
  /^\/about$/,
  /^\/embed$/,
  /^\/feed\.xml$/,
  /^\/share-image$/,
  /^\/incidents\/[^/]+\/share-image$/,
  INCIDENT,
];
/** Site-wide files answered by the app, in no edition. */
const SITE_FILES = new Set(['/sitemap.xml', '/robots.txt']);
export const EDITOR_PATH = '/editor';

/** An incident's address: `/incidents/` or `/embed/incidents/`, and the id's segment as sent (still percent-encoded). */
export interface IncidentPath {
  prefix: string;
  segment: string;
}

export type PathKind =
  | { kind: 'editor' }
  | { kind: 'site-file' }
  /** `incident`: the segment of `/api/incidents/{id}`. */
  | { kind: 'api'; incident?: string }
  /** An edition's address; `page`: whether it names a page. */
  | { kind: 'page'; locale: Locale; path: string; page: boolean; incident?: IncidentPath };

export function isApiPath(pathname: string): boolean {
  return API.test(pathname);
}

/** True for the pages other sites may frame. */
export function isEmbedPath(pathname: string): boolean {
  return EMBED.test(pathname);
}

/**
 * @example
 * classifyPath('/es/incidents/x') // { kind: 'page', locale: 'es', path: '/incidents/x', page: true, incident: { prefix: '/incidents/', segment: 'x' } }
 */
export function classifyPath(pathname: string): PathKind {
  if (pathname === EDITOR_PATH) return { kind: 'editor' };
  if (SITE_FILES.has(pathname)) return { kind: 'site-file' };
  if (isApiPath(pathname)) return { kind: 'api', incident: API_INCIDENT.exec(pathname)?.[1] };
  const { locale, path } = splitLocale(pathname);
  const m = INCIDENT.exec(path);
  return {
    kind: 'page',
    locale,
    path,
    page: PAGES.some((p) => p.test(path)),
    incident: m ? { prefix: m[1], segment: m[2] } : undefined,
  };
}
