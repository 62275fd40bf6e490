// @ts-check
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
};

module.exports = nextConfig;
