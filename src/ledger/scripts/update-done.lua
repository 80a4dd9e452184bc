-- An edit in place went through: the new text becomes the text that went out (docs/operator.md, "Follow").
-- KEYS: pending update, sent text. ARGV: the parts that were sent (JSON).
-- Only if the pending update is still this one: a newer change waits for its own job.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], '{"edited":1,"parts":' .. ARGV[1] .. '}')
redis.call('DEL', KEYS[1])
return 1
