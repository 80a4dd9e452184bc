-- Replaces the text of a post that has not gone out (scheduled, draft, held or failed) — docs/operator.md.
-- KEYS: post. ARGV: now, parts (JSON).
-- One step with `begin`'s check: a post already being sent keeps what it is sending.
local state = redis.call('HGET', KEYS[1], 'state')
if state ~= 'scheduled' and state ~= 'draft' and state ~= 'held' and state ~= 'failed' then return state or 'missing' end
if tonumber(redis.call('HGET', KEYS[1], 'doneCount') or '0') > 0 then return 'partly-published' end
redis.call('HSET', KEYS[1], 'parts', ARGV[2], 'edited', '1', 'updatedAt', ARGV[1])
return state
