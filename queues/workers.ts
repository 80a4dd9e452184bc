import { availableParallelism } from 'node:os';
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../src/config.js';
import { Ledger } from '../src/ledger/ledger.js';
import { Retractions } from '../src/ledger/retraction.js';
import { Review } from '../src/ledger/review.js';
import { chargeXPost } from '../src/ledger/x-bill.js';
import type { Logger } from '../src/log.js';
import { MetricsRecorder } from '../src/metrics/record.js';
import type { PlatformAdapter } from '../src/platforms/adapter.js';
import { PLATFORMS } from '../src/platforms/platform.js';
import type { Registry } from '../src/platforms/registry.js';
import { queuePrefix } from '../src/redis/keys.js';
import { teaserOptions } from '../src/teaser/options.js';
import { AccountBudget } from './account-budget.js';
import { createAiWriting } from './ai-writing.js';
import { backoffStrategy } from './backoff.js';
import { keepClosed } from './cluster-disconnect.js';
import { Queues } from './handles.js';
import { drainLegacyPublishQueues } from './legacy-queues.js';
import { publishQueueName, QUEUES } from './names.js';
import { reportOutcome } from './outcomes.js';
import { createComposeProcessor, createTeaserPool } from './processors/compose.js';
import { createFeedProcessor } from './processors/feed.js';
import { createPublishProcessor } from './processors/publish.js';
import { createRepostProcessor } from './processors/repost.js';
import { createRetractProcessor } from './processors/retract.js';
import { createUpdateProcessor } from './processors/update.js';
import { createWebhookProcessor } from './processors/webhook.js';

/** Publish slots per platform in one process, whatever its number of accounts. */
const MAX_PUBLISH_SLOTS = 32;

export interface WorkerPoolOptions {
  config: Pick<Config, 'redisUrl' | 'prefix' | 'settings'> & Partial<Pick<Config, 'webhooks' | 'ai'>>;
  registry: Registry;
  /** A `createRedis(url, 'worker')` connection; the pool does not close it. */
  connection: Redis;
  logger?: Logger;
  /** Publish slots per platform account (default 4), summed per platform up to 32 (docs/operating.md). */
  publishConcurrency?: number;
  /** Compose threads (default: the number of cores); the compose queue runs 8 jobs per thread. */
  composeConcurrency?: number;
  /** How often stalled jobs are looked for (BullMQ default 30 s; tests use less). */
  stalledIntervalMs?: number;
  /** BullMQ job lock duration (default 30 s). */
  lockDurationMs?: number;
  /** The per-post lock's time to live (default 30 s). */
  postLockTtlMs?: number;
  /** Benchmark switch: compose writes a fixed one-line teaser (publish no-ops come from the registry). */
  noop?: boolean;
}

export interface WorkerPool {
  readonly workers: Worker[];
  /** Stops taking jobs, waits for the ones in flight, closes the queues. */
  close(): Promise<void>;
}

/**
 * Starts every worker of one `crier worker` process on one shared connection: compose (a
 * pool of worker threads), feeds, amend, and one publish worker per enabled platform, whatever its number of
 * accounts. Any number of these processes, on any number of hosts, share the queues, the rate budgets and the
 * ledger.
 */
export async function startWorkerPool(options: WorkerPoolOptions): Promise<WorkerPool> {
  const { config, registry, connection, logger } = options;
  const { prefix, settings } = config;
  const queues = new Queues(connection, prefix);
  const ledger = new Ledger({ redis: connection, prefix });
  const review = new Review({ redis: connection, prefix });
  const metrics = new MetricsRecorder(connection, prefix);
  // The BullMQ options of the worker of queue `name` (its prefix is tagged with the name on a cluster).
  const common = (name: string) => ({
    connection,
    prefix: queuePrefix(connection, prefix, name),
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    lockDuration: options.lockDurationMs ?? 30_000,
    // A stall (the worker died, or missed renewing its lock) is never the end of a job, however often it
    // happens: every job here is safe to run again, and the ledger decides what is already done
    // (docs/queue-and-ledger.md, "Stalls"). BullMQ's default, 1, failed a job stalled twice for good.
    maxStalledCount: Number.MAX_SAFE_INTEGER,
  });
  const workers: Worker[] = [];
  const watch = (worker: Worker) => {
    worker.on('error', (error) => logger?.warn({ err: error, queue: worker.name }, 'worker error (will retry)'));
    worker.on('failed', (job, error) =>
      logger?.debug({ queue: worker.name, job: job?.id, err: error.message }, 'job attempt failed'),
    );
    workers.push(worker);
  };

  // Compose on this thread, teasers in a pool of threads: several jobs per thread in flight, so the
  // threads write teasers while the jobs wait on Redis. A compose waits on ~5 round trips in a row
  // (read, schedule, add, release, finish) for each teaser; at 4 per thread it fell behind the
  // publishers, which then idled and polled (queue bench: 8 per thread, +0.08 ratio, −15% CPU per article).
  const COMPOSES_PER_THREAD = 8;
  const threads = options.composeConcurrency ?? availableParallelism();
  const ai = options.noop ? undefined : config.ai;
  const teaserPool = createTeaserPool({
    size: threads,
    teaser: teaserOptions(settings),
    noop: options.noop,
    ...(ai ? { ai: { ...ai, apiKey: ai.apiKey } } : {}),
  });
  const compose = new Worker(
    QUEUES.compose,
    createComposeProcessor({
      redis: connection,
      prefix,
      settings,
      queues,
      pool: teaserPool,
      mastodonLimits: () => registry.mastodonLimits(),
      ...(ai ? { ai: createAiWriting({ redis: connection, prefix, ai, pool: teaserPool, metrics }) } : {}),
    }),
    { ...common(QUEUES.compose), concurrency: threads * COMPOSES_PER_THREAD },
  );
  // Compose latency for /metrics, measured from here so the threads stay free of it.
  compose.on('completed', (job) => {
    if (job.processedOn && job.finishedOn) metrics.compose(job.finishedOn - job.processedOn);
  });
  watch(compose);

  watch(
    new Worker(
      QUEUES.feeds,
      createFeedProcessor({
        redis: connection,
        prefix,
        settings,
        queues,
        platforms: [...new Set(registry.adapters.map((a) => a.platform))],
        logger,
      }),
      {
        ...common(QUEUES.feeds),
        concurrency: 2,
      },
    ),
  );

  // Posts still in the per-account queues of an earlier crier go to their platform's queue first.
  await drainLegacyPublishQueues({ queues, settings, platforms: PLATFORMS, logger });
  const budget = new AccountBudget(connection, prefix, settings.platforms);
  for (const platform of PLATFORMS) {
    const accounts = new Map<string, PlatformAdapter>(
      registry.adapters.filter((a) => a.platform === platform).map((a) => [a.account, a]),
    );
    if (accounts.size === 0) continue;
    const name = publishQueueName(platform);
    const processor = createPublishProcessor({
      redis: connection,
      prefix,
      ledger,
      adapters: accounts,
      budget,
      lockTtlMs: options.postLockTtlMs ?? 30_000,
      delivery: settings.delivery,
      logger,
      onOutcome: (event) => reportOutcome({ metrics, queues, webhooks: config.webhooks }, event),
      ...(platform === 'x'
        ? {
            gate: async (post) => {
              const verdict = await chargeXPost({
                redis: connection,
                prefix,
                settings: settings.xBill,
                postId: post.postId,
                account: post.account,
                parts: post.parts as Array<{ text: string }>,
                image: post.image,
              });
              return verdict.kind === 'over' ? verdict.reason : undefined;
            },
            hold: (postId, reason, lockToken) => review.hold(postId, reason, lockToken),
          }
        : {}),
    });
    watch(
      new Worker(name, processor, {
        ...common(name),
        // Slots are cheap (no connection each); the cap keeps a process's open platform calls bounded with
        // many accounts. One account may use any free slot: its budget bounds what it sends.
        concurrency: Math.min((options.publishConcurrency ?? 4) * accounts.size, MAX_PUBLISH_SLOTS),
        settings: {
          backoffStrategy: (
            attempts: number,
            type?: string,
            error?: Error,
            job?: Parameters<typeof backoffStrategy>[3],
          ) => backoffStrategy(attempts, type, error, job, settings.delivery.maxBackoffMs),
        },
      }),
    );
  }

  // Changes to posts already out (docs/operator.md): one worker for every account, since they are rare.
  const adapters = new Map(registry.adapters.map((adapter) => [`${adapter.platform}:${adapter.account}`, adapter]));
  const retractions = new Retractions({ redis: connection, prefix });
  const retract = createRetractProcessor({
    redis: connection,
    retractions,
    adapters,
    lockTtlMs: options.postLockTtlMs ?? 30_000,
    logger,
  });
  const update = createUpdateProcessor({ redis: connection, prefix, ledger, adapters, logger });
  const repost = createRepostProcessor({
    redis: connection,
    prefix,
    settings,
    queues,
    ledger,
    retractions,
    retract,
    logger,
  });
  const amend = (job: Job, token?: string) =>
    job.name === 'update' ? update(job) : job.name === 'repost' ? repost(job, token) : retract(job, token);
  watch(
    new Worker(QUEUES.amend, amend, {
      ...common(QUEUES.amend),
      concurrency: 4,
      settings: { backoffStrategy },
    }),
  );

  if (config.webhooks) {
    watch(
      new Worker(QUEUES.webhooks, createWebhookProcessor({ secret: config.webhooks.secret }), {
        ...common(QUEUES.webhooks),
        concurrency: 4,
      }),
    );
  }

  return {
    workers,
    async close() {
      // On a cluster, BullMQ's recovery could reconnect a blocking connection that Worker.close() has just
      // disconnected, and the worker then never finishes closing (queues/cluster-disconnect.ts, keepClosed).
      await Promise.all(workers.map(async (w) => keepClosed(await w.backend.blockingClient?.catch(() => undefined))));
      await Promise.all(workers.map((w) => w.close()));
      await metrics.close();
      await teaserPool.close();
      await queues.close();
    },
  };
}
