import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests: beside what they test (lib/**/*.test.ts, components/**/*.test.ts for pure client modules) and under test/ with fixtures.
export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Tests import server modules directly: `server-only` throws outside React's server condition.
    alias: { 'server-only': fileURLToPath(new URL('node_modules/server-only/empty.js', import.meta.url)) },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
