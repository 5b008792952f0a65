# Sourced by bench/run: the scenarios, in the order they run. A scenario is selected with
# BENCH_SCENARIOS; each records its runs with `load` or `baseline` (lib/load.sh).

targets() {
  echo casebridge
  [[ "$WITH_PEER" == 1 ]] && echo peer
  return 0
}

scenario_wanted() { [[ " $SCENARIOS " == *" $1 "* ]]; }

scenarios() {
  local c target
  for target in $(targets); do
    jit_warmup "$target"
  done
  if [[ "$JFR" == 1 ]]; then
    # from here on: the runs, not the start-up
    jcmd "$GATEWAY_PID" JFR.start name=bench settings=profile >/dev/null
  fi
  # 1. person view over four agencies
  for c in $(scenario_wanted view && echo "$CONNECTIONS"); do
    baseline "baseline-view-c$c" view "$c" view
    for target in $(targets); do
      load "$target-view-c$c" view "$target" "$c" BENCH_REQUIRE="$(require_others "$target" none)"
    done
  done
  # 2. person search
  if scenario_wanted search; then
    baseline "baseline-search-c$LOAD_CONNECTIONS" search "$LOAD_CONNECTIONS" search
    for target in $(targets); do
      load "$target-search-c$LOAD_CONNECTIONS" search "$target" "$LOAD_CONNECTIONS"
    done
  fi
  scenario_wanted fairness && fairness
  scenario_wanted alerts && alerts
  scenario_wanted failures || return 0
  # 3. one agency hanging
  behave "$HANG_AGENCY" HANG 0
  for target in $(targets); do
    load "$target-hang-c$LOAD_CONNECTIONS" hang "$target" "$LOAD_CONNECTIONS" \
      BENCH_REQUIRE="$(require_others "$target" "$HANG_AGENCY")" BENCH_COUNT=TIMEOUT
  done
  behave "$HANG_AGENCY" SLOW "$LATENCY_MS"
  # 4. one agency failing fast: HTTP 500, then connection resets
  local mode label
  for mode in ERROR_500 RESET; do
    behave "$FAIL_AGENCY" "$mode" 0
    label=$(echo "$mode" | tr 'A-Z_' 'a-z-')
    for target in $(targets); do
      load "$target-fail-$label-c$LOAD_CONNECTIONS" "fail-$label" "$target" "$LOAD_CONNECTIONS" \
        BENCH_REQUIRE="$(require_others "$target" "$FAIL_AGENCY")" BENCH_COUNT=CIRCUIT_OPEN
    done
  done
  behave "$FAIL_AGENCY" SLOW "$LATENCY_MS"
}

# 5. Fairness: one caller (a support worker's service client) asks for person views on one
# connection, alone and then while another caller (the integrator) floods the gateway with
# FAIR_FLOOD_CONNECTIONS connections of the same views. Admission serves the callers in turns, so
# the support worker's p99 should stay within 1.5x of its unloaded value. Figures go to
# fairness.json beside the results, and to the log.
fairness() {
  local requests=$WORK/requests/casebridge-view.tsv dir=$WORK/fairness
  mkdir -p "$dir"
  local worker flood
  worker=$(token_of support-worker) || die "no token for the support worker's client"
  flood=$(token) || die "no token from the authorization server"
  local worker_headers=(BENCH_HEADER_1="Content-Type: application/json" BENCH_HEADER_2="Authorization: Bearer $worker")
  local flood_headers=(BENCH_HEADER_1="Content-Type: application/json" BENCH_HEADER_2="Authorization: Bearer $flood")
  ready_to_measure casebridge none
  log "fairness: the support worker alone, warm-up $WARMUP, then $DURATION at 1 connection"
  wrk_run "$dir/warmup.json" 1 "$WARMUP" 1 "$requests" "$GATEWAY" "${worker_headers[@]}"
  wrk_run "$dir/alone.json" 1 "$DURATION" 1 "$requests" "$GATEWAY" "${worker_headers[@]}"
  ready_to_measure casebridge none
  local seconds=${DURATION%s} warm=${WARMUP%s}
  log "fairness: the integrator floods with $FAIR_FLOOD_CONNECTIONS connections; the support worker beside it"
  env BENCH_REQUESTS="$requests" BENCH_OUT="$dir/flood.json" "${flood_headers[@]}" \
    taskset -c "$LOAD_CPUS" wrk -t2 -c"$FAIR_FLOOD_CONNECTIONS" -d"$((seconds + 2 * warm + 2))s" --timeout 10s \
    -s "$LIB/requests.lua" "$GATEWAY" >"$dir/flood.txt" 2>&1 &
  local flooding=$!
  pause "$warm"
  wrk_run "$dir/warmup-beside.json" 1 "$WARMUP" 1 "$requests" "$GATEWAY" "${worker_headers[@]}"
  wrk_run "$dir/beside.json" 1 "$DURATION" 1 "$requests" "$GATEWAY" "${worker_headers[@]}"
  wait "$flooding" || die "the flooding wrk failed; see $dir/flood.txt"
  FLOOD_CONNECTIONS=$FAIR_FLOOD_CONNECTIONS node -e '
    const fs = require("fs");
    const [dir, out] = process.argv.slice(1);
    const read = (name) => JSON.parse(fs.readFileSync(`${dir}/${name}.json`, "utf8"));
    const alone = read("alone"), beside = read("beside"), flood = read("flood");
    const p = (run) => run.latency_ms.percentiles;
    const result = {
      alone: { rps: alone.rps, p50_ms: p(alone)["50"], p99_ms: p(alone)["99"], non_2xx: alone.non_2xx, graphql_errors: alone.graphql_errors },
      beside: { rps: beside.rps, p50_ms: p(beside)["50"], p99_ms: p(beside)["99"], non_2xx: beside.non_2xx, graphql_errors: beside.graphql_errors },
      flood: { connections: Number(process.env.FLOOD_CONNECTIONS), rps: flood.rps, p99_ms: p(flood)["99"], non_2xx: flood.non_2xx },
    };
    result.p99_ratio = Math.round(result.beside.p99_ms / result.alone.p99_ms * 100) / 100;
    result.met = result.p99_ratio <= 1.5;
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(`${out}/fairness.json`, JSON.stringify(result, null, 2) + "\n");
    console.log(JSON.stringify(result));
  ' "$dir" "$RESULTS" | while read -r line; do log "fairness: $line"; done
}

# 6. Alerts: the time from an agency recording a change to the alert it raised reaching a live
# subscriber, while the simulator replays its population's history at ALERT_PACE changes a second
# and ALERT_VIEW_CALLERS callers ask for person views beside it. Runs the gateway's
# AlertLatencyBenchmark (its own gateway, simulator and PostgreSQL database, over real HTTP and
# graphql-ws, on this machine); the gateways started above stay idle meanwhile. Figures go to
# alerts.json beside the results, and to the log; the target is p95 <= 2 s.
alerts() {
  if [[ "$DATABASE" != postgresql ]]; then
    log "alerts: skipped, the change inbox needs PostgreSQL on 127.0.0.1:5432"
    return 0
  fi
  local out=$WORK/alerts.txt
  log "alerts: $ALERT_PACE changes/s for $ALERT_RUN, $ALERT_VIEW_CALLERS person-view callers beside it"
  (cd "$ROOT" && mvn -B -q -pl gateway -am test -Dtest=AlertLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dpace="$ALERT_PACE" -Drun="$ALERT_RUN" -Dviews="$ALERT_VIEW_CALLERS") >"$out" 2>&1 ||
    die "the alert benchmark failed; see $out"
  node -e '
    const fs = require("fs");
    const [file, out] = process.argv.slice(1);
    const text = fs.readFileSync(file, "utf8");
    const grab = (re) => { const m = text.match(re); if (!m) throw new Error("no " + re + " in " + file); return m; };
    const a = grab(/changes announced (\d+) in (\d+) s \(([\d.]+)\/s\); alerts received (\d+); still pending (\d+)/);
    const l = grab(/alert received \(ms\): p50 (\d+)  p95 (\d+)  p99 (\d+)  max (\d+)/);
    const v = text.match(/person views beside it: (\d+) callers, (\d+) answered \(([\d.]+)\/s\), (\d+) failed; \(ms\) p50 (\d+)  p95 (\d+)  p99 (\d+)/);
    const result = {
      changes: Number(a[1]), seconds: Number(a[2]), changes_per_s: Number(a[3]), alerts_received: Number(a[4]), pending: Number(a[5]),
      change_to_alert_ms: { p50: Number(l[1]), p95: Number(l[2]), p99: Number(l[3]), max: Number(l[4]) },
      person_views: v ? { callers: Number(v[1]), answered: Number(v[2]), per_s: Number(v[3]), failed: Number(v[4]),
        p50_ms: Number(v[5]), p95_ms: Number(v[6]), p99_ms: Number(v[7]) } : null,
    };
    result.met = result.change_to_alert_ms.p95 <= 2000 && result.pending === 0;
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(`${out}/alerts.json`, JSON.stringify(result, null, 2) + "\n");
    console.log(JSON.stringify(result));
  ' "$out" "$RESULTS" | while read -r line; do log "alerts: $line"; done
}
