import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * A per-post lock with a token and renewal, so a stalled job run again by another worker (BullMQ
 * delivery is at least once; the first worker's processor keeps running after its job lock is
 * lost) never posts at the same time as the live attempt. Only the holder can renew or release it.
 */
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export interface PostLock {
  /** Aborted when the lock could not be renewed: stop before the next platform call. */
  readonly signal: AbortSignal;
  release(): Promise<void>;
}

export async function acquirePostLock(options: {
  redis: Redis;
  prefix: string;
  postId: string;
  ttlMs: number;
}): Promise<PostLock | null> {
  const { redis, ttlMs } = options;
  const key = `${options.prefix}:ledger:lock:${options.postId}`;
  const token = randomUUID();
  const ok = await redis.set(key, token, 'PX', ttlMs, 'NX');
  if (ok !== 'OK') return null;
  const controller = new AbortController();
  const timer = setInterval(
    () => {
      redis.eval(RENEW, 1, key, token, String(ttlMs)).then(
        (renewed) => {
          if (renewed !== 1) controller.abort(new Error(`lost the lock of post ${options.postId}`));
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
    async release() {
      clearInterval(timer);
      await redis.eval(RELEASE, 1, key, token);
    },
  };
}
