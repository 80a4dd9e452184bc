-- One compose is done with the article; the last one drops its text and keeps the card.
-- KEYS: article hash.
local left = redis.call('HINCRBY', KEYS[1], 'pending', -1)
if left <= 0 then redis.call('HDEL', KEYS[1], 'json', 'pending') end
return left
