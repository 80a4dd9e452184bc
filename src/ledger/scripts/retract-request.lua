-- Asks for a published post to be taken down (docs/operator.md, "Retract").
-- KEYS: published post, retraction. ARGV: now.
-- Answers 'requested' (a retract job is due), 'retracting' (one is under way: make sure its job exists),
-- 'retracted' (nothing to do), or 'not-published'.
if redis.call('EXISTS', KEYS[1]) == 0 then return 'not-published' end
local state = redis.call('HGET', KEYS[2], 'state')
if state == 'retracted' or state == 'retracting' then return state end
redis.call('HSET', KEYS[2], 'state', 'retracting', 'requestedAt', ARGV[1], 'lastError', '')
redis.call('HSETNX', KEYS[2], 'deleted', 0)
redis.call('HSETNX', KEYS[2], 'attempts', 0)
return 'requested'
