#!/usr/bin/env bash
# Benchmark of the registration-request REST intake and of the queue query, on PostgreSQL, with numbers.
#
#   bench/run.sh                      # from anywhere; about 6 minutes on a 2-core machine
#
# What it does, in order:
#   a) creates a fresh database backoffice_bench with its owner role (backoffice_bench_owner, Flyway) and plain
#      application role (backoffice_bench_app) through .ci/setup-postgres.sh --recreate;
#   b) builds the product if the packaged server is missing or older than the sources
#      (mvn -q -o -DskipTests package, falling back to an online build);
#   c) starts the packaged Open Liberty server "backoffice" on PostgreSQL (HTTP_PORT, default 9080) and waits up to
#      180 s for /health/ready to answer 200; on this first start the server migrates the schema and creates the
#      demo tenants alpha/beta with their demo events (demo mode is on by default);
#   d) runs the intake load (bench/IntakeLoad.java --mode intake) for BENCH_SECONDS at each concurrency in
#      INTAKE_CONCURRENCY, as oleg (operator of tenant alpha);
#   e) seeds ~100,000 more requests across 50 extra tenants and alpha (bench/seed-queue.sql, as the owner role);
#   f) runs the queue load (--mode queue) for BENCH_SECONDS at each concurrency in QUEUE_CONCURRENCY;
#   g) shows the plan of alpha's queue page query (EXPLAIN ANALYZE, as the owner with app.tenant_id set);
#   h) stops the server it started (trap on EXIT: also on failure or Ctrl+C) and prints a compact summary.
# Every load run also has a 5 s warm-up (BENCH_WARMUP) that is not counted.
#
# Needs: JDK 17+, Maven, a local PostgreSQL 13+ at PGHOST:PGPORT (default 127.0.0.1:5432) where PGUSER (default
# postgres) may create roles and databases and local connections are trusted, curl, and a free HTTP_PORT.
# Output: the console, and every log under target/bench/<timestamp>/ (git-ignored).
# Settings (environment): BENCH_SECONDS=60 BENCH_WARMUP=5 INTAKE_CONCURRENCY="8 32" QUEUE_CONCURRENCY="8"
#                         HTTP_PORT=9080 BENCH_BUILD=auto|always|never
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

BENCH_SECONDS="${BENCH_SECONDS:-60}"
BENCH_WARMUP="${BENCH_WARMUP:-5}"
INTAKE_CONCURRENCY="${INTAKE_CONCURRENCY:-8 32}"
QUEUE_CONCURRENCY="${QUEUE_CONCURRENCY:-8}"
HTTP_PORT="${HTTP_PORT:-9080}"
BENCH_BUILD="${BENCH_BUILD:-auto}"
DB=backoffice_bench
DB_OWNER=backoffice_bench_owner
DB_APP=backoffice_bench_app
DB_PASSWORD=backoffice   # what .ci/setup-postgres.sh gives both roles (BACKOFFICE_DB_SETUP_PASSWORD)
BENCH_USER=oleg
BENCH_PASSWORD="${DEMO_PASSWORD:-demo-2026}"
BASE_URL="http://127.0.0.1:${HTTP_PORT}"

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export BACKOFFICE_DB_SETUP_PASSWORD="$DB_PASSWORD"

WLP="$ROOT/server-config/target/liberty/wlp"
EAR="$WLP/usr/servers/backoffice/apps/backoffice.ear"
OUT="$ROOT/target/bench/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"

log() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }

SERVER_STARTED=0
stop_server() {
  local rc=$?
  if [[ "$SERVER_STARTED" == 1 ]]; then
    log "stopping the server"
    "$WLP/bin/server" stop backoffice >"$OUT/server-stop.log" 2>&1 || echo "server stop failed, see $OUT/server-stop.log"
    SERVER_STARTED=0
  fi
  if [[ $rc != 0 ]]; then
    echo "bench/run.sh failed (exit $rc); logs in $OUT"
  fi
  exit $rc
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# ---- preconditions -----------------------------------------------------------------------------------------------
if ss -ltn "sport = :$HTTP_PORT" | grep -q LISTEN; then
  echo "Port $HTTP_PORT is in use; stop what listens there (ss -ltnp | grep :$HTTP_PORT) or set HTTP_PORT." >&2
  exit 1
fi
if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  echo "PostgreSQL is not answering at $PGHOST:$PGPORT." >&2
  exit 1
fi

# ---- a) database -------------------------------------------------------------------------------------------------
log "a) fresh database $DB"
.ci/setup-postgres.sh "$DB" "$DB_OWNER" "$DB_APP" --recreate

# ---- b) build ----------------------------------------------------------------------------------------------------
needs_build() {
  case "$BENCH_BUILD" in
    always) return 0 ;;
    never) return 1 ;;
  esac
  [[ ! -x "$WLP/bin/server" || ! -f "$EAR" ]] && return 0
  [[ -n "$(find app-ejb/src app-web/src app-ear plugins server-config/src pom.xml -newer "$EAR" -type f -print -quit 2>/dev/null)" ]]
}
if needs_build; then
  log "b) building (mvn -q -o -DskipTests package)"
  if ! mvn -q -o -DskipTests package >"$OUT/build.log" 2>&1; then
    log "b) offline build failed, building online"
    mvn -q -DskipTests package >>"$OUT/build.log" 2>&1 || { tail -40 "$OUT/build.log"; exit 1; }
  fi
else
  log "b) packaged server is up to date, no build"
fi

# ---- c) server ---------------------------------------------------------------------------------------------------
log "c) starting the server on PostgreSQL, port $HTTP_PORT"
SERVER_STARTED=1   # set first: a start that fails half-way still gets a stop
env BACKOFFICE_DB=postgresql \
    BACKOFFICE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    BACKOFFICE_DB_USER="$DB_APP" BACKOFFICE_DB_PASSWORD="$DB_PASSWORD" \
    BACKOFFICE_DB_OWNER_USER="$DB_OWNER" BACKOFFICE_DB_OWNER_PASSWORD="$DB_PASSWORD" \
    HTTP_PORT="$HTTP_PORT" \
    "$WLP/bin/server" start backoffice >"$OUT/server-start.log" 2>&1 || { cat "$OUT/server-start.log"; exit 1; }
started=$(date +%s)
until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE_URL/health/ready" || true)" == 200 ]]; do
  if (( $(date +%s) - started > 180 )); then
    echo "The server was not ready within 180 s; its log:" >&2
    tail -60 "$WLP/usr/servers/backoffice/logs/messages.log" >&2 || true
    exit 1
  fi
  sleep 2
done
log "c) ready after $(( $(date +%s) - started )) s"

load() { # mode concurrency
  local file="$OUT/$1-c$2.log"
  log "$1 load: ${BENCH_SECONDS} s at concurrency $2 (+${BENCH_WARMUP} s warm-up)"
  java "$ROOT/bench/IntakeLoad.java" --url "$BASE_URL" --user "$BENCH_USER" --password "$BENCH_PASSWORD" \
    --mode "$1" --seconds "$BENCH_SECONDS" --warmup "$BENCH_WARMUP" --concurrency "$2" 2>&1 | tee "$file"
}

# ---- d) intake ---------------------------------------------------------------------------------------------------
for c in $INTAKE_CONCURRENCY; do load intake "$c"; done

# ---- e) seed -----------------------------------------------------------------------------------------------------
log "e) seeding the queue (bench/seed-queue.sql as $DB_OWNER)"
seed_started=$(date +%s)
PGUSER="$DB_OWNER" psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -f bench/seed-queue.sql 2>&1 | tee "$OUT/seed.log"
log "e) seeded in $(( $(date +%s) - seed_started )) s"

# ---- f) queue ----------------------------------------------------------------------------------------------------
for c in $QUEUE_CONCURRENCY; do load queue "$c"; done

# ---- g) the plan of alpha's queue page --------------------------------------------------------------------------
# The statement Hibernate sends for GET /api/v1/registration-requests?first=0&max=50 (no filter): its tenant
# restriction (@TenantId) on the three entities, the optional filters bound as null, order by SLA deadline.
log "g) EXPLAIN ANALYZE of alpha's queue page (first 50, no filter)"
PGUSER="$DB_OWNER" psql -X -q -v ON_ERROR_STOP=1 -d "$DB" >"$OUT/explain.log" 2>&1 <<'SQL' || true
begin;
select set_config('app.tenant_id', (select id::text from tenant where slug = 'alpha'), true) \gset
\echo '-- page: first 50 by SLA deadline'
explain (analyze, buffers)
select r.*, e.*, t.*
  from registration_request r
  join event e on e.id = r.event_id and e.tenant_id = :'set_config'::uuid
  join tariff t on t.id = r.tariff_id and t.tenant_id = :'set_config'::uuid
 where r.tenant_id = :'set_config'::uuid
   and (null::varchar is null or r.status = null::varchar)
   and (null::uuid is null or r.event_id = null::uuid)
   and (null::varchar is null or r.inn like null::varchar or lower(r.full_name) like null::varchar
        or lower(r.short_name) like null::varchar)
 order by r.sla_deadline, r.received_at, r.id
 offset 0 rows fetch first 50 rows only;
\echo '-- total for the filter'
explain (analyze, buffers)
select count(*) from registration_request r where r.tenant_id = :'set_config'::uuid;
\echo '-- counters per status'
explain (analyze, buffers)
select r.status, count(*) from registration_request r where r.tenant_id = :'set_config'::uuid group by r.status;
\echo '-- search "сбер": first 50'
explain (analyze, buffers)
select r.* from registration_request r
 where r.tenant_id = :'set_config'::uuid
   and (r.inn like '%сбер%' or lower(r.full_name) like '%сбер%' or lower(r.short_name) like '%сбер%')
 order by r.sla_deadline, r.received_at, r.id
 offset 0 rows fetch first 50 rows only;
rollback;
SQL
cat "$OUT/explain.log"

# ---- h) summary --------------------------------------------------------------------------------------------------
if [[ "$SERVER_STARTED" == 1 ]]; then
  log "stopping the server"
  "$WLP/bin/server" stop backoffice >"$OUT/server-stop.log" 2>&1 || echo "server stop failed, see $OUT/server-stop.log"
  SERVER_STARTED=0
fi

{
  echo
  echo "== Summary ($(nproc) cores, ${BENCH_SECONDS} s measured after ${BENCH_WARMUP} s warm-up; latencies in ms)"
  printf '%-7s %-10s %4s %9s %7s %9s %9s %9s %9s %9s\n' mode query c requests errors 'req/s' p50 p95 p99 max
  grep -h '^RESULT ' "$OUT"/intake-c*.log "$OUT"/queue-c*.log 2>/dev/null | sed 's/^RESULT //' |
    awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
           printf "%-7s %-10s %4s %9s %7s %9s %9s %9s %9s %9s\n", v["mode"], v["query"], v["concurrency"],
                  v["requests"], v["errors"], v["rate"], v["p50"], v["p95"], v["p99"], v["max"] }'
  grep -h 'seed-queue:' "$OUT/seed.log" | sed 's/^.*NOTICE: *//' || true
  grep -h 'Execution Time' "$OUT/explain.log" | sed 's/^ */plan /' || true
  echo "logs: $OUT"
} | tee "$OUT/summary.txt"
