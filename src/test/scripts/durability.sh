#!/usr/bin/env bash
# Durability check: stream progress writes at the running app, SIGKILL it mid-stream, restart it, and check that
# every write that got a 2xx answer is there. Usage (from anywhere):
#   src/test/scripts/durability.sh [writes] [kill-after]     # H2 file database under a temp data dir (target/quarkus-app)
#   QUARKUS_PROFILE=prod,pg PRUNELAB_DB_URL=jdbc:postgresql://127.0.0.1:5432/prunelab_durability \
#     src/test/scripts/durability.sh [writes] [kill-after]   # PostgreSQL (the pg build, packaged to target/pg)
# The build is packaged first when it is missing (BUILD=1 packages it anyway). PostgreSQL also reads
# PRUNELAB_DB_USER and PRUNELAB_DB_PASSWORD (default prunelab / prunelab); an empty database is migrated.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/scripts/lib.sh
writes=${1:-400}
kill_after=${2:-150}
port=${PORT:-8090}
base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/prunelab-durability.XXXXXX)
export PRUNELAB_DATA_DIR=${PRUNELAB_DATA_DIR:-$work/data}
jar=$work/cookies
app=
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; true' EXIT

build_app
echo "database: ${PRUNELAB_DB_URL:-H2 file under $PRUNELAB_DATA_DIR} ($(app_dir))"

start_app "$port" "$work/app.log" || exit 1
user="durable$RANDOM$RANDOM"
[ "$(sign_up "$base" "$user")" = 303 ] || { echo "sign-up failed; see $work/app.log"; exit 1; }

# Stream quiz answers (each is a progress write) from $streams parallel writers, so that some requests are always in
# flight, and SIGKILL the app once $kill_after of them have been acknowledged. Each answer's status code (000 when
# the connection failed) is appended to $work/codes.
lesson=magnitude-pruning
question=magnitude-pruning-q1
streams=${STREAMS:-4}
writer() {
  for i in $(seq "$1" "$streams" "$writes"); do
    curl -s -o /dev/null -w '%{http_code}\n' -m 5 -b "$jar" -H 'Content-Type: application/json' \
      -d "{\"answer\":\"$i\"}" "$base/api/quizzes/$lesson/$question/answers" >>"$work/codes" || true
  done
}
acknowledged() { grep -c '^2' "$work/codes" || true; }
touch "$work/codes"
writers=()
for stream in $(seq 1 "$streams"); do writer "$stream" & writers+=($!); done
until [ "$(acknowledged)" -ge "$kill_after" ] || [ "$(wc -l <"$work/codes")" -ge "$writes" ]; do sleep 0.05; done
kill -9 "$app"
wait "${writers[@]}"
wait "$app" 2>/dev/null || true
acknowledged=$(acknowledged)

start_app "$port" "$work/app.log" || exit 1
stored=$(curl -s -b "$jar" "$base/api/progress/events" | grep -o '"kind":"QUIZ_ANSWER"' | wc -l)
kill "$app"; wait "$app" 2>/dev/null || true
app=
echo "writes sent: $writes, acknowledged (2xx): $acknowledged, not acknowledged: $((writes - acknowledged)) ($(grep -v '^2' "$work/codes" | sort | uniq -c | xargs)), present after SIGKILL and restart: $stored"
if [ "$stored" -ge "$acknowledged" ]; then echo "OK: nothing acknowledged was lost"; else echo "LOST $((acknowledged - stored)) writes"; exit 1; fi
