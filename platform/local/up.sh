#!/usr/bin/env bash
# The production layout from system packages, on one machine: nginx in front
# of APP_PROCESSES app servers for HTTP (gunicorn, WEB_WORKERS workers each),
# as many ASGI processes for websockets (daphne), and a task worker, against
# the PostgreSQL and Redis named in the environment.
#
#   platform/local/up.sh RUN_DIR     start; prints the address
#   platform/local/down.sh RUN_DIR   stop
#
# Needs: nginx (apt-get install nginx), the project's .venv, and in the
# environment DATABASE_URL, REDIS_URL, SECRET_KEY, ALLOWED_HOSTS, SITE_URL.
# Optional: APP_PROCESSES (2), WEB_WORKERS (2), NGINX_PORT (8080),
# APP_PORT_BASE (8100: HTTP on base+1.., websockets on base+1+APP_PROCESSES..),
# MEDIA_ROOT (RUN_DIR/media), DJANGO_SETTINGS_MODULE (production),
# TRUSTED_PROXY_COUNT (1: nginx; see docs/rate-limits.md),
# WEB_CONN_MAX_AGE (60: seconds an HTTP worker keeps its database connection).
set -euo pipefail

RUN_DIR=$(realpath -m "${1:?usage: up.sh RUN_DIR}")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
APP_PROCESSES=${APP_PROCESSES:-2}
WEB_WORKERS=${WEB_WORKERS:-2}
NGINX_PORT=${NGINX_PORT:-8080}
APP_PORT_BASE=${APP_PORT_BASE:-8100}
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}

export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-collaboratory.settings.production}
export STATIC_ROOT=$RUN_DIR/static
export MEDIA_ROOT=${MEDIA_ROOT:-$RUN_DIR/media}
export TASKS_BACKEND=${TASKS_BACKEND:-django_tasks_db.DatabaseBackend}
# nginx (below) appends the client's address to X-Forwarded-For.
export TRUSTED_PROXY_COUNT=${TRUSTED_PROXY_COUNT:-1}
: "${DATABASE_URL:?}" "${REDIS_URL:?}" "${SECRET_KEY:?}"

mkdir -p "$RUN_DIR"/{logs,tmp,pids} "$MEDIA_ROOT"
cd "$ROOT"

"$PYTHON" manage.py migrate --noinput -v0
"$PYTHON" manage.py collectstatic --noinput -v0

start() {  # name, command...: a process in its own session, its pid kept
  local name=$1; shift
  setsid "$@" > "$RUN_DIR/logs/$name.log" 2>&1 < /dev/null &
  echo $! > "$RUN_DIR/pids/$name.pid"
}

# HTTP from a pool of synchronous workers (Django's views are synchronous:
# under ASGI each one would queue for a single thread per process). The
# threaded worker class with one thread keeps nginx's connections open: the
# plain sync worker closes each one, and under load the closed connections
# (TIME_WAIT) use up the ports nginx connects from, stalling requests.
# websockets from ASGI processes, where a socket costs a coroutine.
web_servers=""
socket_servers=""
for n in $(seq 1 "$APP_PROCESSES"); do
  web_port=$((APP_PORT_BASE + n))
  socket_port=$((APP_PORT_BASE + APP_PROCESSES + n))
  # A synchronous worker keeps its database connection between requests;
  # ASGI processes may answer on another thread each time, so they take
  # theirs from a pool (DATABASE_POOL) instead of opening one per call.
  start "web-$n" env DATABASE_CONN_MAX_AGE="${WEB_CONN_MAX_AGE:-60}" \
    "$PYTHON" -m gunicorn collaboratory.wsgi --bind "127.0.0.1:$web_port" \
    --workers "$WEB_WORKERS" --worker-class gthread --threads 1 --keep-alive 30 \
    --forwarded-allow-ips 127.0.0.1 --graceful-timeout 10
  start "sockets-$n" env DATABASE_POOL=1 "$PYTHON" -m daphne --bind 127.0.0.1 --port "$socket_port" \
    --proxy-headers collaboratory.asgi:application
  web_servers+="server 127.0.0.1:$web_port; "
  socket_servers+="server 127.0.0.1:$socket_port; "
done
start worker "$PYTHON" manage.py worker --interval 0.2 --no-startup-delay

export NGINX_LISTEN="127.0.0.1:$NGINX_PORT" APP_SERVERS="$web_servers" NGINX_RUN_DIR="$RUN_DIR"
export SOCKET_SERVERS="$socket_servers"
envsubst '${NGINX_LISTEN} ${APP_SERVERS} ${SOCKET_SERVERS} ${STATIC_ROOT} ${MEDIA_ROOT} ${NGINX_RUN_DIR}' \
  < "$ROOT/platform/nginx/collaboratory.conf.template" > "$RUN_DIR/nginx.conf"

wait_for() {  # url: until it answers, or fail with the logs
  for _ in $(seq 1 60); do
    curl -fsS -o /dev/null -H "X-Forwarded-Proto: https" "$1" && return 0
    sleep 0.5
  done
  echo "not answering: $1" >&2
  tail -n 30 "$RUN_DIR"/logs/*.log >&2
  return 1
}
for n in $(seq 1 $((2 * APP_PROCESSES))); do wait_for "http://127.0.0.1:$((APP_PORT_BASE + n))/alive"; done

# Started by root (a CI machine), nginx's workers would drop to "nobody" and
# could not read RUN_DIR; they run as whoever started the layout instead.
globals=()
[ "$(id -u)" = 0 ] && globals=(-g "user $(id -un);")
"$NGINX" -t -q -c "$RUN_DIR/nginx.conf" -p "$RUN_DIR" -e "$RUN_DIR/logs/nginx-error.log" "${globals[@]}"
"$NGINX" -c "$RUN_DIR/nginx.conf" -p "$RUN_DIR" -e "$RUN_DIR/logs/nginx-error.log" "${globals[@]}"
wait_for "http://127.0.0.1:$NGINX_PORT/healthz"
echo "http://127.0.0.1:$NGINX_PORT"
