#!/usr/bin/env bash
# Two app instances, one PostgreSQL: proves that nothing a user does is pinned to one JVM. Starts instance A on port
# 8091 and instance B on 8092 against the same database, then acts as ONE browser (one cookie jar) across both:
# signs up on A and is still signed in on B; writes progress on A (a quiz answer, a flashcard review, a lesson marked
# complete) and reads it through B's API, writes on B and reads on A; runs an experiment on A and reads its result on
# B; signs out on B, after which neither instance accepts the old session token. Prints a PASS or FAIL line per check
# and exits non-zero on any failure; both instances are stopped on exit.
#
# Usage (from anywhere; needs curl, jq and a PostgreSQL the app can reach):
#   src/test/scripts/two_instances.sh
# Environment:
#   PRUNELAB_DB_URL       default jdbc:postgresql://127.0.0.1:5432/prunelab_multi (an empty database is migrated)
#   PRUNELAB_DB_USER, PRUNELAB_DB_PASSWORD   default prunelab / prunelab
#   BUILD=1               package the pg build to target/pg first (done anyway when it is missing)
#   PORT_A, PORT_B        default 8091, 8092
set -uo pipefail
cd "$(dirname "$0")/../../.."
. src/test/scripts/lib.sh
command -v jq >/dev/null || { echo "two_instances.sh needs jq (apt-get install jq)"; exit 2; }

export QUARKUS_PROFILE=prod,pg
export PRUNELAB_DB_URL=${PRUNELAB_DB_URL:-jdbc:postgresql://127.0.0.1:5432/prunelab_multi}
export PRUNELAB_DB_USER=${PRUNELAB_DB_USER:-prunelab} PRUNELAB_DB_PASSWORD=${PRUNELAB_DB_PASSWORD:-prunelab}
# Room for the long experiment below (instances sharing a database share their configuration).
export PRUNELAB_LAB_TIME_BUDGET_SECONDS=${PRUNELAB_LAB_TIME_BUDGET_SECONDS:-900}
port_a=${PORT_A:-8091}
port_b=${PORT_B:-8092}
A=http://127.0.0.1:$port_a
B=http://127.0.0.1:$port_b
work=$(mktemp -d /tmp/prunelab-two-instances.XXXXXX)
jar=$work/cookies
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
}
trap stop_all EXIT

build_app || exit 1

failures=0
# check NAME EXPECTED ACTUAL
check() {
  if [ "$2" = "$3" ]; then echo "PASS $1"
  else echo "FAIL $1: expected '$2', got '$3'"; failures=$((failures + 1)); fi
}
# api METHOD URL [JSON]: the response body; code METHOD URL [JSON]: the status code. Both as the browser ($jar).
api() { curl -s -b "$jar" -c "$jar" -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} "$2"; }
code() { curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} "$2"; }
# events BASE KIND: the subjects of the user's progress events of one kind, comma-separated, oldest first.
events() { api GET "$1/api/progress/events" | jq -r --arg kind "$2" '[.[] | select(.kind == $kind) | .subject] | join(",")'; }

# final_status BASE ID: the experiment's status once it is no longer queued or running (polled for up to 2 minutes).
final_status() {
  local status
  for _ in $(seq 1 240); do
    status=$(api GET "$1/api/experiments/$2" | jq -r .status)
    case "$status" in queued|running|cancelling) sleep 0.5;; *) break;; esac
  done
  echo "$status"
}

# Both instances start together, so both run Flyway against the same database at once (Flyway takes a lock).
launch_app "$port_a" "$work/a.log"; pids+=("$app"); pid_a=$app
launch_app "$port_b" "$work/b.log"; pids+=("$app"); pid_b=$app
await_ready "$port_a" "$pid_a"; ready_a=$?
await_ready "$port_b" "$pid_b"; ready_b=$?
check "instance A ready on $port_a" 0 "$ready_a"
check "instance B ready on $port_b" 0 "$ready_b"
[ "$ready_a" = 0 ] && [ "$ready_b" = 0 ] || exit 1

user="multi$RANDOM$RANDOM"
echo "--- signed in on A, same browser on B"
check "sign up on A redirects" 303 "$(sign_up "$A" "$user")"
check "B knows the session: /api/account/export is the user's" "$user" "$(api GET "$B/api/account/export" | jq -r .username)"
check "B serves the account page (no redirect to sign-in)" 200 "$(code GET "$B/account")"

echo "--- progress written on A, read on B"
check "quiz answer on A" true "$(api POST "$A/api/quizzes/magnitude-pruning/magnitude-pruning-q4/answers" '{"answer":"1"}' | jq -r .correct)"
card_a=$(api GET "$A/api/cards/due" | jq -r .card.id)
check "card review on A" good "$(api POST "$A/api/cards/$card_a/review" '{"grade":"good"}' | jq -r .grade)"
check "lesson marked complete on A" 303 "$(post_form "$A" /learn/magnitude-pruning/complete /learn/magnitude-pruning/quiz)"
check "B reads A's quiz answer" magnitude-pruning-q4 "$(events "$B" QUIZ_ANSWER)"
check "B reads A's card review" "$card_a" "$(events "$B" CARD_REVIEW)"
check "B reads A's completed lesson" magnitude-pruning "$(events "$B" LESSON_COMPLETED)"
check "B's dashboard counts it" "1 1 1" "$(api GET "$B/api/progress" | jq -r '"\(.lessonsCompleted) \(.cardsReviewed) \(.quizAccuracy)"')"

echo "--- progress written on B, read on A"
check "quiz answer on B" true "$(api POST "$B/api/quizzes/magnitude-pruning/magnitude-pruning-q5/answers" '{"answer":"1"}' | jq -r .correct)"
card_b=$(api GET "$B/api/cards/due" | jq -r .card.id)
check "B offers a different card next" true "$([ -n "$card_b" ] && [ "$card_b" != "$card_a" ] && echo true || echo false)"
check "card review on B" easy "$(api POST "$B/api/cards/$card_b/review" '{"grade":"easy"}' | jq -r .grade)"
check "A reads both quiz answers" magnitude-pruning-q4,magnitude-pruning-q5 "$(events "$A" QUIZ_ANSWER)"
check "A reads both card reviews" "$card_a,$card_b" "$(events "$A" CARD_REVIEW)"
check "A's dashboard counts them" "1 2" "$(api GET "$A/api/progress" | jq -r '"\(.lessonsCompleted) \(.cardsReviewed)"')"

echo "--- experiment run on A, read on B"
seed=$((RANDOM * 32768 + RANDOM))   # a fresh seed: computed by A's lab, not served from the result cache
submitted=$(api POST "$A/api/experiments" "{\"preset\":\"decision-boundary\",\"seed\":$seed}")
experiment=$(jq -r .id <<<"$submitted")
check "experiment accepted by A" true "$(jq -r '.id != null and (.cached | not)' <<<"$submitted")"
check "B reads the experiment done" done "$(final_status "$B" "$experiment")"
check "B reads its result" true "$(api GET "$B/api/experiments/$experiment" | jq -r '.result.baseline > 0.5 and (.result.series | length > 0)')"
check "B lists it in the user's history" true "$(api GET "$B/api/experiments" | jq --argjson id "$experiment" 'any(.[]; .id == $id)')"

echo "--- B stops and starts again while A runs an experiment"
# A long experiment (cancelled at the end); B's shutdown and start-up must leave the rows A is working on alone.
long="{\"dataset\":\"mnist10k\",\"rows\":10000,\"hidden\":[512,512],\"epochs\":30,\"fineTuneEpochs\":30,\"sparsities\":[0.5,0.7,0.9],\"seed\":$((seed + 1))}"
running=$(api POST "$A/api/experiments" "$long" | jq -r .id)
for _ in $(seq 1 120); do [ "$(api GET "$A/api/experiments/$running" | jq -r .status)" = running ] && break; sleep 0.5; done
check "A runs the long experiment" running "$(api GET "$A/api/experiments/$running" | jq -r .status)"
kill "$pid_b"; wait "$pid_b" 2>/dev/null
check "still running on A after B stopped" running "$(api GET "$A/api/experiments/$running" | jq -r .status)"
launch_app "$port_b" "$work/b.log"; pids+=("$app"); pid_b=$app
await_ready "$port_b" "$pid_b"
check "still running, read on B after B started again" running "$(api GET "$B/api/experiments/$running" | jq -r .status)"
api DELETE "$A/api/experiments/$running" >/dev/null   # stops at the engine's next check, which may take a while
check "cancelled on A, read on B" cancelled "$(final_status "$B" "$running")"

echo "--- signed out on B"
session=$(awk '$6 == "prunelab_session" { print $7 }' "$jar")
# code_with_session BASE: the status of /api/account/export sent with the saved session token alone (no cookie jar).
code_with_session() { curl -s -o /dev/null -w '%{http_code}' -H "Cookie: prunelab_session=$session" "$1/api/account/export"; }
check "A accepts the session token on its own" 200 "$(code_with_session "$A")"
check "sign out on B redirects" 303 "$(post_form "$B" /logout /progress)"
check "the browser is signed out on A" 401 "$(code GET "$A/api/account/export")"
check "A refuses the old session token" 401 "$(code_with_session "$A")"
check "B refuses the old session token" 401 "$(code_with_session "$B")"

if [ "$failures" -eq 0 ]; then echo "ALL PASSED"; else echo "$failures FAILED (logs: $work)"; exit 1; fi
