-- wrk script: POST /api/messages with request bodies read from a file (one JSON body per line).
-- Each thread starts at a different offset so threads don't send the same bodies.
local bodies = {}
local counter = 0
local thread_id = 0
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    bodies[#bodies + 1] = line
  end
  local n = tonumber(args[2] or "2")
  counter = math.floor((id or 0) * #bodies / n)
end

-- the admin token (BENCH_TOKEN) speaks for the many web users of the bodies, as automation may
local token = os.getenv("BENCH_TOKEN")

function request()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  local headers = { ["Content-Type"] = "application/json" }
  if token then headers["Authorization"] = "Bearer " .. token end
  return wrk.format("POST", "/api/messages", headers, body)
end
