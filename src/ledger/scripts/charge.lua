-- Counts a post's estimated X cost against its account's monthly budget, once per post (docs/operator.md, "The X bill").
-- KEYS: the account's spend this month (micro-dollars), the posts counted in it (a set; same slot on a cluster).
-- ARGV: cost (micro-dollars), budget (micro-dollars, -1 for none), keys' time to live (s), post id,
-- approved (1 when the operator approved it over the budget).
-- A post already counted (an earlier attempt) is not counted again; a post the operator approved over the
-- budget is counted and sent. Over the budget: nothing is counted and the caller holds the post.
local spent = tonumber(redis.call('GET', KEYS[1]) or '0')
if redis.call('SISMEMBER', KEYS[2], ARGV[4]) == 1 then return {'counted', spent} end
local cost = tonumber(ARGV[1])
local budget = tonumber(ARGV[2])
if budget >= 0 and ARGV[5] ~= '1' and spent + cost > budget then return {'over', spent} end
spent = redis.call('INCRBY', KEYS[1], cost)
redis.call('SADD', KEYS[2], ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[3])
return {'ok', spent}
