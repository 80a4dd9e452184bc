import { createRequire } from 'node:module';
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { postId } from '../../../queues/names.js';
import { cancelArticle, openClient, retryArticle } from '../../../queues/operator.js';
import { PermanentError } from '../../../src/platforms/errors.js';
import { createHarness, type Harness, ScriptedAdapter, sampleArticle, sleep } from './harness.js';

// Real workers on a shared machine: generous time, no wall-clock assertions.
jest.setTimeout(60_000);

/** Delayed posts, cancel, reschedule, retry and a Redis restart, on real BullMQ. */
const require = createRequire(import.meta.url);
const { startRedis } = require('../../support/redis.cjs') as {
  startRedis(options: { appendonly?: boolean; dir?: string; port?: number }): Promise<{
    url: string;
    port: number;
    dir: string;
    stop(): Promise<void>;
  }>;
};

let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

const xPost = (articleId: string) => postId({ articleId, platform: 'x', account: 'default' });
const inMs = (ms: number) => ({ kind: 'at' as const, at: new Date(Date.now() + ms).toISOString() });

describe('scheduling', () => {
  test('a delayed post fires, not before its time', async () => {
    harness = createHarness();
    const adapter = new ScriptedAdapter('x');
    await harness.start([adapter]);
    const article = sampleArticle();
    const when = inMs(1_500);
    await harness.enqueue(article, { when });
    // On a loaded machine the first compose may outlast the delay: the post may already be out when first seen.
    const scheduled = await harness.waitFor(xPost(article.id), ['scheduled', 'publishing', 'published']);
    expect(scheduled.dueAt.toISOString()).toBe(when.at);
    const record = await harness.waitFor(xPost(article.id), ['published']);
    expect(adapter.calls[0]?.at ?? 0).toBeGreaterThanOrEqual(Date.parse(when.at));
    expect(record.publishedAt).toBeDefined();
  });

  test('cancel wins against a job that is already due', async () => {
    harness = createHarness();
    const article = sampleArticle();
    // No publisher yet: the job becomes due and waits; then the post is cancelled; then a worker comes.
    await harness.start([]);
    await harness.enqueue(article);
    await harness.waitFor(xPost(article.id), ['scheduled']);
    await harness.ledger.cancel(xPost(article.id));
    const adapter = new ScriptedAdapter('x');
    await harness.start([adapter]);
    await sleep(1_000);
    expect((await harness.ledger.get(xPost(article.id)))?.state).toBe('cancelled');
    expect(adapter.calls).toHaveLength(0);
  });

  test('crier cancel removes the delayed job; the post never goes out', async () => {
    harness = createHarness();
    const adapter = new ScriptedAdapter('x');
    await harness.start([adapter]);
    const article = sampleArticle();
    await harness.enqueue(article, { when: inMs(30_000) });
    await harness.waitFor(xPost(article.id), ['scheduled']);
    const client = await openClient(harness.config);
    try {
      const changes = await cancelArticle(client, article.id);
      expect(changes.map((c) => [c.platform, c.state, c.changed])).toEqual([['x', 'cancelled', true]]);
      expect(await harness.queues.publish('x').getJob(xPost(article.id))).toBeUndefined();
    } finally {
      await client.close();
    }
    await sleep(500);
    expect(adapter.calls).toHaveLength(0);
  });

  test('enqueueing again with a new time reschedules the waiting post', async () => {
    harness = createHarness();
    const adapter = new ScriptedAdapter('x');
    await harness.start([adapter]);
    const article = sampleArticle();
    await harness.enqueue(article, { when: inMs(60 * 60_000) });
    await harness.waitFor(xPost(article.id), ['scheduled']);
    await harness.enqueue(article, { when: inMs(300) });
    await harness.waitFor(xPost(article.id), ['published']);
    expect(adapter.posts).toBe(1);
  });

  test('retry re-enqueues a failed post and never re-posts a published one', async () => {
    harness = createHarness();
    const adapter = new ScriptedAdapter('x', [new PermanentError('x', 'Forbidden: app suspended', 403)]);
    await harness.start([adapter]);
    const article = sampleArticle();
    await harness.enqueue(article);
    await harness.waitFor(xPost(article.id), ['failed']);
    const client = await openClient(harness.config);
    try {
      expect((await retryArticle(client, article.id)).map((c) => c.state)).toEqual(['scheduled']);
      await harness.waitFor(xPost(article.id), ['published']);
      expect((await retryArticle(client, article.id)).map((c) => [c.state, c.changed])).toEqual([['published', false]]);
    } finally {
      await client.close();
    }
    await sleep(300);
    expect(adapter.posts).toBe(1);
  });

  test('Redis restarted (AOF) while posts are scheduled: none lost, none doubled', async () => {
    const redis = await startRedis({ appendonly: true });
    let restarted: Awaited<ReturnType<typeof startRedis>> | undefined;
    try {
      harness = createHarness({}, redis.url);
      const adapter = new ScriptedAdapter('x');
      await harness.start([adapter]);
      const articles = Array.from({ length: 5 }, () => sampleArticle());
      for (const article of articles) await harness.enqueue(article, { when: inMs(2_500) });
      for (const article of articles) await harness.waitFor(xPost(article.id), ['scheduled']);
      await redis.stop();
      await sleep(500);
      restarted = await startRedis({ appendonly: true, dir: redis.dir, port: redis.port });
      for (const article of articles) await harness.waitFor(xPost(article.id), ['published'], 60_000);
      expect(adapter.posts).toBe(articles.length);
      expect(adapter.calls.filter((c) => c.kind === 'publish')).toHaveLength(articles.length);
    } finally {
      await harness.close();
      harness = undefined as unknown as Harness;
      await restarted?.stop();
    }
  }, 90_000);
});
