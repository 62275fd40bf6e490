#!/usr/bin/env bash
# A throwaway PostgreSQL + PostGIS cluster for tests and benchmarks.
#   scripts/db/cluster.sh start DIR [PORT]   initdb (once) and start; prints DATABASE_URL
#   scripts/db/cluster.sh stop DIR           stop it
# Installs Debian's postgresql-15-postgis-3 when PostGIS is missing. initdb
# refuses root, so the cluster runs as the `postgres` user, in a directory it
# owns; it listens on 127.0.0.1 only, with trust authentication (tests only).
set -euo pipefail
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
cmd=${1:?usage: cluster.sh start|stop DIR [PORT]}
dir=${2:?usage: cluster.sh start|stop DIR [PORT]}
as_postgres() { if [ "$(id -un)" = postgres ]; then bash -c "$1"; else su postgres -s /bin/bash -c "$1"; fi; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

case "$cmd" in
start)
  if [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
    echo "cluster: installing PostgreSQL 15 and PostGIS 3 from Debian (postgresql-15-postgis-3)" >&2
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql-15 postgresql-15-postgis-3 >/dev/null
  fi
  port=${3:-}
  if [ -z "$port" ]; then
    for p in $(seq 5440 5449); do if port_free "$p"; then port=$p; break; fi; done
  fi
  [ -n "$port" ] || { echo "cluster: no free port in 5440-5449" >&2; exit 1; }
  mkdir -p "$dir"
  chown postgres "$dir"
  chmod 700 "$dir"
  if [ ! -f "$dir/PG_VERSION" ]; then
    as_postgres "$BIN/initdb -D '$dir' -A trust -U postgres --no-sync" >/dev/null
  fi
  as_postgres "$BIN/pg_ctl -D '$dir' -l '$dir/server.log' -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off' -w start" >/dev/null
  echo "postgres://postgres@127.0.0.1:$port/postgres"
  ;;
stop)
  as_postgres "$BIN/pg_ctl -D '$dir' -m fast -w stop" >/dev/null || true
  ;;
*)
  echo "usage: cluster.sh start|stop DIR [PORT]" >&2
  exit 2
  ;;
esac
