-- Records that the thread's last `count` parts are gone (parts go last first: a reply before its parent).
-- KEYS: retraction. ARGV: count, now.
if redis.call('HGET', KEYS[1], 'state') ~= 'retracting' then return 0 end
if tonumber(redis.call('HGET', KEYS[1], 'deleted') or '0') < tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'deleted', ARGV[1], 'updatedAt', ARGV[2])
end
return 1
