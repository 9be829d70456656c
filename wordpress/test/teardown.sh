#!/usr/bin/env bash
# Stops the apache2 and mariadbd that wordpress/test/setup.sh started (by their
# pid files). Data stays in $STATE for the next run; `--purge` also deletes
# $STATE and the /etc/wordpress config file setup.sh wrote. Packages stay installed.
set -uo pipefail
STATE="${WP_STATE_DIR:-/var/lib/compare-kit-wp-test}"

wait_gone() { for _ in $(seq 1 60); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.25; done; return 1; }

if [ -s "$STATE/run/apache2.pid" ]; then
  pid="$(cat "$STATE/run/apache2.pid")"
  if kill -0 "$pid" 2>/dev/null; then
    apache2 -f "$STATE/apache.conf" -k stop 2>/dev/null || kill -TERM "$pid"
    wait_gone "$pid" && echo "teardown: apache2 (pid $pid) stopped" >&2 || echo "teardown: apache2 (pid $pid) still running" >&2
  fi
fi
if [ -s "$STATE/mysqlrun/mysqld.pid" ]; then
  pid="$(cat "$STATE/mysqlrun/mysqld.pid")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    wait_gone "$pid" && echo "teardown: mariadbd (pid $pid) stopped" >&2 || echo "teardown: mariadbd (pid $pid) still running" >&2
  fi
fi
if [ "${1:-}" = "--purge" ]; then
  rm -f /etc/wordpress/config-compare-kit-test.php
  rm -rf "$STATE"
  echo "teardown: $STATE purged" >&2
fi
