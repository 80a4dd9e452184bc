-- Records (or keeps) a post to make.
-- KEYS: post, article set, published post (one article's keys: one slot on a cluster; the caller adds the article
-- to the index of all articles).
-- ARGV: now, dueAt, articleId, platform, account, parts, move, slot, postId.
-- A published or publishing post is never touched (a published one's record is returned for its due time and
-- slot); a scheduled one keeps its time unless `move` (reschedule).
local published = redis.call('GET', KEYS[3])
if published then return {'published', '', '0', published} end
local state = redis.call('HGET', KEYS[1], 'state')
local prevDue = redis.call('HGET', KEYS[1], 'dueAt') or ''
local prevSlot = redis.call('HGET', KEYS[1], 'slot') or '0'
if state == 'published' or state == 'publishing' then return {state, prevDue, prevSlot} end
if state == 'scheduled' and ARGV[7] ~= '1' then return {'kept', prevDue, prevSlot} end
redis.call('HSET', KEYS[1], 'articleId', ARGV[3], 'platform', ARGV[4], 'account', ARGV[5], 'state', 'scheduled',
  'dueAt', ARGV[2], 'updatedAt', ARGV[1], 'parts', ARGV[6], 'slot', ARGV[8])
if not state then
  redis.call('HSET', KEYS[1], 'createdAt', ARGV[1], 'attempts', 0, 'doneCount', 0, 'uncertain', 0)
  redis.call('SADD', KEYS[2], ARGV[9])
end
return {state or 'new', prevDue, prevSlot}
