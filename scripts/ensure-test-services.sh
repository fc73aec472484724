#!/usr/bin/env bash
# Makes sure what the test suite talks to is there: Debian's Chromium for the browser
# tests, LibreOffice (the feedback reports' DOCX is converted to PDF by it, as a reader would
# open it) and a PostgreSQL server for the second dialect. Installs them with apt when run as
# root on Debian/Ubuntu (a fresh CI machine); otherwise says exactly what is missing.
set -euo pipefail

PG_URL="${VIGIE_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
apt_ready=0
can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }
apt_install() {
  if [ "$apt_ready" = 0 ]; then apt-get update -qq; apt_ready=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x /usr/bin/chromium ]; then
  if can_apt; then
    echo "Installing Debian's chromium for the browser tests..."
    apt_install chromium
  else
    echo "Missing /usr/bin/chromium: install Debian's chromium package (apt-get install chromium)." >&2
    exit 1
  fi
fi

if ! command -v soffice >/dev/null 2>&1; then
  if can_apt; then
    echo "Installing LibreOffice Writer (headless) for the DOCX report tests..."
    apt_install libreoffice-writer-nogui
  else
    echo "Missing soffice: install LibreOffice Writer (apt-get install libreoffice-writer-nogui)." >&2
    exit 1
  fi
fi

pg_reachable() { node -e "
  const pg = require('pg');
  const c = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
  c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));
" "$PG_URL"; }

if [ "${VIGIE_TEST_SKIP_PG:-0}" = 1 ] && [ -z "${CI:-}" ]; then
  echo "VIGIE_TEST_SKIP_PG=1: the PostgreSQL suite is skipped on this machine."
elif ! pg_reachable; then
  if can_apt && [ -z "${VIGIE_TEST_PG_URL:-}" ]; then
    echo "No PostgreSQL at $PG_URL: installing and starting Debian's postgresql..."
    command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    hba="/etc/postgresql/$version/main/pg_hba.conf"
    # a throwaway test server: local connections as postgres without a password
    if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
      sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
    fi
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null ||
      pg_ctlcluster --skip-systemctl-redirect "$version" main reload
    for _ in $(seq 1 30); do pg_reachable && break; sleep 1; done
  fi
  if ! pg_reachable; then
    echo "PostgreSQL is not reachable at $PG_URL. Start one (trust auth for local connections)," >&2
    echo "or point VIGIE_TEST_PG_URL at one; outside CI, VIGIE_TEST_SKIP_PG=1 skips that suite." >&2
    exit 1
  fi
fi
