import type { PlatformId } from '../src/platforms/platform.js';

/**
 * Queue names and job ids. BullMQ forbids ":" in queue names, and in custom job ids (unless it has
 * exactly three parts), and integer-looking ids; "." is in none of our id alphabets
 * (article ids: [A-Za-z0-9_-], platforms: [a-z], accounts: [a-z0-9_]), so it separates unambiguously.
 */
export const QUEUES = {
  /** teasers in the worker-thread pool, then one publish job per (platform, account). */
  compose: 'compose',
  /** feed polling, driven by one job scheduler per feed. */
  feeds: 'feeds',
  /** outgoing webhooks: one job per event and URL, retried with backoff. */
  webhooks: 'webhooks',
  /** changes to posts already out: retract (delete) and update (edit in place), one job per post. */
  amend: 'amend',
} as const;

/**
 * One publish queue per platform, for all its accounts: a worker's connections and memory do not grow with the
 * accounts; each account's rate budget is kept in Redis beside it (queues/account-budget.ts,
 * docs/queue-and-ledger.md, "Many accounts").
 */
export function publishQueueName(platform: PlatformId): string {
  return `publish-${platform}`;
}

/** An account's own queue, as publish queues were before one per platform: drained at start (queues/legacy-queues.ts). */
export function legacyPublishQueueName(platform: PlatformId, account: string): string {
  return `publish-${platform}-${account}`;
}

export interface PostRef {
  articleId: string;
  platform: PlatformId;
  account: string;
}

/** The post's id, used as the ledger key and the publish job id: stable for (article, platform, account). */
export function postId(ref: PostRef): string {
  return `${ref.articleId}.${ref.platform}.${ref.account}`;
}

/** What an amend job does to a post out: take it down, edit it in place, or take it down and post the new text. */
export type AmendKind = 'retract' | 'update' | 'repost';

/** The amend job of a post: one of each kind in flight per post; BullMQ refuses ":" in ids. */
export function amendJobId(kind: AmendKind, ref: PostRef): string {
  return `${kind}.${postId(ref)}`;
}

export function composeJobId(articleId: string, nonce: string): string {
  return `${articleId}.${nonce}`;
}

export function feedSchedulerId(feedId: string): string {
  return `feed.${feedId}`;
}
