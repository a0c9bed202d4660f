-- wrk script: POST each body of a file exactly once (split between threads), then stop.
local bodies = {}
local first, last, counter = 0, 0, 0
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do bodies[#bodies + 1] = line end
  local n = tonumber(args[2] or "2")
  first = math.floor(id * #bodies / n)
  last = math.floor((id + 1) * #bodies / n)
  counter = first
end

function request()
  counter = counter + 1
  if counter > last then
    wrk.thread:stop()
    return wrk.format("GET", "/healthz")
  end
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json" }, bodies[counter])
end
