import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Settings } from '../../src/config.js';
import { pendingRepost, reopenForRepost } from '../../src/ledger/follow.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import type { Retractions } from '../../src/ledger/retraction.js';
import type { Logger } from '../../src/log.js';
import type { Queues } from '../handles.js';
import { AmendJobSchema, readJobData } from '../jobs.js';
import { postId } from '../names.js';
import { ensurePublishJob } from '../producers.js';

export interface RepostContext {
  redis: Redis;
  prefix: string;
  settings: Settings;
  queues: Queues;
  ledger: Ledger;
  retractions: Retractions;
  /** The retract job's processor (queues/processors/retract.ts): the repost takes the old post down through it. */
  retract: (job: Job, token?: string) => Promise<{ outcome: string }>;
  logger?: Logger;
}

/**
 * The repost job of one post (docs/operator.md, "Follow the article", `repost`): retract the post with the
 * retraction's own guarantees, then reopen it with the article's new text and publish it like any new post.
 * Each step can be run again: the retraction is idempotent, the reopen consumes the pending text in the step
 * that makes the post scheduled again, and the publish job's id is the post id, so a crash anywhere costs one
 * more run of this job, never a second post nor a lost one.
 */
export function createRepostProcessor(ctx: RepostContext) {
  return async function repost(job: Job, token?: string): Promise<{ outcome: string }> {
    const data = readJobData('amend', AmendJobSchema, job.data);
    const id = postId(data);
    const log = ctx.logger?.child({ post: id, job: job.id, action: 'repost' });
    if (await pendingRepost(ctx.redis, ctx.prefix, id)) {
      const asked = await ctx.retractions.request(id);
      if (asked === 'requested' || asked === 'retracting') {
        // Throws to retry or to wait (429, lock), as a retract job would; this job is then run again.
        const retracted = await ctx.retract(job, token);
        if (retracted.outcome !== 'retracted') return { outcome: retracted.outcome };
      }
      const reopened = await reopenForRepost(ctx.redis, ctx.prefix, { ...data, postId: id });
      log?.info({ reopened }, 'old post taken down; posting the new text');
    }
    // The post waits to be published (just reopened, or reopened by an earlier run that did not get this far).
    const post = await ctx.ledger.get(id);
    if (post?.state !== 'scheduled') return { outcome: post?.state ?? 'missing' };
    await ensurePublishJob(ctx.queues, ctx.settings, data, new Date());
    return { outcome: 'reposting' };
  };
}
