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
