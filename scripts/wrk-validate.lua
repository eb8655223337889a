-- wrk script of scripts/bench-serve.sh: POST /v1/tenants/bench/licenses/validate
-- for a random license of the benchmark database, with a fresh nonce, as a
-- vendor's back end does with a validator API key.
-- BENCH_KEYS: a file of license keys, one per line; BENCH_API_KEY: the key.

local keys = {}
for line in io.lines(os.getenv("BENCH_KEYS")) do
  keys[#keys + 1] = line
end
local api_key = os.getenv("BENCH_API_KEY")

-- BENCH_SEQUENTIAL=1: each of two threads walks its half of the keys in
-- order (and around again), so that a short run validates each license at
-- most once, and a long one every license.
local sequential = os.getenv("BENCH_SEQUENTIAL") == "1"
local next_index, step = 1, 1

setup = function(thread)
  thread_count = (thread_count or 0) + 1
  thread:set("first", thread_count)
end

init = function(args)
  next_index = first or 1
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. api_key

request = function()
  local key
  if sequential then
    key = keys[((next_index - 1) % #keys) + 1]
    next_index = next_index + 2
  else
    key = keys[math.random(#keys)]
  end
  local body = '{"key":"' .. key .. '","nonce":"n' .. math.random(1000000000) .. '"}'
  return wrk.format(nil, nil, nil, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, errors, summary.errors.status))
end
