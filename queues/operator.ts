import type { Redis } from 'ioredis';
import type { Config, Settings } from '../src/config.js';
import type { Feed } from '../src/feeds/feed.js';
import { addFeed, removeFeed } from '../src/feeds/store.js';
import { dropRepost } from '../src/ledger/follow.js';
import type { Ledger, PostRecord } from '../src/ledger/ledger.js';
import { Retractions } from '../src/ledger/retraction.js';
import { Review } from '../src/ledger/review.js';
import type { PlatformId } from '../src/platforms/platform.js';
import { releaseSlot } from '../src/schedule/slots.js';
import { slotTime } from './fanout.js';
import { Queues } from './handles.js';
import { openLedgerClient } from './ledger-client.js';
import { addAmendJob, ensurePublishJob, removePublishJob, scheduleFeedPolling, stopFeedPolling } from './producers.js';
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
  // The ledger client's connection (it fails fast with a clear message), with the queues on top.
  const base = await openLedgerClient(config);
  const queues = new Queues(base.redis, config.prefix);
  return {
    ...base,
    settings: config.settings,
    queues,
    async close() {
      await queues.close();
      await base.close();
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

/** The article was enqueued (stored in Redis), whether or not it has been composed yet. */
async function isStored(client: QueueClient, articleId: string): Promise<boolean> {
  return (await client.redis.exists(`${client.prefix}:article:${articleId}`)) === 1;
}

/**
 * Cancels every post of the article that has not started: the ledger says cancelled first (so a job
 * that is already due finds it and posts nothing), then the delayed jobs go and reserved slots are freed.
 * Before compose too (docs/operator.md, "Cancel"): the article's cancel epoch moves first, so a compose
 * enqueued before now records its posts cancelled. No posts yet: an empty list (nothing will be posted).
 */
export async function cancelArticle(client: QueueClient, articleId: string): Promise<PostChange[]> {
  const posts = await client.ledger.postsOf(articleId);
  if (posts.length === 0 && !(await isStored(client, articleId))) await postsOrThrow(client, articleId);
  // Before the posts are read again: a compose that schedules after this records its posts cancelled.
  await client.ledger.bumpEpoch(articleId);
  const changes: PostChange[] = [];
  for (const post of await client.ledger.postsOf(articleId)) {
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

/**
 * Releases the article's drafts (and held posts): each is due at its chosen time, or at once when that time
 * has passed (docs/operator.md, "Review"), and gets its publish job.
 */
export async function approveArticle(
  client: QueueClient,
  articleId: string,
  platform?: PlatformId,
  now = new Date(),
): Promise<PostChange[]> {
  const review = new Review({ redis: client.redis, prefix: client.prefix, now: () => now });
  const changes: PostChange[] = [];
  for (const post of await postsOrThrow(client, articleId)) {
    if (platform && post.platform !== platform) continue;
    const result = await review.approve(post.postId);
    const changed = result.state === 'scheduled';
    if (changed) await ensurePublishJob(client.queues, client.settings, post, result.dueAt ?? now, now);
    changes.push({ ...ref(post), state: changed ? 'scheduled' : result.state, changed });
  }
  return changes;
}

/**
 * Takes the article's published posts down (docs/operator.md, "Retract"): each gets a retract job, which the
 * workers run with the ledger's guarantees. Posts not sent yet are cancelled. Retracting again changes
 * nothing: a retracted post answers `retracted`, unchanged.
 */
export async function retractArticle(
  client: QueueClient,
  articleId: string,
  platform?: PlatformId,
): Promise<PostChange[]> {
  const retractions = new Retractions({ redis: client.redis, prefix: client.prefix });
  const posts = await postsOrThrow(client, articleId);
  if (!platform) await client.ledger.bumpEpoch(articleId);
  const changes: PostChange[] = [];
  for (const post of posts) {
    if (platform && post.platform !== platform) continue;
    // The operator's retract wins over a repost not yet done (docs/operator.md, "Follow the article").
    await dropRepost(client.redis, client.prefix, post.postId);
    const asked = await retractions.request(post.postId);
    if (asked === 'requested' || asked === 'retracting') {
      await addAmendJob(client.queues, client.settings, 'retract', post);
      changes.push({ ...ref(post), state: 'retracting', changed: asked === 'requested' });
      continue;
    }
    if (asked === 'retracted') {
      changes.push({ ...ref(post), state: 'retracted', changed: false });
      continue;
    }
    const cancelled = await client.ledger.cancel(post.postId);
    if (cancelled.state === 'cancelled') await removePublishJob(client.queues, post);
    changes.push({ ...ref(post), state: cancelled.state, changed: cancelled.state === 'cancelled' });
  }
  return changes;
}

/**
 * Replaces the text of one scheduled (or draft, held, failed) post (`PATCH /v1/articles/:id/posts/:platform`):
 * the text was checked by the caller; a post already going out or out is left alone and said so.
 */
export async function editPost(
  client: QueueClient,
  articleId: string,
  platform: PlatformId,
  parts: unknown[],
): Promise<PostChange[]> {
  const review = new Review({ redis: client.redis, prefix: client.prefix });
  const changes: PostChange[] = [];
  for (const post of await postsOrThrow(client, articleId)) {
    if (post.platform !== platform) continue;
    const state = await review.edit(post.postId, parts);
    const changed = ['scheduled', 'draft', 'held', 'failed'].includes(state);
    changes.push({ ...ref(post), state, changed });
  }
  return changes;
}

function ref(post: PostRecord): Pick<PostChange, 'postId' | 'platform' | 'account'> {
  return { postId: post.postId, platform: post.platform, account: post.account };
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
