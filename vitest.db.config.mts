import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The database store against a real PostgreSQL + PostGIS: DATABASE_URL names
// a throwaway database (scripts/db/cluster.sh starts one; npm test does).
export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Tests import server modules directly: `server-only` throws outside React's server condition.
    alias: { 'server-only': fileURLToPath(new URL('node_modules/server-only/empty.js', import.meta.url)) },
  },
  test: {
    include: ['test/db/**/*.test.ts'],
    environment: 'node',
    hookTimeout: 120_000,
    testTimeout: 60_000,
    fileParallelism: false,
  },
});
