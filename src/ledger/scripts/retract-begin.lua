-- Starts an attempt to take a published post down: takes the post's lock and counts the attempt in one step.
-- KEYS: published post, retraction, post lock. ARGV: now, lock token, lock ttl.
-- Returns the published record (its parts, to delete) and how many of the thread's last parts are gone already.
local state = redis.call('HGET', KEYS[2], 'state')
if state ~= 'retracting' then return {state or 'missing'} end
local published = redis.call('GET', KEYS[1])
if not published then return {'missing'} end
if not redis.call('SET', KEYS[3], ARGV[2], 'PX', ARGV[3], 'NX') then return {'locked'} end
redis.call('HINCRBY', KEYS[2], 'attempts', 1)
redis.call('HSET', KEYS[2], 'updatedAt', ARGV[1])
return {'go', published, redis.call('HGET', KEYS[2], 'deleted') or '0'}
