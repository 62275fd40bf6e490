#!/usr/bin/env bash
# The PostgreSQL store's tests (npm test runs this after the HTTP tests):
# starts a throwaway PostgreSQL + PostGIS cluster (installed from Debian when
# missing), runs the store's own tests (test/db: they load the shipped data
# and leave it served), then the API's HTTP tests against the app serving
# from that database. The build must exist (npm run build).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# The API's HTTP tests: every API answer, from the database. The page tests
# (editions, embed, hostile, first paint) read the same data module and run
# against the in-memory store only, to keep CI within its budget;
# api-errors and servers start servers of their own on DATA_DIR.
DB_HTTP_TESTS=(
  test/http/collection.test.ts
  test/http/filters.test.ts
  test/http/summary.test.ts
  test/http/views.test.ts
  test/http/incident.test.ts
  test/http/csv.test.ts
  test/http/caching.test.ts
  test/http/errors.test.ts
  test/http/properties.test.ts
)

dir=$(mktemp -d /tmp/incident-map-pg.XXXXXX)
stop() {
  bash scripts/db/cluster.sh stop "$dir" || true
  rm -rf "$dir"
}
trap stop EXIT
DATABASE_URL=$(bash scripts/db/cluster.sh start "$dir")
export DATABASE_URL
echo "test-db: a throwaway cluster at $DATABASE_URL"
npx vitest run --config vitest.db.config.mts
npx vitest run --config vitest.http.config.mts "${DB_HTTP_TESTS[@]}"
