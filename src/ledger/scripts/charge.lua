-- Counts a post's estimated X cost against its account's monthly budget, once per post (docs/operator.md, "The X bill").
-- KEYS: the account's spend this month (micro-dollars), post. ARGV: cost (micro-dollars), budget (micro-dollars,
-- -1 for none), key's time to live (s).
-- A post already counted (an earlier attempt) is not counted again; a post the operator approved over the
-- budget is counted and sent. Over the budget: nothing is counted and the caller holds the post.
local f = redis.call('HMGET', KEYS[2], 'billed', 'approved')
local spent = tonumber(redis.call('GET', KEYS[1]) or '0')
if f[1] == '1' then return {'counted', spent} end
local cost = tonumber(ARGV[1])
local budget = tonumber(ARGV[2])
if budget >= 0 and f[2] ~= '1' and spent + cost > budget then return {'over', spent} end
spent = redis.call('INCRBY', KEYS[1], cost)
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('HSET', KEYS[2], 'billed', '1')
return {'ok', spent}
