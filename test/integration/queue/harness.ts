import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { createRedis } from '../../../queues/connection.js';
import { Queues } from '../../../queues/handles.js';
import { publishQueueName, QUEUES } from '../../../queues/names.js';
import { type EnqueueInput, enqueueArticle } from '../../../queues/producers.js';
import { startWorkerPool, type WorkerPool, type WorkerPoolOptions } from '../../../queues/workers.js';
import { type Article, ArticleSchema } from '../../../src/article/article.js';
import { type Config, loadConfig } from '../../../src/config.js';
import { Ledger, type PostRecord, type PostState } from '../../../src/ledger/ledger.js';
import type { PlatformAdapter, PublishedPart, PublishRequest } from '../../../src/platforms/adapter.js';
import { OutcomeUnknownError } from '../../../src/platforms/errors.js';
import { PLATFORMS, type PlatformId } from '../../../src/platforms/platform.js';
import { staticRegistry } from '../../../src/platforms/registry.js';
import { testRedisEnv, uniquePrefix } from '../../support/env.js';
import { until } from '../../support/until.js';

/** A crier on the test Redis under its own prefix: config, connection, queues, ledger, workers. */
export interface Harness {
  config: Config;
  redis: Redis;
  queues: Queues;
  ledger: Ledger;
  outbox: string;
  start(adapters: PlatformAdapter[], options?: Partial<WorkerPoolOptions>): Promise<WorkerPool>;
  enqueue(article: Article, input?: Partial<EnqueueInput>): Promise<void>;
  waitFor(postId: string, states: PostState[], timeoutMs?: number): Promise<PostRecord>;
  /** Resolves with the post's record once `ready` holds for it. */
  until(postId: string, ready: (record: PostRecord) => boolean, timeoutMs?: number): Promise<PostRecord>;
  /** Resolves once no compose or publish job is waiting, delayed or running: every post so far is settled. */
  idle(): Promise<void>;
  /** Closes the workers (waiting at most `graceMs`, if given, for the jobs in flight), the queues and the connection. */
  close(graceMs?: number): Promise<void>;
}

export const FAST = { stalledIntervalMs: 500, lockDurationMs: 2_000, postLockTtlMs: 1_500 };

/**
 * On the test run's Redis (or cluster: test/support/env.ts), or on the Redis at `target` (a URL, or the
 * environment that names it: REDIS_URL, REDIS_CLUSTER_NODES).
 */
export function createHarness(settings: unknown = {}, target?: string | Record<string, string>): Harness {
  const outbox = join(mkdtempSync(join(tmpdir(), 'crier-outbox-')), 'outbox.jsonl');
  const config = loadConfig(
    {
      ...(typeof target === 'string' ? { REDIS_URL: target } : (target ?? testRedisEnv())),
      CRIER_PREFIX: uniquePrefix('q'),
      CRIER_OUTBOX: outbox,
      LOG_LEVEL: 'silent',
    },
    {
      delivery: { backoffMs: 50, maxBackoffMs: 200, keepCompletedJobs: 10 },
      ...(settings as object),
    },
  );
  const redis = createRedis(config, 'worker');
  const queues = new Queues(redis, config.prefix);
  const ledger = new Ledger({ redis, prefix: config.prefix });
  const pools: WorkerPool[] = [];
  return {
    config,
    redis,
    queues,
    ledger,
    outbox,
    async start(adapters, options = {}) {
      const pool = await startWorkerPool({
        config,
        registry: staticRegistry(adapters),
        connection: redis,
        composeConcurrency: 1,
        ...FAST,
        ...options,
      });
      pools.push(pool);
      return pool;
    },
    async enqueue(article, input = {}) {
      await enqueueArticle(queues, config.settings, {
        article,
        platforms: ['x'],
        when: { kind: 'now' },
        ...input,
      });
    },
    async waitFor(postId, states, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const record = await ledger.get(postId);
        if (record && states.includes(record.state)) return record;
        if (Date.now() > deadline) {
          const job = record ? await queues.publish(record.platform).getJob(postId) : undefined;
          const jobState = job ? `${await job.getState()} ${JSON.stringify(job.opts)} ${job.failedReason}` : 'no job';
          throw new Error(
            `post ${postId} did not reach ${states.join('|')}: ${JSON.stringify(record ?? null)}; job: ${jobState}`,
          );
        }
        await sleep(25);
      }
    },
    async until(postId, ready, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const record = await ledger.get(postId);
        if (record && ready(record)) return record;
        if (Date.now() > deadline) throw new Error(`post ${postId} never got there: ${JSON.stringify(record ?? null)}`);
        await sleep(25);
      }
    },
    async idle() {
      const names = [QUEUES.compose, ...PLATFORMS.map((p) => publishQueueName(p))];
      const pending = async () => {
        const counts = await Promise.all(
          names.map((name) => queues.get(name).getJobCounts('waiting', 'active', 'delayed', 'prioritized')),
        );
        return counts.every((c) => Object.values(c).every((n) => n === 0));
      };
      await until('every queue is idle', pending);
    },
    async close(graceMs) {
      const closing = Promise.all(pools.map((p) => p.close())).then(() => true);
      const closed =
        graceMs === undefined ? await closing : await Promise.race([closing, sleep(graceMs).then(() => false)]);
      // Past the grace period, do what `crier worker` does (src/cli/commands/worker.ts, STOP_GRACE_MS): stop waiting
      // and drop the connections; a job still active would be taken up again by another worker.
      if (!closed) await Promise.all(pools.flatMap((p) => p.workers.map((w) => w.disconnect().catch(() => {}))));
      await queues.close();
      await redis.quit();
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

let counter = 0;
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  counter++;
  const id = overrides.id ?? `a${Date.now().toString(36)}${counter}`;
  return ArticleSchema.parse({
    id,
    url: `https://example.org/posts/${id}`,
    title: 'Les abeilles sauvages reviennent en ville',
    lang: 'fr',
    body: 'Les abeilles sauvages reviennent en ville. Une étude montre leur retour dans les parcs.',
    ...overrides,
  });
}

type Step = 'ok' | Error | 'commit-then-unknown' | { wait: number };

/**
 * A PlatformAdapter of our own for the queue logic: a pretend platform that records what it holds,
 * answers each publish call from a script, and recovers by idempotency key like Mastodon does.
 */
export class ScriptedAdapter<P extends PlatformId = 'x'> implements PlatformAdapter<P> {
  readonly account: string;
  /** What the "platform" holds: idempotency key + part index → remote part. */
  readonly server = new Map<string, PublishedPart>();
  readonly calls: Array<{ kind: 'publish' | 'recover'; key: string; done: number; at: number }> = [];
  private readonly script: Step[];

  constructor(
    readonly platform: P,
    script: Step[] = [],
    account = 'default',
  ) {
    this.script = [...script];
    this.account = account;
  }

  get posts(): number {
    return this.server.size;
  }

  async publish(request: PublishRequest<P>): Promise<PublishedPart[]> {
    this.calls.push({ kind: 'publish', key: request.idempotencyKey, done: request.done.length, at: Date.now() });
    const posted = [...request.done];
    for (let i = posted.length; i < request.parts.length; i++) {
      const step = this.script.shift() ?? 'ok';
      if (typeof step === 'object' && 'wait' in step) await sleep(step.wait);
      else if (step instanceof Error) throw step;
      const part = {
        remoteId: `${request.idempotencyKey}-${i}`,
        url: `https://example.test/${request.idempotencyKey}/${i}`,
      };
      const slot = `${request.idempotencyKey}#${i}`;
      if (this.server.has(slot)) throw new Error(`posted twice: ${slot}`);
      this.server.set(slot, part);
      if (step === 'commit-then-unknown') throw new UnknownOutcome(this.platform);
      posted.push(part);
      await request.onPosted?.(i, part);
    }
    return posted;
  }

  async recover(request: PublishRequest<P>): Promise<PublishedPart | null> {
    this.calls.push({ kind: 'recover', key: request.idempotencyKey, done: request.done.length, at: Date.now() });
    return this.server.get(`${request.idempotencyKey}#${request.done.length}`) ?? null;
  }

  async verify(): Promise<string> {
    return `@${this.account}`;
  }
}

/**
 * The same platform, seen by a worker that crashes as soon as the platform has taken the post: `connection` (the
 * worker's Redis) ends before the ledger hears of it, so the post is left `publishing` and its lock unrenewed.
 */
export function diesAfterPosting(platform: ScriptedAdapter, connection: Redis): PlatformAdapter<'x'> {
  return {
    platform: 'x',
    account: platform.account,
    verify: () => platform.verify(),
    recover: (request) => platform.recover(request),
    publish: async (request) => {
      const posted = await platform.publish(request);
      connection.disconnect();
      return posted;
    },
  };
}

class UnknownOutcome extends OutcomeUnknownError {
  constructor(platform: PlatformId) {
    super(platform, 'the connection dropped after the request was sent');
  }
}
