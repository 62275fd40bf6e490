#!/usr/bin/env bash
# `npm test`: installs what it needs (Chromium included), then runs every test:
# the data check, lint and format check, type check, unit tests, the build, HTTP tests against the
# built app (and the API's again with the PostgreSQL store, scripts/test-db.sh), the Playwright journeys in Chromium, and the benchmarks at a
# tiny size.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/setup.sh --browser

# Each step says how long it took: CI time is a budget (10 minutes).
step() {
  local name=$1 started=$SECONDS
  shift
  printf '\n== %s\n' "$name"
  "$@"
  printf '== %s: %ss\n' "$name" $((SECONDS - started))
}
step "data check"    npm run --silent check
step "lint"          npm run --silent lint
step "format check"  npm run --silent format:check
step "type check"    npm run --silent typecheck
step "unit tests"    npx vitest run
step "build"         npm run --silent build
step "JS budget"     node scripts/bundle-size.mjs
step "HTTP tests"    npx vitest run --config vitest.http.config.mts
step "PostgreSQL store" bash scripts/test-db.sh
step "browser tests" npx playwright test
# The benchmarks at a tiny size: proves they still run (figures in docs/PERFORMANCE.md come from full runs).
step "benchmarks (tiny)" npm run --silent bench -- --tiny
printf '\nall tests passed in %ss\n' $SECONDS
