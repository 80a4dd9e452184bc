import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Deletes the lock only while it still holds our token, so a late release never frees someone else's lock. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
}

/**
 * Runs `fn` while holding a Redis lock shared by every worker (SET NX PX, released by token).
 * The lock expires after `ttlMs` even if its holder dies; `fn` must finish well within it.
 */
export async function withRedisLock<T>(
  redis: Redis,
  key: string,
  fn: () => Promise<T>,
  { ttlMs = 15_000, waitMs = 20_000, pollMs = 50 } = {},
): Promise<T> {
  const token = randomUUID();
  const deadline = Date.now() + waitMs;
  while ((await redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') {
    if (Date.now() > deadline) throw new LockTimeoutError(`timed out waiting for the lock ${key}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  try {
    return await fn();
  } finally {
    await redis.eval(RELEASE, 1, key, token);
  }
}
