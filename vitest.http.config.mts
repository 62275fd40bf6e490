import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// HTTP tests against the built, running app: `npm run build` first (or set
// NEXT_DIST_DIR for another build folder, or HTTP_BASE_URL for a server
// that is already running).
export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Tests import server modules directly: `server-only` throws outside React's server condition.
    alias: { 'server-only': fileURLToPath(new URL('node_modules/server-only/empty.js', import.meta.url)) },
  },
  test: {
    include: ['test/http/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/http/server.ts'],
    hookTimeout: 60_000,
    testTimeout: 15_000,
  },
});
