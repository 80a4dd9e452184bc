-- Appends a posted part; a duplicate report of the same index is ignored.
-- KEYS: post. ARGV: index, part JSON, now.
-- A published post (no hash, or an earlier crier's published hash) takes no more parts.
local state = redis.call('HGET', KEYS[1], 'state')
if not state or state == 'published' then return -1 end
local count = tonumber(redis.call('HGET', KEYS[1], 'doneCount') or '0')
if count ~= tonumber(ARGV[1]) then return count end
redis.call('HSET', KEYS[1], 'done:' .. ARGV[1], ARGV[2], 'doneCount', count + 1, 'updatedAt', ARGV[3])
return count + 1
