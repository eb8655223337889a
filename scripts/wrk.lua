-- wrk script of scripts/bench-serve.sh. With BENCH_KEYS (a file of license
-- keys, one per line) and BENCH_API_KEY: POST a validation of a random
-- license with a fresh nonce, as a vendor's back end does with a validator
-- API key. Without them: plain GETs of the URL given. Either way, one
-- parseable RESULT line at the end.

local keys = {}
local keys_file = os.getenv("BENCH_KEYS")
if keys_file then
  for line in io.lines(keys_file) do
    keys[#keys + 1] = line
  end
end
local api_key = os.getenv("BENCH_API_KEY")
-- BENCH_METER=NAME: report a usage of 1 on that meter instead of validating.
local meter = os.getenv("BENCH_METER")

-- BENCH_SEQUENTIAL=1 (with one thread, -t 1): walk the keys in order from
-- the one after the first BENCH_FROM (0 by default), and around again, so
-- that a run of N requests validates the next N licenses, each once while N
-- is at most their number (scripts/warm-up.sh).
local sequential = os.getenv("BENCH_SEQUENTIAL") == "1"
local next_index = tonumber(os.getenv("BENCH_FROM") or "0") + 1

if #keys > 0 then
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. api_key
end

local function validation()
  local key
  if sequential then
    key = keys[((next_index - 1) % #keys) + 1]
    next_index = next_index + 1
  else
    key = keys[math.random(#keys)]
  end
  local body
  if meter then
    body = '{"key":"' .. key .. '","meter":"' .. meter .. '","increment":1,"nonce":"n' .. math.random(1000000000) .. '"}'
  else
    body = '{"key":"' .. key .. '","nonce":"n' .. math.random(1000000000) .. '"}'
  end
  return wrk.format(nil, nil, nil, body)
end

if #keys > 0 then
  request = validation
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d non2xx=%d requests=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, errors, summary.errors.status, summary.requests))
end
