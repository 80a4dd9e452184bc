import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { loadScript, runScript } from './script.js';

/**
 * A Redis lock shared by every worker: `SET key token NX PX ttl`, renewed and released only by the
 * holder of the token, so a late release or renewal never touches someone else's lock. The lock
 * expires after its time to live even if its holder dies.
 */
const RENEW = loadScript(new URL('./scripts/renew-lock.lua', import.meta.url));
const DELETE_IF_EQUAL = loadScript(new URL('./scripts/delete-if-equal.lua', import.meta.url));

class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
}

/** Takes the lock if it is free: its token, or null when someone else holds it. */
export async function tryLock(redis: Redis, key: string, ttlMs: number): Promise<string | null> {
  const token = randomUUID();
  return (await redis.set(key, token, 'PX', ttlMs, 'NX')) === 'OK' ? token : null;
}

/** Deletes `key` only while it holds `value`: lets go of a lock still ours, forgets a token still the one refused. */
export async function deleteIfEqual(redis: Redis, key: string, value: string): Promise<void> {
  await runScript(redis, DELETE_IF_EQUAL, [key], [value]);
}

/** Runs `fn` while holding the lock, waiting for it up to `waitMs`; `fn` must finish well within `ttlMs`. */
export async function withRedisLock<T>(
  redis: Redis,
  key: string,
  fn: () => Promise<T>,
  { ttlMs = 15_000, waitMs = 20_000, pollMs = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + waitMs;
  let token = await tryLock(redis, key, ttlMs);
  while (token === null) {
    if (Date.now() > deadline) throw new LockTimeoutError(`timed out waiting for the lock ${key}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    token = await tryLock(redis, key, ttlMs);
  }
  try {
    return await fn();
  } finally {
    await deleteIfEqual(redis, key, token);
  }
}

export interface HeldLock {
  /** Aborted when the lock could not be renewed: stop before the next step that needs it. */
  readonly signal: AbortSignal;
  /** Stops renewing, leaving the lock to whoever let it go in the same step as a state change. */
  forget(): void;
  /** Stops renewing and lets go of the lock, unless `forget` was called. */
  release(): Promise<void>;
}

/** Keeps a lock alive while its holder works, renewing it at a third of its time to live. */
export function holdLock(options: { redis: Redis; key: string; token: string; ttlMs: number }): HeldLock {
  const { redis, key, token, ttlMs } = options;
  const controller = new AbortController();
  let held = true;
  const timer = setInterval(
    () => {
      runScript(redis, RENEW, [key], [token, ttlMs]).then(
        (renewed) => {
          if (renewed !== 1 && held) controller.abort(new Error(`lost the lock ${key}`));
        },
        // A Redis hiccup: try again at the next tick; the TTL leaves room for a few misses.
        () => undefined,
      );
    },
    Math.max(50, Math.floor(ttlMs / 3)),
  );
  timer.unref();
  return {
    signal: controller.signal,
    forget() {
      held = false;
      clearInterval(timer);
    },
    async release() {
      clearInterval(timer);
      if (!held) return;
      held = false;
      await deleteIfEqual(redis, key, token);
    },
  };
}
