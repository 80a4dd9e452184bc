import { type Job, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import { IntakeError, loadArticle } from '../../src/article/load.js';
import type { Settings } from '../../src/config.js';
import type { MastodonLimits } from '../../src/teaser/compose.js';
import { storeArticle } from '../articles.js';
import { IntakeJobSchema, readJobData } from '../jobs.js';
import { composeJobId, QUEUES } from '../names.js';
import { addComposeJob, type Queues } from '../producers.js';

/**
 * The intake queue's processor: makes sure the article is stored (fetching and parsing a URL source
 * here, on a worker), then hands it to compose with the Mastodon instance's limits, read from the
 * adapter's cache. Bad input fails the job at once with the parser's reason.
 */
export interface IntakeContext {
  redis: Redis;
  prefix: string;
  settings: Settings;
  queues: Queues;
  mastodonLimits: () => Promise<MastodonLimits | undefined>;
}

export function createIntakeProcessor(ctx: IntakeContext) {
  return async function intake(job: Job): Promise<{ articleId: string }> {
    const data = readJobData(QUEUES.intake, IntakeJobSchema, job.data);
    let articleId: string;
    if (data.kind === 'source') {
      try {
        const article = await loadArticle(data.source, { url: data.url, lang: data.lang, fetch: ctx.settings.fetch });
        await storeArticle(ctx.redis, ctx.prefix, article);
        articleId = article.id;
      } catch (error) {
        if (error instanceof IntakeError) throw new UnrecoverableError(error.message);
        throw error;
      }
    } else {
      articleId = data.articleId;
    }
    const mastodonLimits = data.platforms.includes('mastodon') ? await ctx.mastodonLimits() : undefined;
    // The compose job id comes from this job's id: an intake run again after a crash adds nothing new.
    await addComposeJob(
      ctx.queues,
      ctx.settings,
      { articleId, platforms: data.platforms, thread: data.thread, when: data.when, mastodonLimits },
      composeJobId(articleId, job.id ?? 'x'),
    );
    return { articleId };
  };
}
