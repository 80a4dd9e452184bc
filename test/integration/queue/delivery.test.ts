import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { postId } from '../../../queues/names.js';
import { idempotencyKey } from '../../../queues/processors/publish.js';
import { postView } from '../../../src/ledger/view.js';
import { DuplicateError, PermanentError, RateLimitedError, RetryableError } from '../../../src/platforms/errors.js';
import { createHarness, type Harness, ScriptedAdapter, sampleArticle } from './harness.js';

// Real workers on a shared machine: generous time, no wall-clock assertions.
jest.setTimeout(60_000);

/** Exactly-once delivery through real BullMQ on the test Redis, with a scripted platform. */
let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

const xPost = (articleId: string) => postId({ articleId, platform: 'x', account: 'default' });

describe('delivery', () => {
  test('enqueue → published, remote id in the ledger', async () => {
    harness = createHarness();
    const adapter = new ScriptedAdapter('x');
    await harness.start([adapter]);
    const article = sampleArticle();
    await harness.enqueue(article);
    const record = await harness.waitFor(xPost(article.id), ['published']);
    expect(adapter.posts).toBe(1);
    expect(record.done).toHaveLength(1);
    expect(record.done[0]?.url).toMatch(/^https:\/\/example\.test\//);
    expect(record.attempts).toBe(1);
  });

  test('the same article enqueued twice is posted once', async () => {
    harness = createHarness();
    const adapter = new ScriptedAdapter('x');
    await harness.start([adapter]);
    const article = sampleArticle();
    await harness.enqueue(article);
    await harness.enqueue(article);
    await harness.waitFor(xPost(article.id), ['published']);
    await harness.enqueue(article);
    // The third compose finds the post published: once every queue is idle, nothing more was sent.
    await harness.idle();
    expect(adapter.posts).toBe(1);
    expect(adapter.calls.filter((c) => c.kind === 'publish')).toHaveLength(1);
  });

  test.each([
    ['a retryable error, then success', [new RetryableError('x', '503 Service Unavailable')], 2],
    ['two retryable errors, then success', [new RetryableError('x', 'ECONNRESET'), new RetryableError('x', '502')], 3],
  ])('%s → one post', async (_name, script, attempts) => {
    harness = createHarness();
    const adapter = new ScriptedAdapter('x', script);
    await harness.start([adapter]);
    const article = sampleArticle();
    await harness.enqueue(article);
    const record = await harness.waitFor(xPost(article.id), ['published']);
    expect(adapter.posts).toBe(1);
    expect(record.attempts).toBe(attempts);
  });

  test('transient failures keep retrying within the horizon: ten 503s in a row, then the post goes out', async () => {
    harness = createHarness();
    const adapter = new ScriptedAdapter(
      'x',
      Array.from({ length: 10 }, () => new RetryableError('x', '503 Service Unavailable')),
    );
    await harness.start([adapter], {});
    const article = sampleArticle();
    await harness.enqueue(article);
    const record = await harness.waitFor(xPost(article.id), ['published', 'failed'], 60_000);
    expect(record.state).toBe('published');
    expect(record.attempts).toBe(11);
    expect(adapter.posts).toBe(1);
  });

  test('while a post waits to be tried again, the ledger (and status) says when', async () => {
    harness = createHarness({ delivery: { backoffMs: 60_000, maxBackoffMs: 600_000, keepCompletedJobs: 10 } });
    const adapter = new ScriptedAdapter('x', [new RetryableError('x', '502 Bad Gateway')]);
    await harness.start([adapter]);
    const article = sampleArticle();
    const before = Date.now();
    await harness.enqueue(article);
    const record = await harness.until(xPost(article.id), (r) => r.state === 'scheduled' && r.attempts === 1);
    // Attempt 1 failed: the next is 30–60 s away (equal jitter on the 60 s base).
    const next = record.nextAttemptAt?.getTime() ?? 0;
    expect(next).toBeGreaterThanOrEqual(before + 30_000);
    expect(next).toBeLessThanOrEqual(Date.now() + 60_000);
    expect(postView(record)).toMatchObject({ state: 'scheduled', nextAttemptAt: record.nextAttemptAt?.toISOString() });
    expect(record.lastError).toContain('502 Bad Gateway');
    const job = await harness.queues.publish('x').getJob(xPost(article.id));
    expect(await job?.getState()).toBe('delayed');
  });

  test('only the end of the retry horizon fails a post that keeps failing, with the reason and how it ended', async () => {
    harness = createHarness({
      delivery: { backoffMs: 50, maxBackoffMs: 100, retryHorizonMs: 1_000, keepCompletedJobs: 10 },
    });
    const adapter = new ScriptedAdapter(
      'x',
      Array.from({ length: 1_000 }, () => new RetryableError('x', 'ECONNRESET')),
    );
    await harness.start([adapter]);
    const article = sampleArticle();
    await harness.enqueue(article);
    const record = await harness.waitFor(xPost(article.id), ['failed', 'published']);
    expect(record.state).toBe('failed');
    expect(record.lastError).toMatch(
      /ECONNRESET \(still failing after \d+ attempts, at the end of the retry horizon\)/,
    );
    expect(record.attempts).toBeGreaterThan(3);
    expect(record.nextAttemptAt).toBeUndefined();
    expect(adapter.posts).toBe(0);
  });

  test('a permanent error fails at once with the platform reason', async () => {
    harness = createHarness();
    const adapter = new ScriptedAdapter('x', [
      new PermanentError('x', 'You are not permitted to perform this action', 403),
    ]);
    await harness.start([adapter]);
    const article = sampleArticle();
    await harness.enqueue(article);
    const record = await harness.waitFor(xPost(article.id), ['failed']);
    expect(record.attempts).toBe(1);
    expect(record.lastError).toContain('You are not permitted to perform this action');
    expect(adapter.posts).toBe(0);
  });

  test('outcome unknown → recover finds the post → no second post', async () => {
    harness = createHarness();
    const adapter = new ScriptedAdapter('x', ['commit-then-unknown']);
    await harness.start([adapter]);
    const article = sampleArticle();
    await harness.enqueue(article);
    const record = await harness.waitFor(xPost(article.id), ['published']);
    expect(adapter.posts).toBe(1);
    expect(adapter.calls.map((c) => c.kind)).toEqual(['publish', 'recover']);
    expect(record.done).toHaveLength(1);
  });

  test('a duplicate is resolved through recover', async () => {
    harness = createHarness();
    const article = sampleArticle();
    // The platform has the post but the ledger does not know it (as after a lost answer): it says duplicate.
    const adapter = new ScriptedAdapter('x', [new DuplicateError('x', 'Status is a duplicate')]);
    adapter.server.set(`${idempotencyKey(xPost(article.id))}#0`, {
      remoteId: 'existing',
      url: 'https://example.test/e',
    });
    await harness.start([adapter]);
    await harness.enqueue(article);
    const record = await harness.waitFor(xPost(article.id), ['published']);
    expect(record.done[0]?.remoteId).toBe('existing');
    expect(adapter.posts).toBe(1);
  });

  test('rate limited → the account waits until the reset, then posts', async () => {
    harness = createHarness();
    const resetAt = new Date(Date.now() + 1_200);
    const adapter = new ScriptedAdapter('x', [new RateLimitedError('x', '429 Too Many Requests', resetAt)]);
    await harness.start([adapter]);
    const article = sampleArticle();
    await harness.enqueue(article);
    await harness.waitFor(xPost(article.id), ['published']);
    const publishes = adapter.calls.filter((c) => c.kind === 'publish');
    expect(publishes).toHaveLength(2);
    expect(publishes[1]?.at ?? 0).toBeGreaterThanOrEqual(resetAt.getTime() - 50);
    expect(adapter.posts).toBe(1);
  });
});
