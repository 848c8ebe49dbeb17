#!/usr/bin/env bash
# Writes the class archive the packaged app starts from: the classes that start-up and the first pages load, parsed,
# verified (and on JDK 25+ linked, with the method profiles of the run), so that later starts map them from the
# archive instead of loading them from the jars.
# - JDK 17-24: an AppCDS dynamic archive (-XX:ArchiveClassesAtExit).
# - JDK 25+: an AOT cache (JEP 483/514/515, -XX:AOTCacheOutput), which also links the classes and keeps profiles.
# Both are written to <app-dir>/app-cds.jsa and used the same way (-XX:SharedArchiveFile). The app is started once on
# a throwaway data directory and a free loopback port, a few pages are opened, and the JVM writes the archive as it
# exits. The Maven package phase runs this (skip it with -Dappcds.skip).
#
# Usage: src/main/scripts/appcds.sh [app-dir]          (default target/quarkus-app)
# Then:  java -XX:SharedArchiveFile=<app-dir>/app-cds.jsa … -jar <app-dir>/quarkus-run.jar
# Environment: APPCDS_JAVA (the java to use; default: java on the PATH), PRUNELAB_JVM_OPTIONS (the argument file of
# the run flags; default: src/main/jvm/jvm.options beside this script's folder).
# The archive records the jars by path, size and date, and the JDK build: it serves only this copy of the app on this
# JDK. On a mismatch the JVM says so and starts as without. The run needs the heap flags it was written with (on JDK
# 25 an initial heap too small for the archived objects stops the JVM: keep the argument file's initial heap). Never
# fails the build: without an archive the app only starts slower. If the app cannot start here (the pg profile without
# a database), the archive holds the classes loaded until it stopped.
set -uo pipefail
app_dir=$(cd "${1:-target/quarkus-app}" && pwd)
archive="$app_dir/app-cds.jsa"
# The flags the app runs with; the archive must be written with the same heap layout.
options_file=${PRUNELAB_JVM_OPTIONS:-$(dirname "$0")/../jvm/jvm.options}
if [ ! -f "$options_file" ]; then
  echo "appcds: no JVM options file at $options_file (set PRUNELAB_JVM_OPTIONS)"
  exit 0
fi
pages=(/learn/magnitude-pruning /learn / "/search?q=pruning" /lab /practice /progress /q/health/ready)

java=${APPCDS_JAVA:-java}   # the Maven build passes the JDK it runs on
java_major=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${java_major%%.*}" -ge 25 ] 2>/dev/null; then
  archive_flag="-XX:AOTCacheOutput=$archive"
else
  archive_flag="-XX:ArchiveClassesAtExit=$archive"
fi

rm -f "$archive"
work=$(mktemp -d "${TMPDIR:-/tmp}/prunelab-appcds.XXXXXX")
trap 'rm -rf "$work"' EXIT
PRUNELAB_DATA_DIR="$work/data" "$java" "$archive_flag" "@$options_file" \
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 -jar "$app_dir/quarkus-run.jar" >"$work/app.log" 2>&1 &
app=$!
base=""
for _ in $(seq 1 1500); do   # up to 5 minutes
  base=$(grep -o 'Listening on: http://127.0.0.1:[0-9]*' "$work/app.log" | sed 's/Listening on: //')
  if [ -n "$base" ] || ! kill -0 "$app" 2>/dev/null; then break; fi
  sleep 0.2
done
if [ -n "$base" ]; then
  for page in "${pages[@]}"; do
    curl -s -o /dev/null "$base$page" || true
  done
  kill "$app"
else
  # E.g. the pg profile with no database at hand: the JVM still archives what it loaded before it stopped.
  kill "$app" 2>/dev/null
  echo "appcds: the app did not start: $(grep -m1 'ERROR' "$work/app.log" | cut -c1-300)"
fi
wait "$app" 2>/dev/null
if [ ! -f "$archive" ]; then
  echo "appcds: no archive was written (the app still runs, it only starts slower)"
elif [ -n "$base" ]; then
  echo "appcds: wrote $archive ($(du -m "$archive" | cut -f1) MB)"
else
  echo "appcds: wrote $archive ($(du -m "$archive" | cut -f1) MB) with the classes loaded before the app stopped"
fi
