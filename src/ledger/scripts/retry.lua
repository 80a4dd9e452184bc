-- Puts a failed post back in line; published posts are never re-posted.
-- KEYS: post, published post. ARGV: now, dueAt.
if redis.call('EXISTS', KEYS[2]) == 1 then return 'published' end
local state = redis.call('HGET', KEYS[1], 'state')
if state ~= 'failed' then return state or 'missing' end
redis.call('HSET', KEYS[1], 'state', 'scheduled', 'updatedAt', ARGV[1], 'dueAt', ARGV[2], 'slot', '0')
return 'scheduled'
