-- One account's rate budget (queues/account-budget.ts): at most ARGV[1] posts start in any ARGV[2] ms, and none
-- while a 429 asks the account to wait. A post out of budget is given the first free time and keeps it, so a
-- backlog is spread over the windows to come and each of its posts waits once, as a delayed job.
--   KEYS[1]  starts: when the account's recent and reserved posts start (sorted set, score = ms)
--   KEYS[2]  blocked: set until a 429's reset
--   KEYS[3]  reserved: job id → the start time kept for it (sorted set)
--   ARGV     max, durationMs, now (ms), job id, a member name unique to this call
-- Returns 0 when the post may start now (counted), else the milliseconds until it may.
local max, duration, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then return blocked end
local kept = redis.call('ZSCORE', KEYS[3], ARGV[4])
if kept then
  kept = tonumber(kept)
  if kept > now then return kept - now end
  redis.call('ZREM', KEYS[3], ARGV[4])
  return 0
end
-- A start older than the window no longer counts; a reservation a day past its time lost its job (removed).
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - duration)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - 86400000)
local count = redis.call('ZCARD', KEYS[1])
local at = now
if count >= max then
  -- Sorted starts s[0..count-1]: the new one goes at or after the last, and a window after s[count-max].
  local bound = tonumber(redis.call('ZRANGE', KEYS[1], count - max, count - max, 'WITHSCORES')[2]) + duration
  local last = tonumber(redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')[2])
  at = math.max(now, bound, last)
end
redis.call('ZADD', KEYS[1], at, ARGV[5])
redis.call('PEXPIRE', KEYS[1], at - now + duration)
if at <= now then return 0 end
redis.call('ZADD', KEYS[3], at, ARGV[4])
redis.call('PEXPIRE', KEYS[3], at - now + 86400000)
return at - now
