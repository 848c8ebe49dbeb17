#!/usr/bin/env bash
# Durability check: stream progress writes at the running app, SIGKILL it mid-stream, restart it, and check that
# every write that got a 2xx answer is there. Usage (from the repository root, after ./mvnw -DskipTests package):
#   src/test/scripts/durability.sh [writes] [kill-after]            # H2 file database under a temp data dir
#   QUARKUS_PROFILE=prod,pg PRUNELAB_DB_URL=jdbc:postgresql://127.0.0.1:5432/prunelab src/test/scripts/durability.sh
#     (PostgreSQL: the app must have been packaged with -Dquarkus.profile=prod,pg)
set -euo pipefail
writes=${1:-400}
kill_after=${2:-150}
port=${PORT:-8090}
base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/prunelab-durability.XXXXXX)
export PRUNELAB_DATA_DIR=${PRUNELAB_DATA_DIR:-$work/data}
jar=target/quarkus-app/quarkus-run.jar

start() {
  java -Dquarkus.http.port="$port" -jar "$jar" >>"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do curl -fs -o /dev/null "$base/q/health/ready" && return 0; sleep 1; done
  echo "app did not start; see $work/app.log"; exit 1
}

start
# Sign up through the form (with its CSRF token), keeping the session cookie.
curl -s -c "$work/jar" -b "$work/jar" "$base/signup" >"$work/signup.html"
token=$(grep -o 'name="csrf-token" value="[^"]*"' "$work/signup.html" | head -1 | sed 's/.*value="//;s/"$//')
user="durable$RANDOM$RANDOM"
curl -s -o /dev/null -c "$work/jar" -b "$work/jar" --data-urlencode "csrf-token=$token" \
  --data-urlencode "username=$user" --data-urlencode "password=correct horse battery" "$base/signup"

# Stream quiz answers (each is a progress write); kill the app with SIGKILL after $kill_after of them.
lesson=magnitude-pruning
question=magnitude-pruning-q1
acknowledged=0
for i in $(seq 1 "$writes"); do
  if [ "$i" -eq "$kill_after" ]; then kill -9 "$app"; fi
  code=$(curl -s -o /dev/null -w '%{http_code}' -m 5 -b "$work/jar" -H 'Content-Type: application/json' \
    -d "{\"answer\":\"$i\"}" "$base/api/quizzes/$lesson/$question/answers" || true)
  case "$code" in 2*) acknowledged=$((acknowledged + 1));; esac
done
wait "$app" 2>/dev/null || true

start
stored=$(curl -s -b "$work/jar" "$base/api/progress/events" | grep -o '"kind":"QUIZ_ANSWER"' | wc -l)
kill "$app"; wait "$app" 2>/dev/null || true
echo "writes sent: $writes, acknowledged (2xx): $acknowledged, present after SIGKILL and restart: $stored"
if [ "$stored" -ge "$acknowledged" ]; then echo "OK: nothing acknowledged was lost"; else echo "LOST $((acknowledged - stored)) writes"; exit 1; fi
