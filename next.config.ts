import type { NextConfig } from 'next';
import { API_POLICY, PICTURE_POLICY, STATIC_HEADERS } from './lib/shared/security-headers';
import { PUBLIC_FILE } from './lib/shared/cache-policy';

// Headers that depend on nothing read at run time. Pages get their security and cache headers
// per request from proxy.ts (the CSP names TILE_URL's host, read at run time).
const nextConfig: NextConfig = {
  // A separate build folder lets parallel builds (e.g. a benchmark beside the tests) coexist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `node <distDir>/standalone/server.js` after `npm run build`, which copies public/ and the static
  // files beside it (scripts/standalone.mjs).
  output: 'standalone',
  poweredByHeader: false,
  // The stylesheets are written into the HTML: the first paint waits for no stylesheet request.
  // The CSP allows <style> for it.
  experimental: { inlineCss: true },
  reactStrictMode: true,
  // The dataset and county outlines are read from disk by the server at run time.
  outputFileTracingIncludes: {
    '/**': ['./data/**/*'],
  },
  // English pages keep their published addresses and are served from app/[lang] as /en/…; Spanish
  // ones are /es/…. A rewrite here, not in proxy.ts: Next turns a proxy's rewrite to a loopback host
  // into "localhost", and `next start -H 127.0.0.1` then fetches it over HTTP from a host nobody
  // listens on (test/http/servers.test.ts). No address with a dot is a page, but the feed. Rewrites
  // apply one after another: /en must not match the last rule again. /editor is the maintainers'
  // editor (app/editor), in no edition.
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/', destination: '/en' },
        { source: '/feed.xml', destination: '/en/feed.xml' },
        { source: '/manifest.webmanifest', destination: '/en/manifest.webmanifest' },
        { source: '/:path((?!(?:en|es|api|editor)(?:/|$)|_next/)[^.]+)', destination: '/en/:path' },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: '/:path*', headers: STATIC_HEADERS },
      {
        source: '/api/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: API_POLICY },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      {
        source: '/map-picture.svg',
        headers: [
          { key: 'Content-Security-Policy', value: PICTURE_POLICY },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      ...['/basemap/:path*', '/embed.js', '/icons/:path*', '/favicon.ico'].map((source) => ({
        source,
        headers: [
          { key: 'Cache-Control', value: PUBLIC_FILE },
          // Data and a script for other sites, never documents.
          { key: 'Content-Security-Policy', value: API_POLICY },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      })),
    ];
  },
};

export default nextConfig;
