-- Ends an attempt and lets go of the post's lock.
-- KEYS: post, post lock, published post, the text that went out. ARGV: new state (published|failed|scheduled|id-unknown), now, lastError,
-- uncertain, lock token, next attempt (ms, '' for none), notes (a JSON array, '[]' to clear, '' to keep the hash's), then the
-- thread's parts as posted so far (JSON each; ARGV[8 + k] is part k).
-- id-unknown: the platform has the part after the last one recorded (X said "duplicate") but its id is still
-- being looked for; `idUnknown` keeps that part's index until recovery finds it.
-- Only an attempt in progress can end; anything else means someone else already decided.
-- Records the posted parts the hash does not have yet: the last part of a thread is recorded only here.
-- Published: the hash gives way to the compact record (layout at the top of ledger.ts).
-- An attempt whose lock another attempt now holds lost the post to it and changes nothing: the newer attempt
-- began uncertain, so it recovers whatever this one posted (an old attempt must never mark it retrying).
if ARGV[5] ~= '' then
  local holder = redis.call('GET', KEYS[2])
  if holder and holder ~= ARGV[5] then return 'superseded' end
  if holder then redis.call('DEL', KEYS[2]) end
end
local state = redis.call('HGET', KEYS[1], 'state')
if state ~= 'publishing' then return state or 'missing' end
local count = tonumber(redis.call('HGET', KEYS[1], 'doneCount') or '0')
if ARGV[7] == '[]' then redis.call('HDEL', KEYS[1], 'notes')
elseif ARGV[7] ~= '' then redis.call('HSET', KEYS[1], 'notes', ARGV[7]) end
if ARGV[1] == 'published' then
  local f = redis.call('HMGET', KEYS[1], 'attempts', 'dueAt', 'createdAt', 'slot')
  local done = {}
  for i = 0, count - 1 do
    local part = redis.call('HGET', KEYS[1], 'done:' .. i)
    if part then done[#done + 1] = part end
  end
  for i = 8 + count, #ARGV do done[#done + 1] = ARGV[i] end
  local notes = redis.call('HGET', KEYS[1], 'notes')
  redis.call('SET', KEYS[3], '[1,' .. table.concat({f[1] or 0, f[2] or 0, f[3] or 0, ARGV[2], f[4] or 0}, ',') ..
    ',[' .. table.concat(done, ',') .. ']' .. (notes and (',' .. notes) or '') .. ']')
  -- The text that went out, for the operator (status, console) and to follow the article (docs/operator.md).
  local sent = redis.call('HMGET', KEYS[1], 'parts', 'edited')
  if sent[1] then redis.call('SET', KEYS[4], '{"edited":' .. (sent[2] or '0') .. ',"parts":' .. sent[1] .. '}') end
  redis.call('DEL', KEYS[1])
  return 'ok'
end
for i = 8 + count, #ARGV do
  redis.call('HSET', KEYS[1], 'done:' .. count, ARGV[i])
  count = count + 1
end
redis.call('HSET', KEYS[1], 'state', ARGV[1], 'updatedAt', ARGV[2], 'lastError', ARGV[3], 'uncertain', ARGV[4],
  'doneCount', count, 'nextAttemptAt', ARGV[6], 'idUnknown', ARGV[1] == 'id-unknown' and tostring(count) or '')
return 'ok'
