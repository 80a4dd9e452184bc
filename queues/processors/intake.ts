import { type Job, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import { IntakeError } from '../../src/article/intake-error.js';
import type { Settings } from '../../src/config.js';
import { storeArticle } from '../articles.js';
import { IntakeJobSchema, readJobData } from '../jobs.js';
import { composeJobId, QUEUES } from '../names.js';
import { addComposeJob, type Queues } from '../producers.js';

/**
 * The intake queue's processor, for a source still to fetch: fetches and parses it here, on a worker,
 * stores the article and hands it to compose. Bad input fails the job at once with the parser's
 * reason. An article already parsed (CLI, API, feeds) skips this queue: `enqueueArticle` adds its
 * compose job directly.
 */
export interface IntakeContext {
  redis: Redis;
  prefix: string;
  settings: Settings;
  queues: Queues;
}

export function createIntakeProcessor(ctx: IntakeContext) {
  return async function intake(job: Job): Promise<{ articleId: string }> {
    const data = readJobData(QUEUES.intake, IntakeJobSchema, job.data);
    let articleId: string;
    if (data.kind === 'source') {
      try {
        // The parsers (linkedom, Readability, front matter, encodings: ~25 MB) load with the first source to
        // fetch: the CLI, the API and the feeds hand over parsed articles, so most workers never need them.
        const { loadArticle } = await import('../../src/article/load.js');
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
    // The compose job id comes from this job's id: an intake run again after a crash adds nothing new.
    await addComposeJob(
      ctx.queues,
      ctx.settings,
      { articleId, platforms: data.platforms, thread: data.thread, when: data.when },
      composeJobId(articleId, job.id ?? 'x'),
    );
    return { articleId };
  };
}
