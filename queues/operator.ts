import type { Redis } from 'ioredis';
import type { Config, Settings } from '../src/config.js';
import type { Feed } from '../src/feeds/feed.js';
import { addFeed, removeFeed } from '../src/feeds/store.js';
import { Ledger, type PostRecord } from '../src/ledger/ledger.js';
import type { PlatformId } from '../src/platforms/platform.js';
import { releaseSlot } from '../src/schedule/slots.js';
import { createRedis, ensureReachable } from './connection.js';
import { slotTime } from './fanout.js';
import { Queues } from './handles.js';
import { ensurePublishJob, removePublishJob, scheduleFeedPolling, stopFeedPolling } from './producers.js';
import { UnknownArticleError } from './unknown-article.js';

// Beside the ledger client, which needs no BullMQ (`crier status` loads only those: bench/cli.ts).
export { effectivePrefix } from './ledger-client.js';
export { UnknownArticleError } from './unknown-article.js';

/**
 * What the CLI (and the HTTP API) do to the queues: one connection, the queues and the ledger, and
 * the operator's actions on an article — status, cancel, retry.
 */
export interface QueueClient {
  redis: Redis;
  prefix: string;
  settings: Settings;
  queues: Queues;
  ledger: Ledger;
  close(): Promise<void>;
}

export async function openClient(
  config: Pick<Config, 'redisUrl' | 'prefix' | 'settings'> & Partial<Pick<Config, 'redisClusterNodes'>>,
): Promise<QueueClient> {
  const redis = createRedis(config, 'producer');
  redis.on('error', () => undefined);
  try {
    await ensureReachable(redis, config);
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  const queues = new Queues(redis, config.prefix);
  return {
    redis,
    prefix: config.prefix,
    settings: config.settings,
    queues,
    ledger: new Ledger({ redis, prefix: config.prefix }),
    async close() {
      await queues.close();
      await redis.quit().catch(() => undefined);
    },
  };
}

export interface PostChange {
  postId: string;
  platform: PlatformId;
  account: string;
  /** The post's state after the action, or why nothing was done. */
  state: string;
  changed: boolean;
}

async function postsOrThrow(client: QueueClient, articleId: string): Promise<PostRecord[]> {
  const posts = await client.ledger.postsOf(articleId);
  if (posts.length === 0) {
    throw new UnknownArticleError(`no posts for article "${articleId}": list recent articles with \`crier status\``);
  }
  return posts;
}

/**
 * Cancels every post of the article that has not started: the ledger says cancelled first (so a job
 * that is already due finds it and posts nothing), then the delayed jobs go and reserved slots are freed.
 */
export async function cancelArticle(client: QueueClient, articleId: string): Promise<PostChange[]> {
  const changes: PostChange[] = [];
  for (const post of await postsOrThrow(client, articleId)) {
    const result = await client.ledger.cancel(post.postId);
    const changed = result.state === 'cancelled';
    if (changed) {
      await removePublishJob(client.queues, post);
      if (result.slot && result.dueAt) {
        await releaseSlot({
          redis: client.redis,
          prefix: client.prefix,
          account: `${post.platform}:${post.account}`,
          at: slotTime(result.dueAt, post.platform, client.settings),
        });
      }
    }
    changes.push({ postId: post.postId, platform: post.platform, account: post.account, state: result.state, changed });
  }
  return changes;
}

/** Puts the article's failed posts back in line, now; published posts are never posted again. */
export async function retryArticle(
  client: QueueClient,
  articleId: string,
  platform?: PlatformId,
  now = new Date(),
): Promise<PostChange[]> {
  const changes: PostChange[] = [];
  for (const post of await postsOrThrow(client, articleId)) {
    if (platform && post.platform !== platform) continue;
    const state = await client.ledger.retry(post.postId, now);
    const changed = state === 'scheduled';
    if (changed) await ensurePublishJob(client.queues, client.settings, post, now, now);
    changes.push({ postId: post.postId, platform: post.platform, account: post.account, state, changed });
  }
  return changes;
}

/** Registers a feed and its polling job scheduler (`crier feed add`, `POST /v1/feeds`). */
export async function addFeedPolling(client: QueueClient, url: string, cron?: string): Promise<Feed> {
  const feed = await addFeed({
    redis: client.redis,
    prefix: client.prefix,
    url,
    cron,
    now: new Date(),
    defaultCron: client.settings.feeds.defaultCron,
  });
  await scheduleFeedPolling(client.queues, client.settings, feed);
  return feed;
}

/** Stops polling a feed and forgets it; false when there was no such feed. */
export async function removeFeedPolling(client: QueueClient, feedId: string): Promise<boolean> {
  await stopFeedPolling(client.queues, feedId);
  return removeFeed({ redis: client.redis, prefix: client.prefix, id: feedId });
}
