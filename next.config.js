// @ts-check

// Headers every answer carries, and X-Frame-Options outside embeds. The Content-Security-Policy
// names the tile host of TILE_URL, read at run time: the server sets it (scripts/start.mjs), from the same module.
const { NOT_EMBED_SOURCE, STATIC_HEADERS } = require('./scripts/server/security-headers.cjs');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets parallel builds (e.g. a benchmark beside the tests) coexist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The stylesheets (17 KB, 4 gzipped, on / and an incident page) are written into the HTML: the first paint no longer waits
  // for a stylesheet request, and on two cores it came ~200 ms sooner, before the scripts that arrive
  // after it are compiled (docs/PERFORMANCE.md, section 3, seventh round). The CSP allows <style> for it.
  experimental: { inlineCss: true },
  reactStrictMode: true,
  // The dataset and county outlines are read from disk by the server at run time.
  outputFileTracingIncludes: {
    '/**': ['./data/**/*'],
  },
  async headers() {
    return [
      { source: '/:path*', headers: STATIC_HEADERS },
      { source: NOT_EMBED_SOURCE, headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
    ];
  },
};

module.exports = nextConfig;
