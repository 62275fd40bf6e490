/**
 * GET /api/oembed?url=…: oEmbed for incident pages, in either language. 400 names a missing or
 * bad parameter, 404 a URL that is not an incident page, 410 a retracted
 * incident, 501 a format other than json. A moved id embeds where it went.
 */
import type { NextRequest } from 'next/server';
import { resolveId } from '@/lib/incidents';
import { siteUrl } from '@/lib/config';
import { incidentIdOf, oembedFor } from '@/lib/oembed';
import { splitLocale } from '@/lib/shared/i18n/paths';
import { JSON_TYPE, cachedResponse, jsonError, methodNotAllowed, preflight, prepare, withJsonErrors } from '@/lib/http';

/** An error, not kept by caches (jsonError). */
function answer(status: number, body: Record<string, unknown>): Response {
  return jsonError(status, body);
}

function size(params: URLSearchParams, name: string): number | undefined | Response {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1) {
    return answer(400, {
      error: `invalid "${name}": expected a positive whole number of pixels`,
      parameter: name,
      expected: 'a positive integer',
      received: raw.slice(0, 200),
    });
  }
  return Number(raw);
}

export const GET = withJsonErrors(async (request: NextRequest): Promise<Response> => {
  const params = request.nextUrl.searchParams;
  const url = params.get('url');
  if (!url) {
    return answer(400, {
      error: 'missing "url": expected the URL of an incident page',
      parameter: 'url',
      expected: `${siteUrl()}/incidents/{id}`,
    });
  }
  const format = params.get('format') ?? 'json';
  if (format !== 'json')
    return answer(501, { error: `format "${format.slice(0, 50)}" is not implemented: only json`, parameter: 'format' });
  const maxwidth = size(params, 'maxwidth');
  if (maxwidth instanceof Response) return maxwidth;
  const maxheight = size(params, 'maxheight');
  if (maxheight instanceof Response) return maxheight;

  // Our own public origin, and the origin this request came to (a preview or local copy).
  const id = incidentIdOf(url, [siteUrl(), request.nextUrl.origin]);
  const r = id === undefined ? undefined : await resolveId(id);
  if (!r || r.status === 'unknown')
    return answer(404, { error: 'not an incident page of this site', url: url.slice(0, 500) });
  if (r.status === 'retracted') {
    const { date, reason } = r.retraction;
    return answer(410, { error: `incident "${r.id}" was retracted on ${date}`, id: r.id, retracted: date, reason });
  }
  const target = r.status === 'moved' ? await resolveId(r.to) : r;
  if (target.status !== 'live')
    return answer(404, { error: 'not an incident page of this site', url: url.slice(0, 500) });
  // A Spanish page (/es/incidents/{id}) embeds the Spanish frame.
  const { locale } = splitLocale(new URL(url).pathname);
  return cachedResponse(
    request,
    prepare(JSON.stringify(oembedFor(target.incident, { site: siteUrl(), locale, maxwidth, maxheight })), JSON_TYPE),
  );
});
export const OPTIONS = preflight;
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
