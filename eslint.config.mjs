import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Next's own rules (core web vitals, React hooks, TypeScript), as `create-next-app` sets them up.
// `npm run lint` fails on any warning (`--max-warnings 0`); a disable comment says why after `--`.
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a value left out on purpose (a rest destructuring that drops a key, an unused argument).
      '@typescript-eslint/no-unused-vars': [
        'warn',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // These rules check what React Compiler needs to memoise a component safely. The app is not compiled by it
      // (next.config.ts has no reactCompiler), and the patterns they flag are deliberate here: refs that keep an
      // object stable across answers (components/data), state set once after hydration for values only the
      // browser knows (today's date, window.location). Turn them on together with the compiler.
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/purity': 'off',
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    // Playwright's fixtures hand values over through a function named `use`: not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  // Build output, dependencies, generated files and reports: not the project's sources.
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'out/**',
    'coverage/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'data/**',
  ]),
]);
