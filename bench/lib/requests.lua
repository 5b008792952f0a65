-- wrk script for the CaseBridge benchmark.
--
-- Requests come from BENCH_REQUESTS, a file with one request per line:
--   METHOD <TAB> PATH <TAB> BODY        (BODY may be empty)
-- sent round robin (each thread starts at a different line). Headers common to every request
-- come from BENCH_HEADER_1, BENCH_HEADER_2, ... ("Name: value").
--
-- Every response is inspected:
--   graphql_errors   responses whose body carries a GraphQL "errors" member
--   incomplete       responses missing any of the BENCH_REQUIRE substrings ("|"-separated),
--                    e.g. the other agencies' data while one agency hangs
--   counted          responses containing BENCH_COUNT (e.g. CIRCUIT_OPEN)
--   tally            with BENCH_TALLY=casebridge, how often each agency had each state
--                    ("SUPPORT=OK", "VITALS=TIMEOUT", ...); with BENCH_TALLY=peer, how often each
--                    agency's field held data or null ("vitalsRegistrant=null", ...)
-- done() writes wrk's figures and these counters as JSON to BENCH_OUT.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local function split(text, separator)
  local parts = {}
  if text == nil or text == "" then
    return parts
  end
  local start = 1
  while true do
    local i, j = string.find(text, separator, start, true)
    if not i then
      table.insert(parts, string.sub(text, start))
      return parts
    end
    table.insert(parts, string.sub(text, start, i - 1))
    start = j + 1
  end
end

local requests = {}
local next_request = 1
local required = {}
local count_pattern = nil

function init(args)
  local headers = {}
  local n = 1
  while true do
    local header = os.getenv("BENCH_HEADER_" .. n)
    if not header then
      break
    end
    local colon = string.find(header, ":", 1, true)
    headers[string.sub(header, 1, colon - 1)] = string.gsub(string.sub(header, colon + 1), "^%s+", "")
    n = n + 1
  end
  for line in io.lines(os.getenv("BENCH_REQUESTS")) do
    local fields = split(line, "\t")
    local body = fields[3]
    if body == "" then
      body = nil
    end
    table.insert(requests, wrk.format(fields[1], fields[2], headers, body))
  end
  if #requests == 0 then
    error("no requests in " .. tostring(os.getenv("BENCH_REQUESTS")))
  end
  next_request = (id * 7919) % #requests + 1
  required = split(os.getenv("BENCH_REQUIRE"), "|")
  count_pattern = os.getenv("BENCH_COUNT")
  if count_pattern == "" then
    count_pattern = nil
  end
  tally_mode = os.getenv("BENCH_TALLY")
  tally = {}
  graphql_errors = 0
  incomplete = 0
  counted = 0
  responses = 0
end

function request()
  local r = requests[next_request]
  next_request = next_request % #requests + 1
  return r
end

function response(status, headers, body)
  responses = responses + 1
  if string.find(body, '"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
  for _, text in ipairs(required) do
    if not string.find(body, text, 1, true) then
      incomplete = incomplete + 1
      break
    end
  end
  if count_pattern and string.find(body, count_pattern, 1, true) then
    counted = counted + 1
  end
  if tally_mode == "casebridge" then
    for source, state in string.gmatch(body, '"source":"(%u+)","state":"([%u_]+)"') do
      local key = source .. "=" .. state
      tally[key] = (tally[key] or 0) + 1
    end
  elseif tally_mode == "peer" then
    for _, field in ipairs({ "supportMember", "welfarePerson", "vitalsRegistrant", "locateRecords" }) do
      local key = field .. (string.find(body, '"' .. field .. '":{', 1, true) and "=data" or "=null")
      tally[key] = (tally[key] or 0) + 1
    end
  end
end

function done(summary, latency, requests)
  local totals = { graphql_errors = 0, incomplete = 0, counted = 0, responses = 0 }
  local tallies = {}
  for _, thread in ipairs(threads) do
    for key, _ in pairs(totals) do
      totals[key] = totals[key] + (thread:get(key) or 0)
    end
    for key, n in pairs(thread:get("tally") or {}) do
      tallies[key] = (tallies[key] or 0) + n
    end
  end
  local t = {}
  for key, n in pairs(tallies) do
    table.insert(t, string.format('"%s": %d', key, n))
  end
  table.sort(t)
  local p = {}
  for _, q in ipairs({ 50, 75, 90, 99, 99.9 }) do
    table.insert(p, string.format('"%s": %.3f', tostring(q), latency:percentile(q) / 1000))
  end
  local e = summary.errors
  local out = io.open(os.getenv("BENCH_OUT"), "w")
  out:write(string.format(
    '{"requests": %d, "duration_s": %.3f, "bytes": %d, "rps": %.2f, ' ..
    '"latency_ms": {"min": %.3f, "mean": %.3f, "stdev": %.3f, "max": %.3f, "percentiles": {%s}}, ' ..
    '"socket_errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d}, "non_2xx": %d, ' ..
    '"responses": %d, "graphql_errors": %d, "incomplete": %d, "counted": %d, "tally": {%s}}\n',
    summary.requests, summary.duration / 1e6, summary.bytes, summary.requests / (summary.duration / 1e6),
    latency.min / 1000, latency.mean / 1000, latency.stdev / 1000, latency.max / 1000, table.concat(p, ", "),
    e.connect, e.read, e.write, e.timeout, e.status,
    totals.responses, totals.graphql_errors, totals.incomplete, totals.counted, table.concat(t, ", ")))
  out:close()
end
