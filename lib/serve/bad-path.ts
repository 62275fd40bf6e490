/**
 * The answer to a path that is not valid percent-encoding (`/api/incidents/%`,
 * `/incidents/%E0%A4%A`), given by proxy.ts: past it, Next's router fails to
 * decode the path and answers a plain-text 500. The API answers JSON naming
 * the path; a page address, which cannot name a page, a short notice in the
 * edition's language. Neither is kept by caches.
 */
import 'server-only';
import { NO_STORE } from '../shared/cache-policy';
import { t } from '../shared/i18n';
import { localePath, splitLocale } from '../shared/i18n/paths';

export function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** `api`: the path is the API's (lib/shared/routes.ts), which answers JSON. */
export function badPathAnswer(pathname: string, api: boolean): Response {
  if (api) {
    return Response.json(
      {
        error: 'invalid "path": it is not valid percent-encoding (a "%" must start a UTF-8 escape such as %C3%A9)',
        parameter: 'path',
        received: pathname.slice(0, 200),
      },
      { status: 400, headers: { 'access-control-allow-origin': '*', 'cache-control': NO_STORE } },
    );
  }
  const { locale } = splitLocale(pathname);
  const title = t(locale, 'notFound.title');
  const html = `<!DOCTYPE html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><h1>${title}</h1><p>${t(locale, 'notFound.body')}</p><p><a href="${localePath(locale, '/')}">${t(locale, 'notFound.map')}</a></p></html>`;
  return new Response(html, {
    status: 400,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': NO_STORE },
  });
}
