#!/usr/bin/env bash
# Start-up time and idle memory of the packaged app in JVM mode. Builds nothing: run ./mvnw -DskipTests package
# first (it also writes the AppCDS archive). Each run starts the app with the documented run command on a fresh data
# directory (so Flyway migrates an empty H2 database) and prints one line:
#   started_in_s   the "started in" figure Quarkus logs
#   first_lesson_s from launching java until GET /learn/$LESSON answers 200 (what a visitor waits for)
#   cpu_s          CPU time (user + system, all threads) the JVM had used by then: steadier than wall-clock time
#                  on a loaded machine, but it adds up work done in parallel on both cores
#   rss_mb         VmRSS of the JVM after that page and $IDLE_SECONDS idle seconds
# then stops the app; with several runs, a last line gives the medians. Usage (from the repository root):
#   src/test/scripts/startup_rss.sh [runs]
# Environment: JAVA (default: java on the PATH; e.g. a JDK 25 java, with an archive written by that JDK);
# APP_DIR (target/quarkus-app); JAVA_OPTS (default: the archive and the argument file src/main/jvm/jvm.options, or
# PRUNELAB_JVM_OPTIONS; set it empty for none); PORT (8097);
# LESSON (magnitude-pruning); IDLE_SECONDS (10).
set -euo pipefail
runs=${1:-1}
app_dir=${APP_DIR:-target/quarkus-app}
port=${PORT:-8097}
lesson=${LESSON:-magnitude-pruning}
idle=${IDLE_SECONDS:-10}
options_file=${PRUNELAB_JVM_OPTIONS:-$(dirname "$0")/../../main/jvm/jvm.options}
java_opts=${JAVA_OPTS--XX:SharedArchiveFile=$app_dir/app-cds.jsa @$options_file}
url="http://127.0.0.1:$port/learn/$lesson"
results=$(mktemp /tmp/prunelab-startup-results.XXXXXX)
trap 'rm -f "$results"' EXIT

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }

for run in $(seq 1 "$runs"); do
  work=$(mktemp -d /tmp/prunelab-startup.XXXXXX)
  launched=$EPOCHREALTIME
  # shellcheck disable=SC2086 # the options are a list of words
  PRUNELAB_DATA_DIR="$work/data" "${JAVA:-java}" $java_opts -Dquarkus.http.port="$port" -jar "$app_dir/quarkus-run.jar" \
    >"$work/app.log" 2>&1 &
  app=$!
  # Wait for the "Listening" log line, looking every 100 ms with one grep: cheap, so that the measuring does not take
  # CPU from the app it measures (an earlier version polled with curl every 50 ms and added about 1.5 s).
  for _ in $(seq 1 1800); do   # up to 3 minutes
    if ! kill -0 "$app" 2>/dev/null; then echo "the app exited; see $work/app.log"; exit 1; fi
    if grep -q 'Listening on' "$work/app.log"; then break; fi
    sleep 0.1
  done
  answered=""
  for _ in $(seq 1 100); do   # then the first lesson page, every 100 ms for up to 10 s
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; then
      answered=$EPOCHREALTIME
      cpu_ticks=$(awk '{print $14 + $15}' "/proc/$app/stat")
      break
    fi
    sleep 0.1
  done
  if [ -z "$answered" ]; then kill "$app"; echo "no 200 from $url within 10 s of listening; see $work/app.log"; exit 1; fi
  sleep "$idle"
  rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$app/status")
  kill "$app"; wait "$app" 2>/dev/null || true
  started=$(grep -o 'started in [0-9.]*s' "$work/app.log" | grep -o '[0-9.]*' | head -1)
  line=$(printf '%s %.2f %.2f %d' "${started:-0}" "$(echo "$answered - $launched" | bc)" \
    "$(echo "$cpu_ticks / $(getconf CLK_TCK)" | bc -l)" "$((rss_kb / 1024))")
  echo "$line" >>"$results"
  read -r s f c r <<<"$line"
  echo "run $run: started_in_s $s first_lesson_s $f cpu_s $c rss_mb $r"
  rm -rf "$work"
done
if [ "$runs" -gt 1 ]; then
  echo "median of $runs: started_in_s $(cut -d' ' -f1 "$results" | median) first_lesson_s $(cut -d' ' -f2 "$results" | median)" \
    "cpu_s $(cut -d' ' -f3 "$results" | median) rss_mb $(cut -d' ' -f4 "$results" | median)"
fi
