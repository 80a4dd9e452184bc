-- Records (or keeps) a post to make.
-- KEYS: post, article set, published post, the article's cancel epoch (one article's keys: one slot on a cluster;
-- the caller adds the article to the index of all articles).
-- ARGV: now, dueAt, articleId, platform, account, parts, move, slot, postId, the compose's epoch, draft (0|1),
-- edited (0|1: the operator wrote the text).
-- A published or publishing post is never touched (a published one's record is returned for its due time and
-- slot); a scheduled (or draft, or held) one keeps its time unless `move` (reschedule).
-- A compose enqueued before the article was cancelled (its epoch is behind the article's: docs/operator.md)
-- records the post as cancelled, in this same step, so a cancel that came before compose posts nothing.
local published = redis.call('GET', KEYS[3])
if published then return {'published', '', '0', published} end
local state = redis.call('HGET', KEYS[1], 'state')
local prevDue = redis.call('HGET', KEYS[1], 'dueAt') or ''
local prevSlot = redis.call('HGET', KEYS[1], 'slot') or '0'
if state == 'published' or state == 'publishing' then return {state, prevDue, prevSlot} end
-- On the platform already, its id still being looked for: as good as going out, never moved.
if state == 'id-unknown' then return {'publishing', prevDue, prevSlot} end
local stale = tonumber(redis.call('GET', KEYS[4]) or '0') > tonumber(ARGV[10])
if stale then
  if state then return {'stale', prevDue, prevSlot} end
elseif (state == 'scheduled' or state == 'draft' or state == 'held') and ARGV[7] ~= '1' then
  return {'kept', prevDue, prevSlot}
end
local newState = 'scheduled'
if stale then newState = 'cancelled' elseif ARGV[11] == '1' then newState = 'draft' end
redis.call('HSET', KEYS[1], 'articleId', ARGV[3], 'platform', ARGV[4], 'account', ARGV[5], 'state', newState,
  'dueAt', ARGV[2], 'updatedAt', ARGV[1], 'parts', ARGV[6], 'slot', ARGV[8], 'edited', ARGV[12])
if not state then
  redis.call('HSET', KEYS[1], 'createdAt', ARGV[1], 'attempts', 0, 'doneCount', 0, 'uncertain', 0)
  redis.call('SADD', KEYS[2], ARGV[9])
end
if stale then return {'stale', '', '0'} end
return {state or 'new', prevDue, prevSlot, '', newState}
