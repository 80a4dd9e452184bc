import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker as Thread } from 'node:worker_threads';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Article } from '../../src/article/article.js';
import type { Settings } from '../../src/config.js';
import { packagePath } from '../../src/paths.js';
import type { MastodonLimits } from '../../src/platforms/mastodon/counter.js';
import { withOperatorTexts } from '../../src/teaser/operator-text.js';
import { teaserOptions } from '../../src/teaser/options.js';
import type { Teasers } from '../../src/teaser/teasers.js';
import type { WrittenTeasers } from '../../src/writers/compose.js';
import type { AiWriting } from '../ai-writing.js';
import { MissingArticleError, readArticle, releaseArticle } from '../articles.js';
import { fanOut } from '../fanout.js';
import type { Queues } from '../handles.js';
import { ComposeJobSchema, type ComposeResult, readJobData } from '../jobs.js';
import { QUEUES } from '../names.js';
import type { ComposeReply, ComposeRequest, ComposeThreadData } from './compose-worker-thread.js';

export interface ComposeContext {
  redis: Redis;
  prefix: string;
  settings: Settings;
  queues: Queues;
  pool: TeaserPool;
  /** The Mastodon instance's limits (the registry's, cached by the adapter), or undefined for the settings. */
  mastodonLimits: () => Promise<MastodonLimits | undefined>;
  /** The AI writer, when CRIER_AI_* are set (queues/ai-writing.ts); else the extractive engine alone. */
  ai?: AiWriting;
}

/**
 * The compose queue's processor. It runs on the main thread and does the Redis work (read the
 * article, fan out: one ledger record and one publish job per post, release the article); only the
 * teaser writing — pure CPU work — goes to a small pool of worker threads (compose-worker-thread.ts), so it
 * never blocks the publishers. Several composes are in flight per thread: while one waits on Redis,
 * the thread writes the next one's teasers (a sandboxed BullMQ processor would hold its thread idle
 * through every round trip, and each thread would carry its own BullMQ, ioredis and connection).
 */
export function createComposeProcessor(ctx: ComposeContext) {
  const { redis, prefix, settings, queues, pool } = ctx;
  return async function compose(job: Job): Promise<ComposeResult> {
    const data = readJobData(QUEUES.compose, ComposeJobSchema, job.data);
    const [article, mastodonLimits] = await Promise.all([
      readArticle(redis, prefix, data.articleId).catch((error: unknown) => {
        // Every pending compose of this article already ran (this one again after a crash): nothing left to do.
        if (error instanceof MissingArticleError && error.trimmed) return undefined;
        throw error;
      }),
      data.platforms.includes('mastodon') ? ctx.mastodonLimits() : undefined,
    ]);
    if (!article) return { posts: [] };
    const request = { platforms: data.platforms, thread: data.thread, mastodonLimits };
    const composed = ctx.ai ? await ctx.ai.write(article.id, article, request) : await pool.compose(article, request);
    // The operator's own texts were checked by the producer; checked again here against the instance's limits.
    const options = { platforms: data.platforms, teaser: teaserOptions(settings), mastodonLimits };
    const teasers = withOperatorTexts(composed, data.texts, article, options);
    const result = await fanOut({
      redis,
      prefix,
      settings,
      queues,
      articleId: article.id,
      teasers,
      when: data.when,
      epoch: data.epoch,
      review: data.review,
      edited: Object.keys(data.texts ?? {}),
    });
    await releaseArticle(redis, prefix, article.id);
    return result;
  };
}

/** The thread's file: next to this module when built, else in dist/ (tests run the TypeScript). */
function threadFile(): URL {
  const sibling = new URL('./compose-worker-thread.js', import.meta.url);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  const built = packagePath('dist', 'queues', 'processors', 'compose-worker-thread.js');
  if (!existsSync(built)) throw new Error(`the compose thread is not built: run "npm run build" (${built})`);
  return new URL(`file://${built}`);
}

/**
 * Each thread's heap budget. V8 sizes a heap by the memory it may take: on a host with gigabytes a thread
 * grows a 32 MB young generation, and its old one to 4× its live data before collecting (~55 MB of heap
 * for ~17 MB live). Under a 512 MB cap V8 lets the old generation grow ~1.4× instead, and an 8 MB young
 * generation costs ~10% more compose CPU: ~35 MB per thread. 512 MB still composes an article at
 * intake's 5 MB cap (~180 MB at its peak); a thread that runs out stops (ERR_WORKER_OUT_OF_MEMORY), its
 * jobs are retried and a new thread takes its place.
 */
const THREAD_HEAP = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 8 } as const;

class ComposeThreadError extends Error {
  override name = 'ComposeThreadError';
}

export interface TeaserPool {
  compose(article: Article, options: ComposeRequest['options']): Promise<Teasers>;
  /** Writes with the AI writer (the pool must have been made with `ai`), the extractive post as floor. */
  write(
    article: Article,
    options: ComposeRequest['options'],
    ai: NonNullable<ComposeRequest['ai']>,
  ): Promise<WrittenTeasers>;
  close(): Promise<void>;
}

type Written = Extract<ComposeReply, { teasers: Teasers }>;

interface Pending {
  resolve(reply: Written): void;
  reject(error: Error): void;
}

/**
 * `size` threads, started on first use; each request goes to the thread with the fewest in flight.
 * A thread that dies fails its requests (BullMQ retries the jobs) and is replaced on the next request.
 */
export function createTeaserPool(options: { size: number } & ComposeThreadData): TeaserPool {
  const data: ComposeThreadData = { teaser: options.teaser, noop: options.noop, ai: options.ai };
  const slots: Array<{ thread: Thread; pending: Map<number, Pending> } | undefined> = Array.from({
    length: Math.max(1, options.size),
  });
  let next = 0;
  let closed = false;

  function start(index: number) {
    const thread = new Thread(threadFile(), { workerData: data, resourceLimits: THREAD_HEAP });
    const pending = new Map<number, Pending>();
    const slot = { thread, pending };
    const fail = (error: Error) => {
      if (slots[index] === slot) slots[index] = undefined;
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    };
    thread.on('message', (reply: ComposeReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if ('teasers' in reply) p.resolve(reply);
      else {
        const error = new ComposeThreadError(reply.error.message);
        // Keep the engine's own error name (a teaser that cannot fit, a bad lexicon) for the job's reason.
        error.name = reply.error.name;
        if (reply.error.stack) error.stack = reply.error.stack;
        p.reject(error);
      }
    });
    thread.on('error', (error) => fail(new ComposeThreadError('a compose thread crashed', { cause: error })));
    thread.on('exit', (code) => fail(new ComposeThreadError(`a compose thread stopped (exit code ${code})`)));
    slots[index] = slot;
    return slot;
  }

  function send(article: Article, request: ComposeRequest['options'], ai?: ComposeRequest['ai']): Promise<Written> {
    {
      if (closed) return Promise.reject(new ComposeThreadError('the compose pool is closed'));
      let index = 0;
      let fewest = Number.POSITIVE_INFINITY;
      for (let i = 0; i < slots.length; i++) {
        const load = slots[i]?.pending.size ?? 0;
        if (load < fewest) {
          fewest = load;
          index = i;
        }
      }
      const slot = slots[index] ?? start(index);
      const id = next++;
      return new Promise<Written>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.thread.postMessage({ id, article, options: request, ...(ai ? { ai } : {}) } satisfies ComposeRequest);
      });
    }
  }

  return {
    async compose(article, request) {
      return (await send(article, request)).teasers;
    },
    async write(article, request, ai) {
      const { teasers, written } = await send(article, request, ai);
      if (!written) throw new ComposeThreadError('the compose threads were started without the AI writer');
      return { teasers, ...written };
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot?.thread.terminate()));
    },
  };
}
