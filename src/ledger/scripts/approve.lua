-- Releases a post held for review (draft) or held back (held: the X budget) — docs/operator.md.
-- KEYS: post. ARGV: now.
-- Due at its chosen time, or at once when that time has passed. A held post approved by the operator is
-- sent even over the budget (`approved` = 1: the operator decided).
local f = redis.call('HMGET', KEYS[1], 'state', 'dueAt')
local state = f[1]
if state ~= 'draft' and state ~= 'held' then return {state or 'missing', ''} end
local due = math.max(tonumber(f[2] or '0'), tonumber(ARGV[1]))
redis.call('HSET', KEYS[1], 'state', 'scheduled', 'dueAt', due, 'updatedAt', ARGV[1], 'slot', '0')
if state == 'held' then redis.call('HSET', KEYS[1], 'approved', '1', 'lastError', '') end
return {'scheduled', tostring(due), f[2] or ''}
