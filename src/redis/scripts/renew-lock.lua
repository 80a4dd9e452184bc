-- Extends a lock's time to live while it still holds the caller's token.
-- KEYS: lock. ARGV: token, ttl in ms.
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
