import { randomBytes } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import type { Article } from '../src/article/article.js';
import type { Settings } from '../src/config.js';
import { Ledger } from '../src/ledger/ledger.js';
import { storeArticle } from './articles.js';
import { BACKOFF_TYPE } from './backoff.js';
import type { Queues } from './handles.js';
import type { AmendJob, ComposeJob, FeedJob, PublishJob, When } from './jobs.js';
import { type AmendKind, amendJobId, composeJobId, feedSchedulerId, type PostRef, postId, QUEUES } from './names.js';

/** Finished jobs are trimmed (the ledger keeps the record); failed ones are kept a while for inspection. */
function retention(settings: Settings): Pick<JobsOptions, 'removeOnComplete' | 'removeOnFail'> {
  return {
    removeOnComplete: { count: settings.delivery.keepCompletedJobs, age: 7 * 86_400 },
    removeOnFail: { count: 1_000, age: 30 * 86_400 },
  };
}

function publishJobOptions(settings: Settings, jobId: string, delayMs: number): JobsOptions {
  return {
    jobId,
    delay: Math.max(0, delayMs),
    // The publish processor retries platform failures itself, until the retry horizon (the ledger keeps the
    // next attempt's time). BullMQ's attempts only catch what fails before it can (Redis away): never the end.
    attempts: Number.MAX_SAFE_INTEGER,
    backoff: { type: BACKOFF_TYPE, delay: settings.delivery.backoffMs },
    ...retention(settings),
  };
}

export interface EnqueueInput {
  article: Article;
  platforms: ComposeJob['platforms'];
  thread?: boolean;
  when: When;
  /** Hold the posts in `draft` until approved (docs/operator.md). */
  review?: boolean;
  /** The operator's text per platform, already checked (src/platforms/operator-text.ts). */
  texts?: ComposeJob['texts'];
}

/**
 * Stores the article once and adds its compose job (compose → one publish job per post). Every producer
 * (CLI, API, feed poller) parses the article in its own process first, so bad input never reaches a queue.
 * Each enqueue is its own compose job (a random nonce in its id): enqueueing again reschedules, and
 * the ledger, not the job, keeps a post from going out twice.
 */
export async function enqueueArticle(queues: Queues, settings: Settings, input: EnqueueInput): Promise<string> {
  await storeArticle(queues.connection, queues.prefix, input.article);
  const data: ComposeJob = {
    articleId: input.article.id,
    platforms: input.platforms,
    thread: input.thread ?? false,
    when: input.when,
    // Read before the job is added: a cancel from now on is newer than this compose.
    epoch: await new Ledger({ redis: queues.connection, prefix: queues.prefix }).epoch(input.article.id),
    review: input.review ?? false,
    ...(input.texts && Object.keys(input.texts).length > 0 ? { texts: input.texts } : {}),
  };
  const jobId = composeJobId(input.article.id, randomBytes(6).toString('base64url'));
  await queues.get(QUEUES.compose).add('compose', data, {
    jobId,
    attempts: 5,
    backoff: { type: 'exponential', delay: 1_000 },
    ...retention(settings),
  });
  return jobId;
}

/**
 * Makes sure the post's publish job exists and is due at `dueAt`. The job id is the post id, so a
 * second enqueue finds the first job; a finished job (kept or not) is replaced, since the ledger, not
 * the job, decides whether anything is posted.
 */
export async function ensurePublishJob(
  queues: Queues,
  settings: Settings,
  ref: PostRef,
  dueAt: Date,
  now: Date = new Date(),
): Promise<void> {
  const existing = await queues.publish(ref.platform).getJob(postId(ref));
  const delay = dueAt.getTime() - now.getTime();
  if (existing) {
    const state = await existing.getState();
    if (state === 'delayed') {
      await existing.changeDelay(Math.max(0, delay));
      return;
    }
    if (state === 'waiting' || state === 'active' || state === 'prioritized' || state === 'waiting-children') return;
    // completed / failed / unknown: make room for a fresh job with the same id.
    await existing.remove().catch(() => undefined);
  }
  await addPublishJob(queues, settings, ref, dueAt, now);
}

/** Adds the post's publish job (a post new to the ledger: no earlier job to look for). */
export async function addPublishJob(
  queues: Queues,
  settings: Settings,
  ref: PostRef,
  dueAt: Date,
  now: Date = new Date(),
): Promise<void> {
  const data: PublishJob = { articleId: ref.articleId, platform: ref.platform, account: ref.account };
  await queues
    .publish(ref.platform)
    .add('publish', data, publishJobOptions(settings, postId(ref), dueAt.getTime() - now.getTime()));
}

/**
 * Adds the post's amend job (retract or update), due now. Its id is fixed per post and kind; a finished one
 * (a retraction that failed for good, asked again) makes room for a new one, since the ledger decides.
 */
export async function addAmendJob(queues: Queues, settings: Settings, kind: AmendKind, ref: PostRef): Promise<void> {
  const queue = queues.get(QUEUES.amend);
  const jobId = amendJobId(kind, ref);
  const existing = await queue.getJob(jobId);
  if (existing) {
    const state = await existing.getState();
    if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return;
    await existing.remove().catch(() => undefined);
  }
  const data: AmendJob = { articleId: ref.articleId, platform: ref.platform, account: ref.account };
  await queue.add(kind, data, {
    jobId,
    // Retract and update jobs count attempts (queues/processors/retract.ts): as many as capped backoffs fill the
    // retry horizon, so a platform outage is waited out about as long as a post's (docs/queue-and-ledger.md).
    attempts: Math.max(8, Math.ceil(settings.delivery.retryHorizonMs / settings.delivery.maxBackoffMs)),
    backoff: { type: BACKOFF_TYPE, delay: settings.delivery.backoffMs },
    ...retention(settings),
  });
}

/** Removes a post's waiting or delayed job (cancel); an active one is left to the ledger to stop. */
export async function removePublishJob(queues: Queues, ref: PostRef): Promise<void> {
  const job = await queues.publish(ref.platform).getJob(postId(ref));
  if (!job) return;
  const state = await job.getState();
  if (state === 'active') return;
  await job.remove().catch(() => undefined);
}

/** Polls the feed on its cron, in the operator's time zone (one BullMQ job scheduler per feed). */
export async function scheduleFeedPolling(
  queues: Queues,
  settings: Settings,
  feed: { id: string; cron: string },
): Promise<void> {
  const data: FeedJob = { feedId: feed.id };
  await queues.get(QUEUES.feeds).upsertJobScheduler(
    feedSchedulerId(feed.id),
    { pattern: feed.cron, tz: settings.schedule.timezone },
    {
      name: 'poll',
      data,
      opts: { attempts: 4, backoff: { type: 'exponential', delay: 30_000 }, ...retention(settings) },
    },
  );
}

export async function stopFeedPolling(queues: Queues, feedId: string): Promise<void> {
  await queues.get(QUEUES.feeds).removeJobScheduler(feedSchedulerId(feedId));
}
