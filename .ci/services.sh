#!/usr/bin/env bash
# PostgreSQL and Redis for the Collaboratory, on this machine: installs them
# when missing (as root, with apt), starts them, makes the database and a
# role, and prints the two settings that point the site at them.
#
#   make services                  # start them; prints the exports
#   eval "$(make -s services)"     # ... and use them in this shell
#
# `.ci/run` sources this file for the same functions.
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
REDIS_PORT=${REDIS_PORT:-6379}

apt_install() {
  if [ "$(id -u)" != 0 ]; then echo "need root to install $*" >&2; return 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

pg_ready() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null; }

ensure_tools() {
  # A bare Debian has no make, curl or venv module; the quick start needs them.
  local missing=()
  command -v make >/dev/null || missing+=(make)
  command -v curl >/dev/null || missing+=(curl)
  python3 -c "import ensurepip, venv" 2>/dev/null || missing+=(python3-venv)
  # The browser suite: Debian's Chromium (Playwright cannot download one here)
  # and npm for axe-core.
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v npm >/dev/null || missing+=(npm)
  # The production layout's test: nginx in front of the app processes, and
  # envsubst (gettext-base) to render its configuration.
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v envsubst >/dev/null || missing+=(gettext-base)
  # The Spanish catalogue's tests gather and compile it (tests/core/test_catalogue.py).
  command -v msgfmt >/dev/null || missing+=(gettext)
  # The live search tests start an OpenSearch cluster: Java 17 and Maven
  # (tests/search/cluster.py; the machines of this kind have both).
  command -v javac >/dev/null || missing+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null || missing+=(maven)
  if [ ${#missing[@]} -gt 0 ]; then echo "installing ${missing[*]}"; apt_install "${missing[@]}"; fi
}

ensure_postgres() {
  if command -v pg_isready >/dev/null && pg_ready; then return 0; fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    echo "PostgreSQL is not installed: installing it"
    apt_install postgresql
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -1)
  # The package may have started the cluster already; "already running" is fine.
  pg_ready || pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
    || pg_ctlcluster "$version" main start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
  pg_ready
}

as_postgres() { su postgres -c "$*" </dev/null; }

pg_url() {
  # Loopback with trust auth (the project's machines), or a CI role with a
  # password made over the local socket (a fresh Debian uses scram on TCP).
  local url
  if PGCONNECT_TIMEOUT=5 psql -w -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres \
      -Atc 'select 1' >/dev/null 2>&1 </dev/null; then
    url="postgres://postgres@$PG_HOST:$PG_PORT/collaboratory"
    PGCONNECT_TIMEOUT=5 psql -w -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -Atc \
      "select 1 from pg_database where datname='collaboratory'" </dev/null | grep -q 1 \
      || createdb -w -h "$PG_HOST" -p "$PG_PORT" -U postgres collaboratory </dev/null
  else
    as_postgres "psql -qc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='collaboratory_ci') THEN CREATE ROLE collaboratory_ci LOGIN CREATEDB PASSWORD 'collaboratory-ci'; END IF; END \\\$\\\$;\"" >/dev/null
    as_postgres "psql -Atc \"select 1 from pg_database where datname='collaboratory'\"" | grep -q 1 \
      || as_postgres "createdb -O collaboratory_ci collaboratory"
    url="postgres://collaboratory_ci:collaboratory-ci@$PG_HOST:$PG_PORT/collaboratory"
  fi
  echo "$url"
}

ensure_redis() {
  if command -v redis-cli >/dev/null && redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    return 0
  fi
  command -v redis-server >/dev/null || { echo "Redis is not installed: installing it"; apt_install redis-server; }
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" \
    --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 30); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 1; done
  redis-cli -p "$REDIS_PORT" ping >/dev/null
}

# Run directly: start both, then print the settings (progress goes to stderr).
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -Eeuo pipefail
  {
    ensure_postgres
    ensure_redis
  } >&2
  echo "export DATABASE_URL=$(pg_url)"
  echo "export REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0"
fi
