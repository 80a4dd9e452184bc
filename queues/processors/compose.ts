import { workerData } from 'node:worker_threads';
import type { SandboxedJob } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Settings } from '../../src/config.js';
import { composeTeasers } from '../../src/teaser/compose.js';
import type { Teasers } from '../../src/teaser/teasers.js';
import { MissingArticleError, readArticle, releaseArticle } from '../articles.js';
import { createRedis } from '../connection.js';
import { fanOut } from '../fanout.js';
import { ComposeJobSchema, type ComposeResult, readJobData } from '../jobs.js';
import { QUEUES } from '../names.js';
import { Queues } from '../producers.js';

/**
 * The compose queue's processor. It runs in BullMQ's pool of worker threads (sandboxed processor,
 * `useWorkerThreads`), so writing teasers — pure CPU work — never blocks the publishers. It then fans
 * out: one ledger record and one publish job per post. The thread gets what it needs (never from
 * process.env) through `workerData`, set by the process that starts the workers.
 */
export interface ComposeThreadData {
  redisUrl: string;
  prefix: string;
  settings: Settings;
  /** Benchmark switch: skip the teaser engine and post a fixed one-line part. */
  noop?: boolean;
}

let context: { redis: Redis; queues: Queues; data: ComposeThreadData } | undefined;

function threadContext() {
  if (!context) {
    const data = workerData as ComposeThreadData;
    const redis = createRedis(data.redisUrl, 'worker');
    context = { redis, queues: new Queues(redis, data.prefix), data };
  }
  return context;
}

export default async function compose(job: SandboxedJob): Promise<ComposeResult> {
  const { redis, queues, data: thread } = threadContext();
  const data = readJobData(QUEUES.compose, ComposeJobSchema, job.data);
  const article = await readArticle(redis, thread.prefix, data.articleId).catch((error: unknown) => {
    // Every pending compose of this article already ran (this one again after a crash): nothing left to do.
    if (error instanceof MissingArticleError && error.trimmed) return undefined;
    throw error;
  });
  if (!article) return { posts: [] };
  const teasers: Teasers = thread.noop
    ? Object.fromEntries(data.platforms.map((p) => [p, [{ text: article.title, length: 1, limit: 1 }]]))
    : composeTeasers(article, {
        platforms: data.platforms,
        settings: thread.settings,
        thread: data.thread,
        mastodonLimits: data.mastodonLimits,
      });
  const result = await fanOut({
    redis,
    prefix: thread.prefix,
    settings: thread.settings,
    queues,
    articleId: article.id,
    teasers,
    when: data.when,
  });
  await releaseArticle(redis, thread.prefix, article.id);
  return result;
}
