#!/usr/bin/env bash
# Creates (idempotently) a PostgreSQL database for Backoffice with its two roles:
#   <owner> owns the schema and runs Flyway migrations;
#   <app>   is what the application connects as: LOGIN, NOSUPERUSER, NOBYPASSRLS, not the owner,
#           so row-level security applies to it.
# Usage: .ci/setup-postgres.sh [database] [owner-role] [app-role] [--recreate]
# Connection: PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432, postgres), a superuser or CREATEROLE+CREATEDB role.
set -euo pipefail

DB="${1:-backoffice}"
OWNER="${2:-backoffice_owner}"
APP="${3:-backoffice_app}"
RECREATE="${4:-}"
PASSWORD="${BACKOFFICE_DB_SETUP_PASSWORD:-backoffice}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

psql -v ON_ERROR_STOP=1 -q -d postgres \
  -v owner="$OWNER" -v app="$APP" -v pw="$PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOBYPASSRLS NOCREATEROLE', :'owner', :'pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB', :'app', :'pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
-- Keep the app role plain even if it existed before.
SELECT format('ALTER ROLE %I NOSUPERUSER NOBYPASSRLS', :'app') \gexec
SQL

if [[ "$RECREATE" == "--recreate" ]]; then
  psql -v ON_ERROR_STOP=1 -q -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)"
fi
if ! psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  createdb -O "$OWNER" "$DB"
fi
psql -v ON_ERROR_STOP=1 -q -d "$DB" -c "GRANT CONNECT ON DATABASE \"$DB\" TO \"$APP\"; ALTER SCHEMA public OWNER TO \"$OWNER\";"
echo "PostgreSQL database '$DB' ready: owner role '$OWNER', application role '$APP'."
