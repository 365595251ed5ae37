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
#   c) copies the packaged Open Liberty (server-config/target/liberty/wlp) to BENCH_HOME/wlp and starts that copy's
#      server "backoffice" on PostgreSQL (HTTP_PORT, default 9080), then waits up to 180 s for /health/ready to
#      answer 200; on this first start the server migrates the schema and creates the demo tenants alpha/beta with
#      their demo events (demo mode is on by default). The copy is what makes the run reproducible in a work tree
#      where someone else builds: a `mvn package`/`install`/`verify` elsewhere rewrites server-config/target
#      (redeploying the EAR, or stopping the server) and would otherwise land in the middle of a measurement;
#   d) runs the intake load (bench/IntakeLoad.java --mode intake) for BENCH_SECONDS at each concurrency in
#      INTAKE_CONCURRENCY, as oleg (operator of tenant alpha);
#   e) seeds ~100,000 more requests across 50 extra tenants and alpha (bench/seed-queue.sql, as the owner role);
#   f) runs the queue load (--mode queue) for BENCH_SECONDS at each concurrency in QUEUE_CONCURRENCY;
#   g) shows the plans of alpha's queue queries (EXPLAIN ANALYZE of the statements Hibernate sends, as the owner
#      with app.tenant_id set);
#   h) stops the server it started (trap on EXIT: also on failure or Ctrl+C) and prints a compact summary.
# Every load run also has a 5 s warm-up (BENCH_WARMUP) that is not counted.
#
# Needs: JDK 17+, Maven, a local PostgreSQL 13+ at PGHOST:PGPORT (default 127.0.0.1:5432) where PGUSER (default
# postgres) may create roles and databases and local connections are trusted, curl, and a free HTTP_PORT.
# Output: the console, and every log under BENCH_HOME/<timestamp>/ (load runs, seed, plans, server messages.log).
# Settings (environment): BENCH_SECONDS=60 BENCH_WARMUP=5 INTAKE_CONCURRENCY="8 32" QUEUE_CONCURRENCY="8"
#                         HTTP_PORT=9080 BENCH_BUILD=auto|always|never BENCH_HOME=${TMPDIR:-/tmp}/backoffice-bench
# Numbers are only worth comparing from an otherwise idle machine: the summary prints the load average at start,
# and a build or test run on the same cores during the run shows up in every figure.
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

BENCH_HOME="${BENCH_HOME:-${TMPDIR:-/tmp}/backoffice-bench}"
PACKAGED="$ROOT/server-config/target/liberty/wlp"
EAR="$PACKAGED/usr/servers/backoffice/apps/backoffice.ear"
WLP="$BENCH_HOME/wlp"   # the private copy that runs
OUT="$BENCH_HOME/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
LOAD_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"   # other work on the machine skews every number: check it was idle

log() { printf '\n== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }

SERVER_STARTED=0
stop_server() {
  local rc=$?
  if [[ "$SERVER_STARTED" == 1 ]]; then
    log "stopping the server"
    "$WLP/bin/server" stop backoffice >"$OUT/server-stop.log" 2>&1 || echo "server stop failed, see $OUT/server-stop.log"
    SERVER_STARTED=0
  fi
  cp "$WLP/usr/servers/backoffice/logs/messages.log" "$OUT/server-messages.log" 2>/dev/null || true
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
  [[ ! -x "$PACKAGED/bin/server" || ! -f "$EAR" ]] && return 0
  # Main sources and build files only (tests and target/ do not change the packaged server).
  [[ -n "$(find . -path ./target -prune -o \( -path '*/src/main/*' -o -name pom.xml \) -not -path '*/target/*' \
            -newer "$EAR" -type f -print -quit 2>/dev/null)" ]]
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
log "c) copying the packaged server to $WLP"
mkdir -p "$WLP"
# The runtime and the server "backoffice" with its configuration, EAR, JDBC drivers and keys; not the test server,
# nor logs, data or work areas of earlier runs.
COPY_EXCLUDES=(--exclude /usr/servers/backoffice-it --exclude /usr/servers/backoffice/logs
               --exclude /usr/servers/backoffice/workarea --exclude /usr/servers/backoffice/tranlog
               --exclude /usr/servers/backoffice/data)
if command -v rsync >/dev/null; then
  rsync -a --delete --delete-excluded "${COPY_EXCLUDES[@]}" "$PACKAGED/" "$WLP/"
else
  rm -rf "$WLP" && cp -a "$PACKAGED" "$WLP"
  rm -rf "$WLP/usr/servers/backoffice-it" "$WLP/usr/servers/backoffice/"{logs,workarea,tranlog,data}
fi
log "c) starting the server on PostgreSQL, port $HTTP_PORT"
SERVER_STARTED=1   # set first: a start that fails half-way still gets a stop
started=$(date +%s)
env BACKOFFICE_DB=postgresql \
    BACKOFFICE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    BACKOFFICE_DB_USER="$DB_APP" BACKOFFICE_DB_PASSWORD="$DB_PASSWORD" \
    BACKOFFICE_DB_OWNER_USER="$DB_OWNER" BACKOFFICE_DB_OWNER_PASSWORD="$DB_PASSWORD" \
    HTTP_PORT="$HTTP_PORT" \
    "$WLP/bin/server" start backoffice >"$OUT/server-start.log" 2>&1 || { cat "$OUT/server-start.log"; exit 1; }
until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE_URL/health/ready" || true)" == 200 ]]; do
  if (( $(date +%s) - started > 180 )); then
    echo "The server was not ready within 180 s; its log:" >&2
    tail -60 "$WLP/usr/servers/backoffice/logs/messages.log" >&2 || true
    exit 1
  fi
  sleep 2
done
log "c) ready $(( $(date +%s) - started )) s after the start command"

RESULT_LOGS=()
load() { # mode concurrency
  local file="$OUT/$1-c$2.log"
  RESULT_LOGS+=("$file")
  log "$1 load: ${BENCH_SECONDS} s at concurrency $2 (+${BENCH_WARMUP} s warm-up)"
  local pid
  pid="$(cat "$WLP/usr/servers/.pid/backoffice.pid" 2>/dev/null || echo 0)"
  java "$ROOT/bench/IntakeLoad.java" --url "$BASE_URL" --user "$BENCH_USER" --password "$BENCH_PASSWORD" \
    --mode "$1" --seconds "$BENCH_SECONDS" --warmup "$BENCH_WARMUP" --concurrency "$2" --server-pid "$pid" 2>&1 |
    tee "$file"
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

# ---- g) the plans of alpha's queue queries -------------------------------------------------------------------------
# The three statements Hibernate sends for one GET /api/v1/registration-requests (taken from the PostgreSQL log,
# parameters as it binds them: the tenant three times for @TenantId, unused filters as NULL), prepared like the JDBC
# driver prepares them, executed under EXPLAIN ANALYZE as the owner with app.tenant_id set to alpha (RLS is forced).
# PostgreSQL plans the first five executions of a prepared statement with the values (custom plan) and may then
# switch to a generic plan; both are shown for the unfiltered page.
log "g) EXPLAIN ANALYZE of alpha's queue queries"
PGUSER="$DB_OWNER" psql -X -q -v ON_ERROR_STOP=1 -d "$DB" >"$OUT/explain.log" 2>&1 <<'SQL' || true
begin;
select set_config('app.tenant_id', (select id::text from tenant where slug = 'alpha'), true) as tenant \gset
select count(*) as alpha_requests from registration_request;
prepare page(uuid, uuid, uuid, varchar, varchar, uuid, uuid, varchar, varchar, varchar, varchar, int, int) as
select rr1_0.id,rr1_0.assignee,rr1_0.entity_type,rr1_0.full_name,rr1_0.short_name,rr1_0.inn,rr1_0.kpp,rr1_0.ogrn,
  rr1_0.legal_address,rr1_0.postal_address,rr1_0.bank_name,rr1_0.bik,rr1_0.correspondent_account,
  rr1_0.settlement_account,rr1_0.signatory_name,rr1_0.signatory_position,rr1_0.signatory_basis,
  rr1_0.power_of_attorney_number,rr1_0.power_of_attorney_date,rr1_0.email,rr1_0.phone,rr1_0.contact_name,
  rr1_0.contact_email,rr1_0.contact_phone,rr1_0.counterparty_id,rr1_0.directory_differs,rr1_0.event_id,e1_0.id,
  e1_0.capacity,e1_0.created_at,e1_0.ends_on,e1_0.name,e1_0.registration_closes_at,e1_0.registration_opens_at,
  e1_0.seller_id,e1_0.starts_on,e1_0.tenant_id,e1_0.time_zone,e1_0.venue,e1_0.version,rr1_0.idempotency_key,
  rr1_0.late_exception,rr1_0.late_reason,rr1_0.participants_count,rr1_0.received_at,rr1_0.request_hash,
  rr1_0.sla_deadline,rr1_0.source,rr1_0.status,rr1_0.tariff_id,t1_0.id,t1_0.active,t1_0.currency,t1_0.event_id,
  t1_0.name,t1_0.position,t1_0.price,t1_0.tenant_id,t1_0.vat_exemption_reason,t1_0.vat_mode,rr1_0.tenant_id,
  rr1_0.version
 from registration_request rr1_0 join event e1_0 on e1_0.id=rr1_0.event_id and e1_0.tenant_id = $1
 join tariff t1_0 on t1_0.id=rr1_0.tariff_id and t1_0.tenant_id = $2
 where rr1_0.tenant_id = $3 and ($4 is null or rr1_0.status=$5) and ($6 is null or e1_0.id=$7)
   and ($8 is null or rr1_0.inn like $9 escape '' or lower(rr1_0.full_name) like $10 escape ''
        or lower(rr1_0.short_name) like $11 escape '')
 order by rr1_0.sla_deadline,rr1_0.received_at,rr1_0.id offset $12 rows fetch first $13 rows only;
prepare total(uuid, varchar, varchar, uuid, uuid, varchar, varchar, varchar, varchar) as
select count(rr1_0.id) from registration_request rr1_0
 where rr1_0.tenant_id = $1 and ($2 is null or rr1_0.status=$3) and ($4 is null or rr1_0.event_id=$5)
   and ($6 is null or rr1_0.inn like $7 escape '' or lower(rr1_0.full_name) like $8 escape ''
        or lower(rr1_0.short_name) like $9 escape '');
prepare counters(uuid) as
select rr1_0.status,count(rr1_0.id) from registration_request rr1_0 where rr1_0.tenant_id = $1 group by rr1_0.status;

set local plan_cache_mode = force_custom_plan;
\echo '== PLAN page, no filter (custom plan)'
explain (analyze, buffers) execute page(:'tenant', :'tenant', :'tenant', null, null, null, null, null, null, null, null, 0, 50);
\echo '== PLAN total, no filter (custom plan)'
explain (analyze, buffers) execute total(:'tenant', null, null, null, null, null, null, null, null);
\echo '== PLAN counters per status'
explain (analyze, buffers) execute counters(:'tenant');
\echo '== PLAN page, q=сбер (custom plan)'
explain (analyze, buffers) execute page(:'tenant', :'tenant', :'tenant', null, null, null, null, '%сбер%', '%сбер%', '%сбер%', '%сбер%', 0, 50);
\echo '== PLAN total, q=сбер (custom plan)'
explain (analyze, buffers) execute total(:'tenant', null, null, null, null, '%сбер%', '%сбер%', '%сбер%', '%сбер%');
\echo '== PLAN page, status=NEW (custom plan)'
explain (analyze, buffers) execute page(:'tenant', :'tenant', :'tenant', 'NEW', 'NEW', null, null, null, null, null, null, 0, 50);
set local plan_cache_mode = force_generic_plan;
\echo '== PLAN page, no filter (generic plan)'
explain (analyze, buffers) execute page(:'tenant', :'tenant', :'tenant', null, null, null, null, null, null, null, null, 0, 50);
\echo '== PLAN page, status=NEW (generic plan)'
explain (analyze, buffers) execute page(:'tenant', :'tenant', :'tenant', 'NEW', 'NEW', null, null, null, null, null, null, 0, 50);
rollback;
SQL
cat "$OUT/explain.log"

# ---- h) summary --------------------------------------------------------------------------------------------------
if [[ "$SERVER_STARTED" == 1 ]]; then
  log "stopping the server"
  "$WLP/bin/server" stop backoffice >"$OUT/server-stop.log" 2>&1 || echo "server stop failed, see $OUT/server-stop.log"
  SERVER_STARTED=0
fi
cp "$WLP/usr/servers/backoffice/logs/messages.log" "$OUT/server-messages.log" 2>/dev/null || true

{
  echo
  echo "== Summary ($(nproc) cores, load average at start $LOAD_AT_START; ${BENCH_SECONDS} s measured after ${BENCH_WARMUP} s warm-up; latencies in ms)"
  printf '%-7s %-10s %4s %9s %7s %9s %9s %9s %9s %9s\n' mode query c requests errors 'req/s' p50 p95 p99 max
  grep -h '^RESULT ' "${RESULT_LOGS[@]}" 2>/dev/null | sed 's/^RESULT //' |
    awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
           printf "%-7s %-10s %4s %9s %7s %9s %9s %9s %9s %9s\n", v["mode"], v["query"], v["concurrency"],
                  v["requests"], v["errors"], v["rate"], v["p50"], v["p95"], v["p99"], v["max"] }'
  echo "CPU in the measured windows, in cores (of $(nproc)):"
  grep -h '^CPU ' "${RESULT_LOGS[@]}" 2>/dev/null | sed 's/^CPU //' |
    awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
           printf "%-7s c=%-4s machine %s  server JVM %s  load generator %s  rest (PostgreSQL, other) %s\n",
                  v["mode"], v["concurrency"], v["machine"], v["server"], v["loadgen"], v["rest"] }'
  grep -h 'seed-queue:' "$OUT/seed.log" | sed 's/^.*NOTICE: *//' || true
  awk '/^== PLAN/ { sub(/^== PLAN /, ""); what = $0 }
       /Execution Time/ { printf "plan %-36s %s\n", what, $3 " ms" }' "$OUT/explain.log" || true
  echo "logs: $OUT"
} | tee "$OUT/summary.txt"
