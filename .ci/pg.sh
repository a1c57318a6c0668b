#!/usr/bin/env bash
# Usage: .ci/pg.sh COMMAND [ARGS...]
# Runs COMMAND against a throw-away PostgreSQL 15 cluster: installs postgresql-15 with apt-get when its binaries are
# missing (as root), makes a cluster in a temporary folder owned by the `postgres` user (or the caller, when not
# root), starts it on a free port of 127.0.0.1, exports SCHLAGWORT_PG_URL, runs COMMAND, then stops the cluster and
# deletes the folder whatever happened. The cluster is for tests and benchmarks only: it does not sync to disk
# (fsync off), which a server that keeps data must never do. PG_SETTINGS adds `-c name=value` settings.
# SCHLAGWORT_PG_RESTART names a script that kills the server (immediate stop) and starts it again.
set -euo pipefail

BIN=/usr/lib/postgresql/15/bin
if [ ! -x "$BIN/postgres" ]; then
  if [ "$(id -u)" != 0 ]; then echo "pg.sh: PostgreSQL 15 is not installed ($BIN) and installing it needs root" >&2; exit 1; fi
  echo "pg.sh: installing postgresql-15" >&2
  # No default cluster and no service start from the package scripts: this script starts its own cluster.
  mkdir -p /etc/postgresql-common
  echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.conf
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 > /dev/null
  rm -f /usr/sbin/policy-rc.d
  trap - EXIT
fi

DIR="$(mktemp -d)"
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$DIR"
  as_owner() { runuser -u postgres -- "$@"; }
else
  as_owner() { "$@"; }
fi
stop() {
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop > /dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT

PORT="$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close() })")"
as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --no-locale -E UTF8 > "$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
OPTIONS="-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
OPTIONS="$OPTIONS -c shared_buffers=512MB -c max_wal_size=4GB -c checkpoint_timeout=30min ${PG_SETTINGS:-}"
as_owner "$BIN/pg_ctl" -D "$DIR/data" -o "$OPTIONS" -l "$DIR/server.log" -w -t 60 start > /dev/null || { cat "$DIR/server.log" >&2; exit 1; }

export SCHLAGWORT_PG_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
# For the fault test that kills the whole server and starts it again (test/postgres-faults.test.ts; run the store's
# test files one after another then: npx vitest run test/postgres --no-file-parallelism).
RUNAS=""
[ "$(id -u)" = 0 ] && RUNAS="runuser -u postgres --"
printf '#!/bin/sh\nset -e\n%s %s -D %s -m immediate -w stop > /dev/null\n%s %s -D %s -o "%s" -l %s -w -t 60 start > /dev/null\n' \
  "$RUNAS" "$BIN/pg_ctl" "$DIR/data" "$RUNAS" "$BIN/pg_ctl" "$DIR/data" "$OPTIONS" "$DIR/server.log" > "$DIR/restart.sh"
chmod +x "$DIR/restart.sh"
export SCHLAGWORT_PG_RESTART="$DIR/restart.sh"
echo "pg.sh: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on port $PORT ($DIR)" >&2
"$@"
