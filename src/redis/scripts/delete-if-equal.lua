-- Deletes a key only while it still holds the caller's value: a lock released late never frees someone else's
-- lock, and a cached token is forgotten only if it is still the one that was refused.
-- KEYS: key. ARGV: value.
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
