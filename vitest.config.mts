import { defineConfig } from 'vitest/config';

// Unit tests: beside what they test (lib/**/*.test.ts, components/**/*.test.ts for pure client modules) and under test/ with fixtures.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
