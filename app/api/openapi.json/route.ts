/** GET /api/openapi.json: the API's OpenAPI 3.1 description (lib/openapi.ts). */
import { siteUrl } from '@/lib/config';
import { openApi } from '@/lib/openapi';
import { methodNotAllowed, preflight } from '@/lib/http';

export const dynamic = 'force-static';

export function GET() {
  return new Response(JSON.stringify(openApi(siteUrl()), null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=3600',
    },
  });
}
export const OPTIONS = preflight;
export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
