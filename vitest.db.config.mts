import { defineConfig } from 'vitest/config';

// The database store against a real PostgreSQL + PostGIS: DATABASE_URL names
// a throwaway database (scripts/db/cluster.sh starts one; npm test does).
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/db/**/*.test.ts'],
    environment: 'node',
    hookTimeout: 120_000,
    testTimeout: 60_000,
    fileParallelism: false,
  },
});
