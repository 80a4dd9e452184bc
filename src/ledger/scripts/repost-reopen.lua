-- Follow the article by reposting (docs/operator.md, "Follow the article"): once the old post is retracted, the
-- post is made anew with the new text, in one step, so it is published exactly once more.
-- KEYS: pending repost, retraction, published post, sent text, post hash, generation.
-- ARGV: now, articleId, platform, account, postId.
-- Only a retracted post with a repost pending is reopened: "published is never posted again" holds for every
-- other path (a plain re-enqueue, a retracted article enqueued again). The pending parts are consumed here, so
-- the repost job run again after a crash finds nothing to reopen and only makes sure the publish job exists.
local parts = redis.call('GET', KEYS[1])
if not parts then return 'nothing-pending' end
if redis.call('HGET', KEYS[2], 'state') ~= 'retracted' then return 'not-retracted' end
redis.call('DEL', KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[1])
-- A new generation: the platforms' idempotency keys change with it (queues/processors/publish.ts), so the new
-- post is not taken for the old one (Mastodon's Idempotency-Key, Bluesky's record key).
redis.call('INCR', KEYS[6])
redis.call('HSET', KEYS[5], 'articleId', ARGV[2], 'platform', ARGV[3], 'account', ARGV[4], 'state', 'scheduled',
  'dueAt', ARGV[1], 'updatedAt', ARGV[1], 'parts', parts, 'slot', 0, 'edited', 0,
  'createdAt', ARGV[1], 'attempts', 0, 'doneCount', 0, 'uncertain', 0)
return 'reopened'
