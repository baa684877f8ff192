-- wrk script: single customer answers through POST /api/v1/feedback, each with a new externalId, as a point of
-- sale sends them one by one. The token comes from the environment: API_TOKEN=... wrk -s load/wrk/singles.lua URL
local counter = 0
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  prefix = "wrk-" .. os.time() .. "-" .. math.random(1, 1000000000) .. "-" .. id .. "-"
  token = os.getenv("API_TOKEN")
end

request = function()
  counter = counter + 1
  local body = '{"branch":"HN01","nps":' .. (counter % 11) .. ',"csat":' .. (1 + counter % 5) .. ',"ces":'
    .. (1 + counter % 7) .. ',"touchpoint":"treatment","comment":"wrk ' .. counter .. '","externalId":"'
    .. prefix .. counter .. '"}'
  return wrk.format("POST", "/api/v1/feedback",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end
