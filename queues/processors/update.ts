import { type Job, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import { pendingUpdate, updateDone } from '../../src/ledger/follow.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import type { Logger } from '../../src/log.js';
import type { PlatformAdapter } from '../../src/platforms/adapter.js';
import { PermanentError } from '../../src/platforms/errors.js';
import type { PartsByPlatform } from '../../src/platforms/parts.js';
import { AmendJobSchema, readJobData } from '../jobs.js';
import { postId } from '../names.js';

export interface UpdateContext {
  redis: Redis;
  prefix: string;
  ledger: Ledger;
  adapters: ReadonlyMap<string, PlatformAdapter>;
  logger?: Logger;
}

/**
 * The update job of one post (docs/operator.md, "Follow the article"): edits the posted first part in place
 * with the article's new text. Sending the same edit twice leaves the same text, so a lost answer is simply
 * tried again; the ledger takes the new text only once the platform has it.
 */
export function createUpdateProcessor(ctx: UpdateContext) {
  return async function update(job: Job): Promise<{ outcome: string }> {
    const data = readJobData('amend', AmendJobSchema, job.data);
    const id = postId(data);
    const pending = await pendingUpdate(ctx.redis, ctx.prefix, id);
    if (!pending) return { outcome: 'nothing-pending' };
    const post = await ctx.ledger.get(id);
    const first = post?.done[0];
    if (post?.state !== 'published' || !first) return { outcome: post?.state ?? 'missing' };
    const adapter = ctx.adapters.get(`${data.platform}:${data.account}`);
    if (!adapter?.update) throw new UnrecoverableError(`${data.platform} posts cannot be edited in place`);
    const parts = JSON.parse(pending) as Array<PartsByPlatform[typeof data.platform]>;
    const content = parts[0];
    if (!content) return { outcome: 'nothing-pending' };
    try {
      await adapter.update(first, content);
    } catch (error) {
      if (error instanceof PermanentError) throw new UnrecoverableError(error.message);
      throw error;
    }
    await updateDone(ctx.redis, ctx.prefix, id, pending);
    ctx.logger?.info({ post: id }, 'edited in place');
    return { outcome: 'updated' };
  };
}
