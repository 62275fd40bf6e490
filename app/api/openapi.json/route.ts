/** GET /api/openapi.json: the API's OpenAPI 3.1 description (lib/openapi.ts). */
import { siteUrl } from '@/lib/config';
import { openApi } from '@/lib/openapi';
import { JSON_TYPE, cachedResponse, methodNotAllowed, preflight, prepare } from '@/lib/http';

// SITE_URL is read at run time.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return cachedResponse(request, prepare(JSON.stringify(openApi(siteUrl()), null, 2), JSON_TYPE));
}
export const OPTIONS = preflight;
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
