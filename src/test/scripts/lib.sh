# Shared by the shell scripts in this directory (source it; it defines functions only).
# Every function talks to the packaged app as a browser would: one curl cookie jar ($jar) is the browser.
# Cookies in a curl jar are not tied to a port, so one jar signed in on one instance is the same browser on another.
#
# Cookies are Secure only when a request comes over HTTPS (or the app is configured to force it), so plain http works
# against any host. Form posts carry no Origin header here, which the app accepts (a browser's would name this host).

# Whether QUARKUS_PROFILE names the pg profile (PostgreSQL).
pg_profile() { [[ ",${QUARKUS_PROFILE:-}," == *,pg,* ]]; }

# The packaged app: the H2 build in target/quarkus-app, or with the pg profile the PostgreSQL build in target/pg
# (beside it, so neither build overwrites the other). APP_DIR overrides it.
app_dir() {
  if [ -n "${APP_DIR:-}" ]; then echo "$APP_DIR"
  elif pg_profile; then echo target/pg
  else echo target/quarkus-app; fi
}

# Packages the build app_dir names; the database kind is fixed at build time. With BUILD=1 it always does, else only
# when the build is missing.
build_app() {
  if [ "${BUILD:-0}" != 1 ] && [ -f "$(app_dir)/quarkus-run.jar" ]; then return 0; fi
  if pg_profile; then ./mvnw -q -DskipTests package -Dquarkus.profile=prod,pg -Dquarkus.package.output-directory=pg -Dappcds.skip
  else ./mvnw -q -DskipTests package; fi
}

# launch_app PORT LOG: starts the app in the background on PORT and sets $app to its pid.
launch_app() {
  java -Dquarkus.http.port="$1" -jar "$(app_dir)/quarkus-run.jar" >>"$2" 2>&1 &
  app=$!
}

# await_ready PORT PID: waits (at most 2 minutes) until the app on PORT is ready; fails if PID exits first.
await_ready() {
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0
    kill -0 "$2" 2>/dev/null || break
    sleep 1
  done
  echo "app on port $1 did not start" >&2
  return 1
}

# start_app PORT LOG: launch_app, then await_ready.
start_app() {
  launch_app "$1" "$2" && await_ready "$1" "$app"
}

# csrf_token BASE PATH: the CSRF token of the first form on the page (the page also sets the CSRF cookie in $jar).
csrf_token() {
  curl -s -c "$jar" -b "$jar" "$1$2" | grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'
}

# post_form BASE PATH PAGE [name=value ...]: posts a form with the CSRF token taken from PAGE; prints the status code.
post_form() {
  local base=$1 path=$2 page=$3 token args=()
  shift 3
  token=$(csrf_token "$base" "$page")
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "csrf-token=$token" "${args[@]}" "$base$path"
}

# sign_up BASE USER: signs up through the form, keeping the session cookie in $jar; prints the status code (303).
sign_up() {
  post_form "$1" /signup /signup "username=$2" "password=correct horse battery"
}
