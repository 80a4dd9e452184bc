-- Starts an attempt.
-- KEYS: post, post lock, article, published post. ARGV: now, lock token ('' for none), lock ttl.
-- Takes the post's lock and starts an attempt in one step, unless the post is finished; a post found
-- `publishing` was left by a worker that died or lost its lock: its outcome is unknown. A post `id-unknown` keeps
-- its `idUnknown` field through the attempt (the publisher then only recovers that part).
-- Returns the record and the article's card, so the publisher needs no other read.
if redis.call('EXISTS', KEYS[4]) == 1 then return {'published'} end
if ARGV[2] ~= '' and not redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3], 'NX') then return {'locked'} end
local state = redis.call('HGET', KEYS[1], 'state')
-- A draft waits for approval and a held post for the operator (docs/operator.md): neither is sent.
if not state or state == 'published' or state == 'cancelled' or state == 'draft' or state == 'held' then
  if ARGV[2] ~= '' then redis.call('DEL', KEYS[2]) end
  return {state or 'missing'}
end
local uncertain = redis.call('HGET', KEYS[1], 'uncertain') or '0'
-- id-unknown: the platform has the next part (it said so); only recovery may look for it, never a new post.
if state == 'publishing' or state == 'id-unknown' then uncertain = '1' end
redis.call('HSET', KEYS[1], 'state', 'publishing', 'uncertain', uncertain, 'updatedAt', ARGV[1])
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
return {'go', redis.call('HGETALL', KEYS[1]), redis.call('HGET', KEYS[3], 'card') or ''}
