-- Stores an article for one more compose.
-- KEYS: article hash. ARGV: article JSON, card JSON. One script rather than a MULTI: the worker's
-- connection carries BullMQ's scripts, which every ioredis MULTI or pipeline copies onto itself.
redis.call('HSET', KEYS[1], 'json', ARGV[1], 'card', ARGV[2])
return redis.call('HINCRBY', KEYS[1], 'pending', 1)
