import type { Redis } from 'ioredis';
import { postKeyPart } from '../redis/keys.js';
import { loadScript, runScript } from '../redis/script.js';
import { ledgerKeys } from './ledger.js';

/**
 * Following an article after it went out (docs/operator.md, "Follow the article"): when the article comes
 * back with a different text and the operator's setting for the platform is `edit`, the new parts wait in
 * `${prefix}:ledger:update:<postId>` for the post's update job, which edits the post in place and then makes
 * them the text that went out, in one step.
 */
const DONE = loadScript(new URL('./scripts/update-done.lua', import.meta.url));

/** Beside the post's other keys (one slot on a cluster: src/redis/keys.ts). */
const pendingKey = (redis: Redis, prefix: string, postId: string) =>
  `${prefix}:ledger:update:${postKeyPart(redis, postId)}`;

export async function requestUpdate(redis: Redis, prefix: string, postId: string, parts: unknown[]): Promise<void> {
  await redis.set(pendingKey(redis, prefix, postId), JSON.stringify(parts));
}

export async function pendingUpdate(redis: Redis, prefix: string, postId: string): Promise<string | null> {
  return redis.get(pendingKey(redis, prefix, postId));
}

export async function updateDone(redis: Redis, prefix: string, postId: string, partsJson: string): Promise<void> {
  await runScript(
    redis,
    DONE,
    [pendingKey(redis, prefix, postId), ledgerKeys(prefix, redis).sent(postId)],
    [partsJson],
  );
}
