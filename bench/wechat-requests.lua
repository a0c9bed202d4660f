-- wrk script: POST WeChat callbacks read from a file, one "PATH<TAB>BODY" per line, each thread from its own offset.
local requests = {}
local counter = 0
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    local tab = line:find("\t", 1, true)
    requests[#requests + 1] = { line:sub(1, tab - 1), line:sub(tab + 1) }
  end
  counter = math.floor((id or 0) * #requests / tonumber(args[2] or "2"))
end

function request()
  counter = counter + 1
  local r = requests[(counter % #requests) + 1]
  return wrk.format("POST", r[1], { ["Content-Type"] = "text/xml" }, r[2])
end
