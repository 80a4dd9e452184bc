-- Holds a post back before it is sent, with the reason (the X budget: src/ledger/x-bill.ts).
-- KEYS: post, post lock. ARGV: now, reason, lock token.
-- Only the attempt that holds the post's lock can hold it; the lock is let go in the same step.
if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
local state = redis.call('HGET', KEYS[1], 'state')
if state ~= 'publishing' then return state or 'missing' end
redis.call('HSET', KEYS[1], 'state', 'held', 'lastError', ARGV[2], 'updatedAt', ARGV[1])
redis.call('HINCRBY', KEYS[1], 'attempts', -1)
return 'held'
