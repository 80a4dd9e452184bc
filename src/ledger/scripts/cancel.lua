-- Cancels a post that has not started (scheduled, draft, held or failed).
-- KEYS: post, published post. ARGV: now.
if redis.call('EXISTS', KEYS[2]) == 1 then return {'published', '', '0'} end
local state = redis.call('HGET', KEYS[1], 'state')
if state == 'scheduled' or state == 'failed' or state == 'draft' or state == 'held' then
  redis.call('HSET', KEYS[1], 'state', 'cancelled', 'updatedAt', ARGV[1])
  return {'cancelled', redis.call('HGET', KEYS[1], 'dueAt') or '', redis.call('HGET', KEYS[1], 'slot') or '0'}
end
return {state or 'missing', '', '0'}
