/**
 * GET /manifest.webmanifest and /es/manifest.webmanifest: the web app
 * manifest of each edition, so the map installs on a phone's home screen in
 * the reader's language and opens at that edition's map. English reaches
 * here through next.config.ts's rewrite to /en/…. Kept by caches as pages are.
 */
import { isLocale, localePath } from '@/lib/shared/i18n/paths';
import { t } from '@/lib/shared/i18n';
import { cachedResponse, jsonError, prepare } from '@/lib/http';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ lang: string }> };

const ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

export async function GET(request: Request, { params }: Params) {
  const { lang } = await params;
  if (!isLocale(lang)) return jsonError(404, { error: 'no such manifest' });
  const start = localePath(lang, '/');
  const manifest = {
    id: start,
    name: t(lang, 'site.title'),
    short_name: t(lang, 'app.shortName'),
    description: t(lang, 'site.description'),
    lang,
    dir: 'ltr',
    start_url: start,
    // Both editions and the incident pages are one app: switching language stays in it.
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: ICONS,
  };
  return cachedResponse(request, prepare(JSON.stringify(manifest), 'application/manifest+json; charset=utf-8'));
}
