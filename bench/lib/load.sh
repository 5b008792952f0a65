# Sourced by bench/run: replaying requests with wrk against a gateway or the agencies directly,
# and getting a gateway ready before each measurement (JIT warm-up, circuits closed).

# ---------------------------------------------------------------------------------------------
# wrk_run <out.json> <connections> <duration> <threads> <requests-file> <url> [env assignments...]
wrk_run() {
  local out=$1 connections=$2 duration=$3 threads=$4 requests=$5 url=$6
  shift 6
  env BENCH_REQUESTS="$requests" BENCH_OUT="$out" "$@" \
    taskset -c "$LOAD_CPUS" wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s \
    -s "$LIB/requests.lua" "$url" >"${out%.json}.txt" 2>&1 &
  # in the background, so that Ctrl-C or TERM stops the run at once
  wait $! || die "wrk failed; see ${out%.json}.txt"
}

meta() { # meta <label> key=value...: the run's description, for the report
  local label=$1
  shift
  local pairs=() kv
  for kv in "$@"; do pairs+=("\"${kv%%=*}\": \"${kv#*=}\""); done
  (IFS=,; echo "{${pairs[*]}}") >"$WORK/runs/$label.meta.json"
}

# load <label> <scenario> <target> <connections> [env assignments for requests.lua...]
load() {
  local label=$1 scenario=$2 target=$3 connections=$4
  shift 4
  local url pid requests token_value
  case "$target" in
    casebridge) url=$GATEWAY pid=$GATEWAY_PID ;;
    peer) url=$PEER_URL pid=$PEER_PID ;;
  esac
  requests=$WORK/requests/$target-${scenario%%-*}.tsv
  [[ "$scenario" == view* || "$scenario" == hang* || "$scenario" == fail* ]] && requests=$WORK/requests/$target-view.tsv
  token_value=$(token) || die "no token from the authorization server"
  local headers=(BENCH_HEADER_1="Content-Type: application/json" BENCH_HEADER_2="Authorization: Bearer $token_value"
    BENCH_TALLY="$([[ $scenario == search ]] || echo "$target")")
  local threads=$((connections < 2 ? 1 : 2))
  local failing=none
  [[ "$scenario" == hang ]] && failing=$HANG_AGENCY
  [[ "$scenario" == fail* ]] && failing=$FAIL_AGENCY
  ready_to_measure "$target" "$failing"
  log "$label: warm-up $WARMUP, then $DURATION at $connections connections"
  wrk_run "$WORK/runs/warmup.json" "$connections" "$WARMUP" "$threads" "$requests" "$url" "${headers[@]}" "$@"
  "$LIB/sample-proc" 0.5 "$WORK/runs/$label.proc.tsv" "$pid" &
  local sampler=$!
  wrk_run "$WORK/runs/$label.wrk.json" "$connections" "$DURATION" "$threads" "$requests" "$url" "${headers[@]}" "$@"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  meta "$label" scenario="$scenario" target="$target" connections="$connections" \
    load_average="$(cut -d' ' -f1 /proc/loadavg)"
}

# baseline <label> <scenario> <connections>: the four agencies hit directly and at once, each with
# the same number of connections the gateway holds to it under <connections>.
baseline() {
  local label=$1 scenario=$2 connections=$3 kind=$4
  local welfare
  welfare=$(welfare_token) || die "no token from the welfare agency"
  log "$label: the agencies directly, warm-up $WARMUP, then $DURATION at $connections connections each"
  local phase duration outdir agency offset
  for phase in warmup measured; do
    duration=$DURATION
    [[ $phase == warmup ]] && duration=$WARMUP
    local waits=()
    for offset in 1 2 3 4; do
      agency=${AGENCIES[$((offset - 1))]}
      local out=$WORK/runs/$label-$agency.wrk.json
      [[ $phase == warmup ]] && out=$WORK/runs/warmup-$agency.json
      local headers=(BENCH_HEADER_1="Accept: */*")
      case $agency in
        welfare) headers+=(BENCH_HEADER_2="Authorization: Bearer $welfare") ;;
        vitals) headers+=(BENCH_HEADER_2="Content-Type: text/xml; charset=utf-8"
          BENCH_HEADER_3="SOAPAction: \"urn:state:vitals:registry:v1/$([[ $kind == search ]] && echo SearchRegistrants || echo GetRegistrant)\"") ;;
      esac
      wrk_run "$out" "$connections" "$duration" 1 "$WORK/requests/agency-$kind-$agency.tsv" \
        "http://127.0.0.1:$((PORT_BASE + offset))" "${headers[@]}" &
      waits+=($!)
    done
    local w
    for w in "${waits[@]}"; do wait "$w" || die "a baseline run failed"; done
  done
  for agency in "${AGENCIES[@]}"; do
    meta "$label-$agency" scenario="$scenario" target="agency:$agency" connections="$connections"
  done
}

require_others() { # patterns proving the other agencies answered, for <target> with <agency> failing
  local target=$1 failing=$2 patterns=() agency
  for agency in "${AGENCIES[@]}"; do
    [[ $agency == "$failing" ]] && continue
    if [[ $target == casebridge ]]; then
      patterns+=("\"source\":\"${agency^^}\",\"state\":\"OK\"")
    else
      case $agency in
        support) patterns+=('"supportMember":{') ;;
        welfare) patterns+=('"welfarePerson":{') ;;
        vitals) patterns+=('"vitalsRegistrant":{') ;;
        locate) patterns+=('"locateRecords":{') ;;
      esac
    fi
  done
  (IFS='|'; echo "${patterns[*]}")
}

# ready_to_measure <target> [failing agency]: waits (at most 45 s: longer than a circuit breaker's
# open state) until one person view answers with every agency's data (but the failing one's), so that one run's after-effects (open
# circuits) do not spill into the next. Logs how long it waited.
ready_to_measure() {
  local target=$1 failing=${2:-none} url requests body token_value started patterns ok pattern answer
  case "$target" in
    casebridge) url=$GATEWAY ;;
    peer) url=$PEER_URL ;;
  esac
  requests=$WORK/requests/$target-view.tsv
  body=$(head -n 1 "$requests" | cut -f3)
  patterns=$(require_others "$target" "$failing")
  token_value=$(token)
  started=$(now_ms)
  while true; do
    answer=$(curl -s "$url/graphql" -H "Authorization: Bearer $token_value" -H 'Content-Type: application/json' \
      --data-binary "$body" || true)
    ok=1
    IFS='|' read -r -a wanted <<<"$patterns"
    for pattern in "${wanted[@]}"; do
      [[ "$answer" == *"$pattern"* ]] || ok=0
    done
    ((ok)) && break
    if (($(now_ms) - started > 45000)); then
      log "$target still not answering with every agency's data after 45 s; measuring anyway"
      return
    fi
    pause 1
  done
  local waited=$(($(now_ms) - started))
  ((waited > 1500)) && log "$target answered with every agency's data after waiting $((waited / 1000)) s"
  return 0
}

# First contact: a gentle load so that the JVM compiles its hot paths before any run at full
# load (a cold gateway pinned to one core can exceed the agencies' time limit and open circuits),
# then a longer one at 16 connections: on one core the JIT compiler competes with the requests
# for minutes, and figures taken before it is done measure the compiler (both gateways get the
# same).
jit_warmup() {
  local target=$1 url token_value
  case "$target" in
    casebridge) url=$GATEWAY ;;
    peer) url=$PEER_URL ;;
  esac
  token_value=$(token)
  log "$target: first warm-up, ${JIT_WARMUP} at 4 connections"
  wrk_run "$WORK/runs/warmup.json" 4 "$JIT_WARMUP" 1 "$WORK/requests/$target-view.tsv" "$url" \
    BENCH_HEADER_1="Content-Type: application/json" BENCH_HEADER_2="Authorization: Bearer $token_value"
  ready_to_measure "$target"
  log "$target: second warm-up, ${JIT_WARMUP_LOADED} at 16 connections"
  wrk_run "$WORK/runs/warmup.json" 16 "$JIT_WARMUP_LOADED" 2 "$WORK/requests/$target-view.tsv" "$url" \
    BENCH_HEADER_1="Content-Type: application/json" BENCH_HEADER_2="Authorization: Bearer $token_value"
  ready_to_measure "$target"
}
