#!/usr/bin/env bash
# `npm run serve`: installs, checks the data, builds, and serves the map at http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/setup.sh
npm run build
exec node node_modules/next/dist/bin/next start -p "${PORT:-3000}"
