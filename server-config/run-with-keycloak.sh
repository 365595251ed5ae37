#!/bin/sh
# Starts a local Keycloak with the project's realms (in memory, demo users, password demo-2026) and the product with
# identity=keycloak on top of it. Ctrl+C stops both. Build first: mvn -DskipTests package
#   KEYCLOAK_PORT (18180), HTTP_PORT (9080), KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (admin console)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
kc_version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$root/pom.xml")
kc_home="$here/target/keycloak/keycloak-$kc_version"
wlp="$here/target/liberty/wlp"
KEYCLOAK_PORT=${KEYCLOAK_PORT:-18180}
HTTP_PORT=${HTTP_PORT:-9080}

if [ ! -x "$wlp/bin/server" ]; then
  echo "No server yet: run 'mvn -DskipTests package' first." >&2
  exit 1
fi
if [ ! -x "$kc_home/bin/kc.sh" ]; then
  (cd "$root" && mvn -q -ntp -pl server-config dependency:unpack@unpack-keycloak)
fi
mkdir -p "$kc_home/data/import"
# the test realm's SMTP port is a placeholder (the build fills it in for the ITs' GreenMail); invitations go to
# 127.0.0.1:$SMTP_PORT here (no mail server listening there means "invitation not sent", and the user is kept)
SMTP_PORT="${SMTP_PORT:-13025}"
for realm in "$here"/src/main/keycloak/*-realm.json; do
  sed "s/@it.smtp.port@/$SMTP_PORT/" "$realm" >"$kc_home/data/import/$(basename "$realm")"
done

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
if [ -z "${KC_BOOTSTRAP_ADMIN_PASSWORD:-}" ]; then
  KC_BOOTSTRAP_ADMIN_PASSWORD=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
fi
export KC_BOOTSTRAP_ADMIN_PASSWORD
log="$here/target/keycloak-run.log"
echo "Starting Keycloak $kc_version on http://localhost:$KEYCLOAK_PORT (log: $log) ..."
"$kc_home/bin/kc.sh" start-dev --db=dev-mem --import-realm --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
  --http-management-port=$((KEYCLOAK_PORT + 1)) --hostname="http://localhost:$KEYCLOAK_PORT" >"$log" 2>&1 &
kc_pid=$!
trap 'kill $kc_pid 2>/dev/null; wait $kc_pid 2>/dev/null' EXIT INT TERM
until curl -sf "http://127.0.0.1:$KEYCLOAK_PORT/realms/backoffice/.well-known/openid-configuration" >/dev/null; do
  if ! kill -0 $kc_pid 2>/dev/null; then
    echo "Keycloak stopped; see $log" >&2
    exit 1
  fi
  sleep 2
done
echo "Keycloak is up: admin console http://localhost:$KEYCLOAK_PORT/admin ($KC_BOOTSTRAP_ADMIN_USERNAME / $KC_BOOTSTRAP_ADMIN_PASSWORD)"
echo "Backoffice: http://localhost:$HTTP_PORT/ - sign in on Keycloak's page as alice, oleg, anna, boris, olga, artem or root (demo-2026)"

# --clean: Liberty caches the feature list per server; identity=keycloak adds features that a cached demo start lacks
BACKOFFICE_IDENTITY=keycloak \
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" \
KEYCLOAK_REALM=backoffice \
KEYCLOAK_CLIENT_ID=backoffice-web \
KEYCLOAK_CLIENT_SECRET="${KEYCLOAK_CLIENT_SECRET:-backoffice-web-dev-secret}" \
KEYCLOAK_ADMIN_CLIENT_ID="${KEYCLOAK_ADMIN_CLIENT_ID:-backoffice-admin}" \
KEYCLOAK_ADMIN_CLIENT_SECRET="${KEYCLOAK_ADMIN_CLIENT_SECRET:-backoffice-admin-dev-secret}" \
KEYCLOAK_REDIRECT_HOST="http://localhost:$HTTP_PORT" \
HTTP_PORT="$HTTP_PORT" \
  "$wlp/bin/server" run backoffice --clean
