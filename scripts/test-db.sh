#!/usr/bin/env bash
# The PostgreSQL store's tests (npm test runs this after the HTTP tests):
# starts a throwaway PostgreSQL + PostGIS cluster (installed from Debian when
# missing), runs the store's own tests (test/db: they load the shipped data
# and leave it served), then the HTTP tests of what reads incidents against
# the app serving from that database. The build must exist (npm run build).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

# The HTTP tests of everything that reads incidents, from the database:
# the API, CSV and caching, and the pages (incident pages, both editions,
# embeds, feeds, the sitemap, share images, oEmbed). Left to the in-memory
# run: tests of servers started on a DATA_DIR of their own (api-errors,
# servers, startup, editor, hostile), and those that read no incident
# (headers, install, compile hints, first paint, scale). A second server a
# test starts on a DATA_DIR serves those files (test/http/second-server.ts).
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
  test/http/reporters.test.ts
  test/http/editions.test.ts
  test/http/embed.test.ts
  test/http/previews.test.ts
  test/http/spanish.test.ts
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
