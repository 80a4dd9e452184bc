import type { Settings } from '../src/config.js';
import type { Logger } from '../src/log.js';
import type { PlatformId } from '../src/platforms/platform.js';
import { queuePrefix } from '../src/redis/keys.js';
import type { Queues } from './handles.js';
import { legacyPublishQueueName } from './names.js';

/** The states of a job that has still to run (an active one's worker may be gone: it runs again here). */
const PENDING = ['active', 'wait', 'prioritized', 'delayed'] as const;
/** BullMQ scores a delayed job by its due time × 0x1000 (its order within the millisecond in the low bits). */
const DELAYED_SCORE_UNIT = 0x1000;

/**
 * Publish queues were once one per account (`publish-<platform>-<account>`); they are one per platform now
 * (queues/names.ts). At start, each worker moves the posts still waiting in an old queue of a configured account
 * to its platform's queue, with the same job id, data and due time, then deletes the old queue (its finished jobs
 * too: the ledger keeps every post's state). A job also running in an old worker at that moment runs twice at
 * worst, and the ledger's lock and record keep the post from going out twice (docs/queue-and-ledger.md,
 * "Many accounts"). Returns how many jobs were moved.
 */
export async function drainLegacyPublishQueues(options: {
  queues: Queues;
  settings: Pick<Settings, 'platforms'>;
  platforms: readonly PlatformId[];
  logger?: Logger | undefined;
}): Promise<number> {
  const { queues, settings } = options;
  const redis = queues.connection;
  const legacy = options.platforms.flatMap((platform) =>
    settings.platforms[platform].accounts.map((account) => ({
      platform,
      name: legacyPublishQueueName(platform, account),
    })),
  );
  // One EXISTS per old queue (its keys share one slot on a cluster), sent together: most find nothing.
  const present = await Promise.all(
    legacy.map(async (old) => {
      const base = `${queuePrefix(redis, queues.prefix, old.name)}:${old.name}`;
      const found = await redis.exists(...[...PENDING, 'meta', 'id'].map((type) => `${base}:${type}`));
      return found > 0 ? old : undefined;
    }),
  );
  let moved = 0;
  for (const old of present) {
    if (!old) continue;
    const from = queues.get(old.name);
    const to = queues.publish(old.platform);
    const now = Date.now();
    for (const job of await from.getJobs([...PENDING])) {
      if (!job.id) continue;
      const score = await redis.zscore(from.keys.delayed ?? '', job.id);
      const dueAt = score === null ? now : Math.floor(Number(score) / DELAYED_SCORE_UNIT);
      await to.add(job.name, job.data, { ...job.opts, jobId: job.id, delay: Math.max(0, dueAt - now) });
      moved++;
    }
    await from.obliterate({ force: true });
    await queues.forget(old.name);
  }
  if (moved > 0) options.logger?.info({ moved }, 'moved posts from per-account publish queues to per-platform ones');
  return moved;
}
