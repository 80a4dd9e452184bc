-- Takes the first free candidate in one atomic step, so concurrent callers (any number of processes) never get
-- the same slot.
-- KEYS: the account's reservations (sorted set, score = epoch ms, member = ISO time).
-- ARGV: forget reservations before this; then score, member pairs.
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
for i = 2, #ARGV, 2 do
  if redis.call('ZADD', KEYS[1], 'NX', ARGV[i], ARGV[i + 1]) == 1 then return ARGV[i + 1] end
end
return false
