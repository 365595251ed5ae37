#!/usr/bin/env bash
# End-to-end document issuing on PostgreSQL: N approved requests → one bulk deal-pack run (2N documents) → paid →
# one closing run (2N documents), with times, documents per second, the peak heap (from /metrics) and a gapless
# check of the act numbers. Usage: bench/documents/run.sh [requests=500]
# Needs what bench/run.sh needs (JDK 17, Maven, a local PostgreSQL with trust auth, port 9080 free) and psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
N="${1:-500}"
DB=backoffice_docs
HOME_DIR="${TMPDIR:-/tmp}/backoffice-docs-bench"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export BACKOFFICE_DB_SETUP_PASSWORD=backoffice

if (exec 3<>/dev/tcp/127.0.0.1/9080) 2>/dev/null; then
  echo "Port 9080 is taken (another server still running?): stop it first." >&2
  exit 1
fi
[[ -d server-config/target/liberty/wlp/usr/servers/backoffice/apps ]] || mvn -q -o -DskipTests package
.ci/setup-postgres.sh "$DB" "${DB}_owner" "${DB}_app" --recreate
rm -rf "$HOME_DIR" && mkdir -p "$HOME_DIR"
cp -r server-config/target/liberty/wlp "$HOME_DIR/wlp"
rm -rf "$HOME_DIR/wlp/usr/servers/backoffice/data" "$HOME_DIR/wlp/usr/servers/backoffice/logs"
export BACKOFFICE_DB=postgresql BACKOFFICE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  BACKOFFICE_DB_USER="${DB}_app" BACKOFFICE_DB_PASSWORD=backoffice \
  BACKOFFICE_DB_OWNER_USER="${DB}_owner" BACKOFFICE_DB_OWNER_PASSWORD=backoffice
stop() {
  "$HOME_DIR/wlp/bin/server" stop backoffice >/dev/null 2>&1 || true
  pkill -f "$HOME_DIR/wlp/bin/tools/ws-javaagent.jar" 2>/dev/null || true
}
trap stop EXIT
"$HOME_DIR/wlp/bin/server" start backoffice >/dev/null
# Ready when the application answers (the readiness endpoint can answer before the application is deployed).
for i in $(seq 1 240); do
  code=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:9080/api/v1/requisites/validation -X POST \
    -H 'Content-Type: application/json' -d '{}' || true)
  [[ "$code" =~ ^(200|400|422)$ ]] && break
  sleep 1
done
echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg); heap limit: $(grep -h Xmx "$HOME_DIR/wlp/usr/servers/backoffice/jvm.options" || echo default)"
java "$ROOT/bench/documents/DocumentsLoad.java" http://127.0.0.1:9080 "$N" "$DB"
