import { randomUUID } from 'node:crypto';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Retractions } from '../../src/ledger/retraction.js';
import type { Logger } from '../../src/log.js';
import type { PlatformAdapter } from '../../src/platforms/adapter.js';
import { PermanentError, RateLimitedError } from '../../src/platforms/errors.js';
import { holdLock } from '../../src/redis/lock.js';
import { type AmendJob, AmendJobSchema, readJobData } from '../jobs.js';
import { postId } from '../names.js';

export interface RetractContext {
  redis: Redis;
  retractions: Retractions;
  /** The adapters by `platform:account`. */
  adapters: ReadonlyMap<string, PlatformAdapter>;
  lockTtlMs: number;
  logger?: Logger;
}

/**
 * The retract job of one post (docs/operator.md, "Retract"): take the post's lock, then delete its parts on the
 * platform, last first (a reply before the post it answers), recording each before the next, and mark the
 * post retracted. A delete whose answer is lost is simply sent again: the platform then says 404, which counts
 * as gone. A 429 waits for the platform's reset without spending an attempt; a permanent refusal fails the
 * retraction with the platform's words, and `crier retract` can ask again.
 */
export function createRetractProcessor(ctx: RetractContext) {
  return async function retract(job: Job, token?: string): Promise<{ outcome: string; deleted: number }> {
    const data: AmendJob = readJobData('amend', AmendJobSchema, job.data);
    const id = postId(data);
    const log = ctx.logger?.child({ post: id, job: job.id, action: 'retract' });
    const adapter = ctx.adapters.get(`${data.platform}:${data.account}`);
    const lockToken = randomUUID();
    const begun = await ctx.retractions.begin(id, { token: lockToken, ttlMs: ctx.lockTtlMs });
    if (begun.kind === 'locked') {
      await job.moveToDelayed(Date.now() + ctx.lockTtlMs, token);
      throw new DelayedError();
    }
    if (begun.kind !== 'go') return { outcome: begun.kind, deleted: 0 };
    const lock = holdLock({
      redis: ctx.redis,
      key: ctx.retractions.lockKey(id),
      token: lockToken,
      ttlMs: ctx.lockTtlMs,
    });
    let deleted = begun.deleted;
    try {
      if (!adapter?.remove) {
        throw new UnrecoverableError(
          `${data.platform}:${data.account} is not configured here: cannot delete its posts`,
        );
      }
      for (let index = begun.parts.length - 1 - deleted; index >= 0; index--) {
        const part = begun.parts[index];
        if (!part) continue;
        const result = await adapter.remove(part, lock.signal);
        deleted++;
        log?.info({ remoteId: part.remoteId, result }, 'part taken down');
        if (index > 0) await ctx.retractions.recordDeleted(id, deleted);
      }
      lock.forget();
      await ctx.retractions.finish(id, 'retracted', lockToken);
      return { outcome: 'retracted', deleted };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      lock.forget();
      if (error instanceof RateLimitedError) {
        await ctx.retractions.finish(id, 'retrying', lockToken, reason);
        log?.warn({ resetAt: error.resetAt.toISOString() }, 'rate limited; retracting after the reset');
        await job.moveToDelayed(Math.max(Date.now() + 1_000, error.resetAt.getTime()), token);
        throw new DelayedError();
      }
      const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (error instanceof PermanentError || error instanceof UnrecoverableError || final) {
        await ctx.retractions.finish(id, 'failed', lockToken, reason);
        log?.error({ reason }, 'retraction failed');
        throw new UnrecoverableError(reason);
      }
      await ctx.retractions.finish(id, 'retrying', lockToken, reason);
      log?.warn({ reason }, 'retraction will be tried again');
      throw error;
    } finally {
      await lock.release().catch(() => undefined);
    }
  };
}
