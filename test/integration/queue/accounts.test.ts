import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { Queue, Worker } from 'bullmq';
import { AccountBudget } from '../../../queues/account-budget.js';
import { storeArticle } from '../../../queues/articles.js';
import { createRedis } from '../../../queues/connection.js';
import { legacyPublishQueueName, postId } from '../../../queues/names.js';
import { createPublishProcessor } from '../../../queues/processors/publish.js';
import { Ledger } from '../../../src/ledger/ledger.js';
import { RateLimitedError } from '../../../src/platforms/errors.js';
import { queuePrefix } from '../../../src/redis/keys.js';
import { testRedisTarget } from '../../support/env.js';
import { until } from '../../support/until.js';
import { createHarness, diesAfterPosting, type Harness, ScriptedAdapter, sampleArticle } from './harness.js';

// Real workers on a shared machine: generous time; times are only compared with the waits they must respect.
jest.setTimeout(60_000);

/**
 * Many accounts, one publish queue per platform (docs/queue-and-ledger.md, "Many accounts"): each account has
 * its own rate budget and its own 429 wait, kept in Redis; the per-account queues of an earlier crier are drained
 * into the platform's queue when a worker starts.
 */
let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

const twoAccounts = (rateLimit?: { max: number; durationMs: number }) => ({
  platforms: { x: { accounts: ['news', 'sport'], ...(rateLimit ? { rateLimit } : {}) } },
});
const post = (articleId: string, account: string) => postId({ articleId, platform: 'x', account });
const publishes = (adapter: ScriptedAdapter) => adapter.calls.filter((c) => c.kind === 'publish');

describe('one publish queue per platform, a budget per account', () => {
  test('every account of a platform has its own budget: at most `max` posts start in any window; a backlog waits its turn', async () => {
    const [max, window] = [2, 1_500];
    harness = createHarness(twoAccounts({ max, durationMs: window }));
    const news = new ScriptedAdapter('x', [], 'news');
    const sport = new ScriptedAdapter('x', [], 'sport');
    await harness.start([news, sport]);
    const articles = Array.from({ length: 5 }, () => sampleArticle());
    // No window opens before this.
    const start = Date.now();
    for (const article of articles) await harness.enqueue(article);
    for (const article of articles) {
      for (const account of ['news', 'sport']) await harness.waitFor(post(article.id, account), ['published']);
    }
    for (const adapter of [news, sport]) {
      const times = publishes(adapter).map((c) => c.at);
      expect(times).toHaveLength(5);
      // Two at once, whatever the other account spent; the next two a window after them; the last a window later.
      expect((times[1] ?? 0) - (times[0] ?? 0)).toBeLessThan(window);
      times.forEach((at, i) => {
        expect(at).toBeGreaterThanOrEqual(start + Math.floor(i / max) * window);
      });
      expect(adapter.posts).toBe(5);
    }
  });

  test("a 429 stops that account until the platform's reset; the platform's other accounts go on", async () => {
    harness = createHarness(twoAccounts());
    const resetAt = new Date(Date.now() + 3_000);
    const news = new ScriptedAdapter('x', [new RateLimitedError('x', '429 Too Many Requests', resetAt)], 'news');
    const sport = new ScriptedAdapter('x', [], 'sport');
    await harness.start([news, sport]);
    const [first, second] = [sampleArticle(), sampleArticle()];
    await harness.enqueue(first);
    await harness.until(post(first.id, 'news'), (r) => r.lastError?.includes('429') === true);
    await harness.enqueue(second);
    for (const article of [first, second]) {
      for (const account of ['news', 'sport']) await harness.waitFor(post(article.id, account), ['published']);
    }
    const [, ...after] = publishes(news);
    // Neither the limited post nor the account's next one was tried before the reset…
    expect(after).toHaveLength(2);
    for (const call of after) expect(call.at).toBeGreaterThanOrEqual(resetAt.getTime() - 50);
    // …while the other account's posts, the second enqueued after the 429, went out without waiting for it.
    const latestSport = Math.max(...publishes(sport).map((c) => c.at));
    expect(latestSport).toBeLessThan(Math.min(...after.map((c) => c.at)));
    expect([news.posts, sport.posts]).toEqual([2, 2]);
  });

  test('a worker without one of the accounts leaves its posts waiting, never failed', async () => {
    harness = createHarness(twoAccounts());
    const news = new ScriptedAdapter('x', [], 'news');
    await harness.start([news]);
    const article = sampleArticle();
    await harness.enqueue(article);
    await harness.waitFor(post(article.id, 'news'), ['published']);
    const job = await harness.queues.publish('x').getJob(post(article.id, 'sport'));
    await until('the sport post is put back to wait', async () => (await job?.getState()) === 'delayed');
    expect((await harness.ledger.get(post(article.id, 'sport')))?.state).toBe('scheduled');
  });
});

describe('upgrade from one publish queue per account', () => {
  test("posts waiting in an account's old queue, due now or later, are moved to the platform's queue and published", async () => {
    harness = createHarness();
    const { redis, config, ledger } = harness;
    const name = legacyPublishQueueName('x', 'default');
    const old = new Queue(name, { connection: redis, prefix: queuePrefix(redis, config.prefix, name) });
    const [now, later] = [sampleArticle(), sampleArticle()];
    const dueLater = new Date(Date.now() + 1_500);
    for (const [article, dueAt] of [
      [now, new Date()],
      [later, dueLater],
    ] as const) {
      const ref = { articleId: article.id, platform: 'x', account: 'default' } as const;
      await storeArticle(redis, config.prefix, article);
      await ledger.schedule({
        postId: postId(ref),
        ...ref,
        dueAt,
        parts: [{ text: 'hello' }],
        move: false,
        slot: false,
      });
      // As the crier of one queue per account added them (queues/producers.ts then).
      await old.add('publish', ref, { jobId: postId(ref), delay: dueAt.getTime() - Date.now(), attempts: 5 });
    }
    const adapter = new ScriptedAdapter('x');
    await harness.start([adapter]);
    await harness.waitFor(post(now.id, 'default'), ['published']);
    await harness.waitFor(post(later.id, 'default'), ['published']);
    expect(adapter.posts).toBe(2);
    expect(publishes(adapter).at(-1)?.at ?? 0).toBeGreaterThanOrEqual(dueLater.getTime() - 50);
    // The old queue is gone, keys and all.
    const base = `${queuePrefix(redis, config.prefix, name)}:${name}`;
    expect(await redis.exists(...['meta', 'id', 'wait', 'delayed', 'completed'].map((t) => `${base}:${t}`))).toBe(0);
    await old.close();
  });
  test("a post that was active in an account's old queue when its worker died is published once by the new layout", async () => {
    harness = createHarness();
    const { redis } = harness;
    const { name, prefix, old, id } = await oneInAnOldQueue(harness);
    // An old worker takes the job and dies with it: closed without waiting, its job stays in the active list.
    const taken = new Promise<void>((resolve) => {
      void new Worker(
        name,
        () => {
          resolve();
          return new Promise<never>(() => {});
        },
        { connection: redis, prefix, lockDuration: 2_000 },
      )
        .on('active', function (this: Worker) {
          void this.close(true);
        })
        .on('error', () => undefined);
    });
    await taken;
    await until('the old worker is gone', async () => (await old.getWorkersCount()) === 0);
    expect(await old.getJobState(id)).toBe('active');

    const adapter = new ScriptedAdapter('x');
    await harness.start([adapter]);
    await harness.waitFor(id, ['published']);
    await harness.idle();
    expect(adapter.posts).toBe(1);
    expect(publishes(adapter)).toHaveLength(1);
    const base = `${prefix}:${name}`;
    expect(await redis.exists(...['meta', 'id', 'wait', 'active', 'completed'].map((t) => `${base}:${t}`))).toBe(0);
    await old.close();
  });
  test("a post the platform took from an old queue's worker that died before the ledger heard of it is not posted again", async () => {
    harness = createHarness();
    const { redis, config, ledger } = harness;
    const { name, prefix, old, id } = await oneInAnOldQueue(harness);

    // The old worker runs the publish step of its time on a connection that ends as soon as the platform has the
    // post (to Redis, a crash: the ledger never hears of it, the post lock is no longer renewed), then the
    // worker itself is gone without a word, its job left in the old queue's active list.
    const platform = new ScriptedAdapter('x');
    const doomed = createRedis(testRedisTarget(), 'worker');
    const dying = diesAfterPosting(platform, doomed);
    const rateLimit = { max: 1_000, durationMs: 1_000 };
    const publish = createPublishProcessor({
      redis: doomed,
      prefix: config.prefix,
      ledger: new Ledger({ redis: doomed, prefix: config.prefix }),
      adapters: new Map([['default', dying]]),
      budget: new AccountBudget(doomed, config.prefix, {
        x: { rateLimit },
        bluesky: { rateLimit },
        mastodon: { rateLimit },
      }),
      lockTtlMs: 300,
      delivery: { backoffMs: 50, maxBackoffMs: 1_000, retryHorizonMs: 60_000 },
    });
    const died = new Promise<void>((resolve) => {
      const worker: Worker = new Worker(
        name,
        async (job) => {
          await publish(job).catch(() => undefined);
          resolve();
          void worker.close(true);
          return new Promise<never>(() => {});
        },
        { connection: redis, prefix, lockDuration: 2_000 },
      ).on('error', () => undefined);
    });
    await died;
    await until('the old worker is gone', async () => (await old.getWorkersCount()) === 0);
    expect(platform.posts).toBe(1);
    expect((await ledger.get(id))?.state).toBe('publishing');
    expect(await old.getJobState(id)).toBe('active');

    // The new layout moves the job, finds the post uncertain, asks the platform and records what it holds.
    await harness.start([platform]);
    const record = await harness.waitFor(id, ['published']);
    await harness.idle();
    expect(platform.posts).toBe(1);
    expect(platform.calls.map((c) => c.kind)).toEqual(['publish', 'recover']);
    expect(record.done).toEqual([...platform.server.values()]);
    await old.close();
  });
});

/**
 * One post due now, scheduled in the ledger and waiting in the old per-account queue of X's default account, as
 * the crier of one queue per account left it (queues/producers.ts then).
 */
async function oneInAnOldQueue(harness: Harness) {
  const { redis, config, ledger } = harness;
  const name = legacyPublishQueueName('x', 'default');
  const prefix = queuePrefix(redis, config.prefix, name);
  const old = new Queue(name, { connection: redis, prefix });
  const article = sampleArticle();
  const ref = { articleId: article.id, platform: 'x', account: 'default' } as const;
  const id = postId(ref);
  await storeArticle(redis, config.prefix, article);
  await ledger.schedule({
    postId: id,
    ...ref,
    dueAt: new Date(),
    parts: [{ text: 'hello' }],
    move: false,
    slot: false,
  });
  await old.add('publish', ref, { jobId: id, attempts: 5 });
  return { name, prefix, old, id };
}
