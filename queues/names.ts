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

/** One publish queue per platform account, so each has its own global rate limit (docs/queue-and-ledger.md: groups are Pro-only). */
export function publishQueueName(platform: PlatformId, account: string): string {
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

/** The amend job of a post: one retract (or update) in flight per post; BullMQ refuses ":" in ids. */
export function amendJobId(kind: 'retract' | 'update', ref: PostRef): string {
  return `${kind}.${postId(ref)}`;
}

export function composeJobId(articleId: string, nonce: string): string {
  return `${articleId}.${nonce}`;
}

export function feedSchedulerId(feedId: string): string {
  return `feed.${feedId}`;
}
