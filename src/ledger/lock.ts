import type { Redis } from 'ioredis';
import { runScript } from './ledger.js';

/**
 * A per-post lock with a token and renewal, so a stalled job run again by another worker (BullMQ
 * delivery is at least once; the first worker's processor keeps running after its job lock is
 * lost) never posts at the same time as the live attempt. Only the holder can renew or release it.
 * `Ledger.begin` takes it and `Ledger.mark…` lets it go in the same step as the state change;
 * this module keeps it alive in between.
 */
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

export interface PostLock {
  /** Aborted when the lock could not be renewed: stop before the next platform call. */
  readonly signal: AbortSignal;
  /** Stops renewing; the lock itself was let go with the ledger's state change. */
  forget(): void;
  /** Stops renewing and lets go of the lock, unless `forget` was called. */
  release(): Promise<void>;
}

/** Keeps a lock taken by `Ledger.begin` alive, renewing it at a third of its time to live. */
export function holdPostLock(options: { redis: Redis; key: string; token: string; ttlMs: number }): PostLock {
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
      await runScript(redis, RELEASE, [key], [token]);
    },
  };
}

/** Takes a post's lock on its own (tests, tools); the publisher takes it through `Ledger.begin`. */
export async function acquirePostLock(options: {
  redis: Redis;
  prefix: string;
  postId: string;
  ttlMs: number;
}): Promise<PostLock | null> {
  const key = `${options.prefix}:ledger:lock:${options.postId}`;
  const token = crypto.randomUUID();
  const ok = await options.redis.set(key, token, 'PX', options.ttlMs, 'NX');
  if (ok !== 'OK') return null;
  return holdPostLock({ redis: options.redis, key, token, ttlMs: options.ttlMs });
}
