-- wrk script: POST /api/training/cadres, each request with a member id no other request uses.
-- wrk -t2 -c16 -d15s -s register-cadre.lua http://127.0.0.1:8081 -- <run prefix> <bearer token>
local threads = {}

function setup(thread)
  thread:set("number", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  prefix = args[1] .. "-" .. number
  token = args[2]
  count = 0
end

function request()
  count = count + 1
  local body = string.format('{"memberId":"%s-%d","name":"王芳","unionUnit":"Unit %d","unitType":"ENTERPRISE",'
      .. '"district":"WrkBench","role":"FULL_TIME","appointedOn":"2024-03-01"}', prefix, count, count % 40)
  return wrk.format("POST", "/api/training/cadres",
      { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
