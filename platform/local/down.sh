#!/usr/bin/env bash
# Stop what platform/local/up.sh started in RUN_DIR.
set -uo pipefail
RUN_DIR=$(realpath -m "${1:?usage: down.sh RUN_DIR}")
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
[ -f "$RUN_DIR/nginx.pid" ] && "$NGINX" -s quit -c "$RUN_DIR/nginx.conf" -p "$RUN_DIR" 2> /dev/null
for pidfile in "$RUN_DIR"/pids/*.pid; do
  [ -f "$pidfile" ] || continue
  kill -TERM -- "-$(cat "$pidfile")" 2> /dev/null
done
sleep 3
for pidfile in "$RUN_DIR"/pids/*.pid; do  # daphne may linger after TERM
  [ -f "$pidfile" ] || continue
  kill -KILL -- "-$(cat "$pidfile")" 2> /dev/null
  rm -f "$pidfile"
done
exit 0
