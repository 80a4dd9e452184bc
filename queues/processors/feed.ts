import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Article } from '../../src/article/article.js';
import type { Settings } from '../../src/config.js';
import { getFeed, recordFeedError, recordFeedSuccess } from '../../src/feeds/store.js';
import type { Logger } from '../../src/log.js';
import type { PlatformId } from '../../src/platforms/platform.js';
import type { Queues } from '../handles.js';
import { FeedJobSchema, readJobData } from '../jobs.js';
import { feedSchedulerId, QUEUES } from '../names.js';
import { enqueueArticle } from '../producers.js';
import { needsReview } from '../review-policy.js';

export interface FeedContext {
  redis: Redis;
  prefix: string;
  settings: Settings;
  queues: Queues;
  /** Where feed items go: the platforms this worker publishes to. */
  platforms: readonly PlatformId[];
  logger?: Logger;
}

/**
 * The feeds queue's processor, run by each feed's job scheduler: polls the feed, enqueues each new
 * item as an article. A failing feed is recorded on the feed (shown by `crier feed list`) and the job
 * is retried with backoff; it never takes the worker down.
 */
export function createFeedProcessor(ctx: FeedContext) {
  const { redis, prefix, settings } = ctx;
  return async function poll(job: Job): Promise<{ enqueued: number }> {
    const { feedId } = readJobData(QUEUES.feeds, FeedJobSchema, job.data);
    const feed = await getFeed({ redis, prefix, id: feedId });
    if (!feed) {
      // Removed while its scheduler still ran: stop polling it.
      await ctx.queues.get(QUEUES.feeds).removeJobScheduler(feedSchedulerId(feedId));
      return { enqueued: 0 };
    }
    const now = new Date();
    let articles: Article[];
    try {
      // Feed parsing (XML, the items' HTML) loads with the first poll: a worker without feeds never needs it.
      const { pollFeed } = await import('../../src/feeds/poll.js');
      articles = await pollFeed({
        redis,
        prefix,
        feed,
        fetch: settings.fetch,
        firstPollBacklog: settings.feeds.firstPollBacklog,
        now,
        // Enqueued before the items are remembered as seen: a crash in between polls them again,
        // and enqueueing an article twice posts it once.
        deliver: async (fresh) => {
          for (const article of fresh) {
            await enqueueArticle(ctx.queues, settings, {
              article,
              platforms: [...ctx.platforms],
              when: settings.schedule.defaultWhen === 'slot' ? { kind: 'slot' } : { kind: 'now' },
              review: needsReview(settings, { source: 'feed', feed }),
            });
          }
        },
        onSkippedItem: (item) => ctx.logger?.warn({ feed: feed.url, ...item }, 'feed item skipped'),
      });
    } catch (error) {
      await recordFeedError({ redis, prefix, id: feedId, error, now });
      ctx.logger?.warn(
        { feed: feed.url, err: error instanceof Error ? error.message : String(error) },
        'feed poll failed',
      );
      throw error;
    }
    await recordFeedSuccess({ redis, prefix, id: feedId, now });
    if (articles.length > 0) ctx.logger?.info({ feed: feed.url, enqueued: articles.length }, 'new feed items enqueued');
    return { enqueued: articles.length };
  };
}
