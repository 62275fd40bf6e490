// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The dataset and county outlines are read from disk by the server at run time.
  outputFileTracingIncludes: {
    '/**': ['./data/**/*'],
  },
};

module.exports = nextConfig;
