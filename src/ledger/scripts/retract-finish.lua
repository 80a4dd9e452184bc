-- Ends a retraction attempt and lets go of the post's lock (only its holder's).
-- KEYS: retraction, post lock. ARGV: outcome (retracted|retrying|failed), now, lastError, lock token.
if redis.call('GET', KEYS[2]) == ARGV[4] then redis.call('DEL', KEYS[2]) end
if redis.call('HGET', KEYS[1], 'state') ~= 'retracting' then return 0 end
if ARGV[1] == 'retracted' then
  redis.call('HSET', KEYS[1], 'state', 'retracted', 'retractedAt', ARGV[2], 'updatedAt', ARGV[2], 'lastError', '')
elseif ARGV[1] == 'failed' then
  redis.call('HSET', KEYS[1], 'state', 'failed', 'updatedAt', ARGV[2], 'lastError', ARGV[3])
else
  redis.call('HSET', KEYS[1], 'updatedAt', ARGV[2], 'lastError', ARGV[3])
end
return 1
