-- Read-modify-write of one feed in one step, so a concurrent `feed rm` is never undone by a poll finishing (the
-- feed is only updated if it still exists) and two updates never lose each other.
-- KEYS: feeds hash. ARGV: feed id, JSON object of fields to set (null removes a field; "increment" adds one).
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return false end
local feed = cjson.decode(raw)
for k, v in pairs(cjson.decode(ARGV[2])) do
  if v == cjson.null then feed[k] = nil
  elseif v == 'increment' then feed[k] = (tonumber(feed[k]) or 0) + 1
  else feed[k] = v end
end
local out = cjson.encode(feed)
redis.call('HSET', KEYS[1], ARGV[1], out)
return out
