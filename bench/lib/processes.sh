# Sourced by bench/run: starting, watching and stopping the processes a run needs (the simulated
# agencies, the demo authorization server, the CaseBridge gateway and Hive Gateway), each pinned to
# its cores, and the agencies' behaviour between scenarios.

# ---------------------------------------------------------------------------------------------
# Processes: each is started in its own process group, so stopping it stops its children too.
GROUPS_STARTED=()
stop_all() {
  local code=$?
  trap - EXIT INT TERM
  local group job
  for job in $(jobs -p); do
    kill "$job" 2>/dev/null || true
  done
  for group in "${GROUPS_STARTED[@]}"; do
    kill -TERM -- "-$group" 2>/dev/null || true
  done
  for group in "${GROUPS_STARTED[@]}"; do
    for _ in $(seq 1 50); do
      kill -0 -- "-$group" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$group" 2>/dev/null || true
  done
  exit "$code"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# start <name> <cpus> <command...>: runs in the background, pinned, logging to .work/logs/<name>.log;
# sets STARTED_PID (also its process group id).
start() {
  local name=$1 cpus=$2
  shift 2
  setsid taskset -c "$cpus" "$@" >"$WORK/logs/$name.log" 2>&1 &
  STARTED_PID=$!
  GROUPS_STARTED+=("$STARTED_PID")
}

now_ms() { date +%s%3N; }

secret() { head -c 48 /dev/urandom | base64 | tr -d '/+=' | head -c 40; }

pause() {
  sleep "$1" &
  wait $!
}

# wait_ready <name> <pid> <url> <seconds>: polls until the URL answers 200.
wait_ready() {
  local name=$1 pid=$2 url=$3 seconds=$4
  local deadline=$(($(now_ms) + seconds * 1000))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null) == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || die "$name exited while starting; see bench/.work/logs/$name.log"
    (($(now_ms) < deadline)) || die "$name not ready after ${seconds}s; see bench/.work/logs/$name.log"
    sleep 0.05
  done
}

rss_kb() {
  local total=0 pid kb
  for pid in $(pgrep -g "$1"); do
    kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
    total=$((total + ${kb:-0}))
  done
  echo "$total"
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# ---------------------------------------------------------------------------------------------
prepare() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v hey >/dev/null || missing+=(hey)
  command -v gnuplot >/dev/null || missing+=(gnuplot-nox)
  command -v taskset >/dev/null || missing+=(util-linux)
  command -v curl >/dev/null || missing+=(curl)
  if ((${#missing[@]})); then
    log "installing ${missing[*]} from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  command -v node >/dev/null || die "Node.js 20+ is needed for the peer gateway and the report"
  # always from the working tree: a jar left from an earlier build would be measured under
  # the current commit's name
  if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    log "building the gateway and the demo (mvn -B -q -DskipTests package)"
    (cd "$ROOT" && mvn -B -q -DskipTests package)
  fi
  # the production jar, measured as deployed; the demo's jar brings the simulator and the identity provider
  JAR=$(ls "$ROOT"/gateway/target/gateway-*-exec.jar 2>/dev/null | head -n 1 || true)
  [[ -n "$JAR" ]] || die "no gateway jar; run without BENCH_SKIP_BUILD=1"
  DEMO_JAR=$(ls "$ROOT"/demo/target/demo-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
  [[ -n "$DEMO_JAR" ]] || die "no demo jar; run without BENCH_SKIP_BUILD=1"
  if [[ "$WITH_PEER" == 1 ]]; then
    if [[ ! -f "$PEER/node_modules/.package-lock.json" || "$PEER/package-lock.json" -nt "$PEER/node_modules/.package-lock.json" ]]; then
      log "installing the peer gateway (npm ci in bench/peer)"
      (cd "$PEER" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  fi
  rm -rf "$WORK"
  mkdir -p "$WORK/logs" "$WORK/runs" "$WORK/requests" "$WORK/peer" "$WORK/gateway"
  CPU_COUNT=$(nproc)
  ((CPU_COUNT >= 2)) || log "only $CPU_COUNT core: pinning gives no isolation"
}

# Sets DATABASE and DATABASE_ARGS: PostgreSQL (a fresh database, $BENCH_DATABASE) when the jar
# carries its driver and the server answers, else the gateway's embedded default.
database_args() {
  DATABASE=embedded
  DATABASE_ARGS=()
  if unzip -Z1 "$JAR" 'BOOT-INF/lib/postgresql-*' >/dev/null 2>&1; then
    if pg_isready -q -h 127.0.0.1 2>/dev/null; then
      psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $BENCH_DATABASE" >/dev/null
      psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $BENCH_DATABASE" >/dev/null
      DATABASE=postgresql
      DATABASE_ARGS=(--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$BENCH_DATABASE
        --spring.datasource.username=postgres --spring.datasource.password=)
      return
    fi
    log "PostgreSQL is not answering on 127.0.0.1:5432: the gateway keeps its embedded database"
  fi
}

start_simulator() {
  log "starting the simulated agencies on $PORT_BASE-$((PORT_BASE + 4)) (cores $LOAD_CPUS)"
  # the simulator from the demo jar's libraries, with locate's rate limit lifted
  unzip -q -o -j "$DEMO_JAR" 'BOOT-INF/lib/*' -d "$WORK/lib"
  local flags=(--seed "${BENCH_SEED:-20261101}" --host 127.0.0.1 --port-base "$PORT_BASE" --locate-rate 0)
  # the gateway's connector settings for these agencies, as the demo and the tests wire them
  # (org.casebridge.simulator.GatewayWiring: one --name=value argument per line)
  # shellcheck disable=SC2086
  mapfile -t CONNECTOR_ARGS < <(java -cp "$WORK/lib/*" org.casebridge.simulator.GatewayWiring "${flags[@]}" ${BENCH_SIMULATOR_ARGS:-})
  ((${#CONNECTOR_ARGS[@]})) || die "the simulator printed no connector settings"
  # shellcheck disable=SC2086
  start simulator "$LOAD_CPUS" java -Xmx1g -cp "$WORK/lib/*" org.casebridge.simulator.Simulator \
    "${flags[@]}" ${BENCH_SIMULATOR_ARGS:-}
  SIMULATOR_PID=$STARTED_PID
  wait_ready simulator "$SIMULATOR_PID" "$CONTROL/agencies" 120
}

start_auth_server() {
  local jar=${BENCH_AUTH_JAR:-$DEMO_JAR}
  unzip -Z1 "$jar" 'BOOT-INF/classes/org/casebridge/demo/authserver/DemoAuthorizationServer.class' >/dev/null 2>&1 ||
    die "no demo authorization server in $jar: build one that has it and pass BENCH_AUTH_JAR"
  log "starting the demo authorization server on $AUTH_PORT (cores $LOAD_CPUS)"
  start authserver "$LOAD_CPUS" java -Xmx256m -Dloader.main=org.casebridge.demo.authserver.DemoAuthorizationServer \
    -cp "$jar" "$BOOT_LAUNCHER" --server.port="$AUTH_PORT" --casebridge.demo.authserver.issuer="$ISSUER" \
    --casebridge.demo.authserver.gateway-uri="$GATEWAY"
  AUTH_PID=$STARTED_PID
  wait_ready authserver "$AUTH_PID" "$ISSUER/.well-known/openid-configuration" 120
}

start_gateway() {
  local args=(
    --spring.profiles.active=production
    --server.address=127.0.0.1 --server.port="$GATEWAY_PORT"
    # the production profile serves health and metrics on a management port of their own
    --management.server.address=127.0.0.1 --management.server.port="$MANAGEMENT_PORT"
    --spring.security.oauth2.resourceserver.jwt.issuer-uri="$ISSUER"
    --casebridge.data-dir="$WORK/gateway"
    --casebridge.handles.secret="$(secret)"
    --casebridge.audit.criteria-key="$(secret)"
    "${CONNECTOR_ARGS[@]}"
    # the rate limits still count every operation in Redis, but no benchmark load reaches them:
    # what is measured is the gateway, not the limit (the fairness scenario measures admission)
    --casebridge.api.rate-limits.per-user=1000000000 --casebridge.api.rate-limits.per-client=1000000000
    --casebridge.api.rate-limits.key-prefix="casebridge-bench-$$:"
  )
  # production time limits (2 s), unless the agency scenario 3 makes hang is given another
  if [[ -n "${BENCH_TIME_LIMIT_MS:-}" ]]; then
    args+=(--resilience4j.timelimiter.instances."$HANG_AGENCY".timeout-duration="${LIMIT_MS}ms"
      --casebridge.connectors."$HANG_AGENCY".response-timeout="${LIMIT_MS}ms")
  fi
  database_args
  args+=("${DATABASE_ARGS[@]}")
  local java_opts=($GATEWAY_JAVA_OPTS)
  if [[ "$JFR" == 1 ]]; then
    java_opts+=(-XX:NativeMemoryTracking=summary)
  fi
  log "starting the CaseBridge gateway on $GATEWAY_PORT (cores $GATEWAY_CPUS, database: $DATABASE)"
  local started
  started=$(now_ms)
  start gateway "$GATEWAY_CPUS" env MALLOC_ARENA_MAX="$MALLOC_ARENAS" java "${java_opts[@]}" -jar "$JAR" "${args[@]}" \
    ${BENCH_GATEWAY_ARGS:-}
  GATEWAY_PID=$STARTED_PID
  wait_ready gateway "$GATEWAY_PID" "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" "${BENCH_GATEWAY_READY_S:-180}"
  GATEWAY_STARTUP_MS=$(($(now_ms) - started))
  pause 2
  GATEWAY_RSS_REST_KB=$(rss_kb "$GATEWAY_PID")
  log "gateway ready in ${GATEWAY_STARTUP_MS} ms, RSS at rest $((GATEWAY_RSS_REST_KB / 1024)) MiB"
}

start_peer() {
  log "composing the peer's supergraph over the same agencies"
  (cd "$PEER" && BENCH_PORT_BASE=$PORT_BASE node_modules/.bin/mesh-compose \
    -o "$WORK/peer/supergraph.graphql" >"$WORK/logs/peer-compose.log" 2>&1) ||
    die "composition failed; see bench/.work/logs/peer-compose.log"
  log "starting Hive Gateway on $PEER_PORT (cores $GATEWAY_CPUS)"
  local started
  started=$(now_ms)
  cd "$PEER"
  NODE_ENV=production BENCH_PORT_BASE=$PORT_BASE BENCH_ISSUER=$ISSUER BENCH_PEER_PORT=$PEER_PORT \
    BENCH_HANG_AGENCY=$HANG_AGENCY BENCH_HANG_TIMEOUT_MS=$LIMIT_MS BENCH_WELFARE_CLIENT=$WELFARE_CLIENT \
    BENCH_SUPERGRAPH=$WORK/peer/supergraph.graphql \
    start peer "$GATEWAY_CPUS" node node_modules/.bin/hive-gateway supergraph \
    "$WORK/peer/supergraph.graphql" --host 127.0.0.1 --port "$PEER_PORT"
  cd "$ROOT"
  PEER_PID=$STARTED_PID
  wait_ready peer "$PEER_PID" "$PEER_URL/readiness" 120
  PEER_STARTUP_MS=$(($(now_ms) - started))
  pause 2
  PEER_RSS_REST_KB=$(rss_kb "$PEER_PID")
  log "peer ready in ${PEER_STARTUP_MS} ms, RSS at rest $((PEER_RSS_REST_KB / 1024)) MiB"
}

token() {
  token_of demo-integrator
}

token_of() { # token_of <demo service client>
  curl -sf -u "$1:demo-secret" -d grant_type=client_credentials "$ISSUER/oauth2/token" |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

welfare_token() {
  curl -sf -u "$WELFARE_CLIENT" -d grant_type=client_credentials "http://127.0.0.1:$((PORT_BASE + 2))/oauth/token" |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

behave() { # behave <agency> <mode> <latencyMs>
  curl -sf -X PUT "$CONTROL/agencies/$1/behaviour" -H 'Content-Type: application/json' \
    -d "{\"mode\":\"$2\",\"latencyMs\":$3}" >/dev/null || die "the simulator refused $2 for $1"
}

all_agencies_slow() {
  local agency
  for agency in "${AGENCIES[@]}"; do behave "$agency" SLOW "$LATENCY_MS"; done
}
