-- One account's rate budget (queues/account-budget.ts). A post may start when the platform has not asked the
-- account to wait (a 429 until its reset: KEYS[2]) and the account has started fewer than ARGV[1] posts in the
-- current window of ARGV[2] ms (KEYS[1], a window opened by its first post, as BullMQ's own limiter counts).
-- Returns 0 when the post is counted in the budget, else the milliseconds until it may try again.
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then return blocked end
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used >= tonumber(ARGV[1]) then
  local left = redis.call('PTTL', KEYS[1])
  if left > 0 then return left end
  -- A window without an end (it cannot happen through this script): start a new one.
  redis.call('DEL', KEYS[1])
end
if redis.call('INCR', KEYS[1]) == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
