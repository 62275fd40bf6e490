// @ts-check

// Headers every answer carries; the Content-Security-Policy and X-Frame-Options are set by the
// server itself at run time (scripts/start.mjs), from the same module.
const { STATIC_HEADERS } = require('./scripts/server/security-headers.cjs');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets parallel builds (e.g. a benchmark beside the tests) coexist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // The dataset and county outlines are read from disk by the server at run time.
  outputFileTracingIncludes: {
    '/**': ['./data/**/*'],
  },
  async headers() {
    return [{ source: '/:path*', headers: STATIC_HEADERS }];
  },
};

module.exports = nextConfig;
