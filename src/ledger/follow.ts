import type { Redis } from 'ioredis';
import { postKeyPart } from '../redis/keys.js';
import { loadScript, runScript } from '../redis/script.js';
import { ledgerKeys } from './ledger.js';

/**
 * Following an article after it went out (docs/operator.md, "Follow the article"): when the article comes
 * back with a different text and the operator's setting for the platform is `edit`, the new parts wait in
 * `${prefix}:ledger:update:<postId>` for the post's update job, which edits the post in place and then makes
 * them the text that went out, in one step. With `repost`, they wait in `${prefix}:ledger:repost:<postId>`
 * for the post's repost job, which retracts the post and then reopens it with them (repost-reopen.lua).
 */
const DONE = loadScript(new URL('./scripts/update-done.lua', import.meta.url));
const REOPEN = loadScript(new URL('./scripts/repost-reopen.lua', import.meta.url));

/** Beside the post's other keys (one slot on a cluster: src/redis/keys.ts). */
const pendingKey = (redis: Redis, prefix: string, postId: string) =>
  `${prefix}:ledger:update:${postKeyPart(redis, postId)}`;
const generationKey = (redis: Redis, prefix: string, postId: string) =>
  `${prefix}:ledger:generation:${postKeyPart(redis, postId)}`;
const repostKey = (redis: Redis, prefix: string, postId: string) =>
  `${prefix}:ledger:repost:${postKeyPart(redis, postId)}`;

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

/** The newest text wins: a second change before the repost job ran replaces the first. */
export async function requestRepost(redis: Redis, prefix: string, postId: string, parts: unknown[]): Promise<void> {
  await redis.set(repostKey(redis, prefix, postId), JSON.stringify(parts));
}

/** The operator retracts: a repost not yet reopened is dropped, so the post stays down. */
export async function dropRepost(redis: Redis, prefix: string, postId: string): Promise<void> {
  await redis.del(repostKey(redis, prefix, postId));
}

export async function pendingRepost(redis: Redis, prefix: string, postId: string): Promise<string | null> {
  return redis.get(repostKey(redis, prefix, postId));
}

export type ReopenOutcome = 'reopened' | 'nothing-pending' | 'not-retracted';

/** The retracted post becomes a scheduled one with the pending text (src/ledger/scripts/repost-reopen.lua). */
export async function reopenForRepost(
  redis: Redis,
  prefix: string,
  ref: { postId: string; articleId: string; platform: string; account: string },
  now: Date = new Date(),
): Promise<ReopenOutcome> {
  const keys = ledgerKeys(prefix, redis);
  return (await runScript(
    redis,
    REOPEN,
    [
      repostKey(redis, prefix, ref.postId),
      keys.retraction(ref.postId),
      keys.published(ref.postId),
      keys.sent(ref.postId),
      keys.post(ref.postId),
      generationKey(redis, prefix, ref.postId),
    ],
    [now.getTime(), ref.articleId, ref.platform, ref.account, ref.postId],
  )) as ReopenOutcome;
}

/** How many times the post was reposted (0: never); kept for good, so a generation's key is never reused. */
export async function postGeneration(redis: Redis, prefix: string, postId: string): Promise<number> {
  return Number((await redis.get(generationKey(redis, prefix, postId))) ?? 0);
}
