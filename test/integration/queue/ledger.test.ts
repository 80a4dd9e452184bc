import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AccountBudget } from '../../../queues/account-budget.js';
import { storeArticle } from '../../../queues/articles.js';
import { jitteredBackoff } from '../../../queues/backoff.js';
import { createRedis } from '../../../queues/connection.js';
import { postId, publishQueueName } from '../../../queues/names.js';
import { createPublishProcessor, idempotencyKey } from '../../../queues/processors/publish.js';
import { loadConfig } from '../../../src/config.js';
import { Ledger } from '../../../src/ledger/ledger.js';
import type { PlatformAdapter, PublishedPart } from '../../../src/platforms/adapter.js';
import { createDryRunAdapter } from '../../../src/platforms/dry-run/adapter.js';
import { buildRegistry } from '../../../src/platforms/registry.js';
import { postKeyPart, queuePrefix } from '../../../src/redis/keys.js';
import { deleteIfEqual, holdLock, tryLock } from '../../../src/redis/lock.js';
import { testRedisEnv, testRedisTarget, uniquePrefix } from '../../support/env.js';
import { diesAfterPosting, ScriptedAdapter, sampleArticle, sleep } from './harness.js';

let redis: Redis;
beforeAll(() => {
  redis = createRedis(testRedisTarget(), 'worker');
});
afterAll(async () => {
  await redis.quit();
});

const post = (ledger: Ledger, postId = 'a1.x.default') =>
  ledger.schedule({
    postId,
    articleId: 'a1',
    platform: 'x',
    account: 'default',
    dueAt: new Date(1_000),
    parts: [{ text: 'hi' }],
    move: false,
    slot: false,
  });

describe('ledger transitions', () => {
  test.each([
    // [state reached by, action, expected state after, action result]
    ['scheduled', 'cancel', 'cancelled'],
    ['failed', 'cancel', 'cancelled'],
    ['published', 'cancel', 'published'],
    ['publishing', 'cancel', 'publishing'],
    ['failed', 'retry', 'scheduled'],
    ['published', 'retry', 'published'],
    ['cancelled', 'retry', 'cancelled'],
  ] as const)('%s + %s → %s', async (from, action, to) => {
    const ledger = new Ledger({ redis, prefix: uniquePrefix('ledger') });
    const id = 'a1.x.default';
    await post(ledger);
    if (from !== 'scheduled') await ledger.begin(id);
    if (from === 'published') await ledger.markPublished(id);
    if (from === 'failed') await ledger.markFailed(id, 'refused');
    if (from === 'cancelled') {
      await ledger.markRetrying(id, 'x', { uncertain: false });
      await ledger.cancel(id);
    }
    if (action === 'cancel') await ledger.cancel(id);
    else await ledger.retry(id, new Date());
    expect((await ledger.get(id))?.state).toBe(to);
  });

  test('begin: published and cancelled posts are never started; a post found publishing is uncertain', async () => {
    const ledger = new Ledger({ redis, prefix: uniquePrefix('ledger') });
    await post(ledger, 'a1.x.default');
    expect((await ledger.begin('a1.x.default')).kind).toBe('go');
    // The worker died here: the next attempt must recover before posting.
    const again = await ledger.begin('a1.x.default');
    expect(again.kind === 'go' && again.record.uncertain).toBe(true);
    await ledger.markPublished('a1.x.default');
    expect((await ledger.begin('a1.x.default')).kind).toBe('published');
    expect((await ledger.get('a1.x.default'))?.parts).toBeUndefined();
  });

  test('parts are recorded once each, in order', async () => {
    const ledger = new Ledger({ redis, prefix: uniquePrefix('ledger') });
    await post(ledger);
    await ledger.begin('a1.x.default');
    await ledger.recordPart('a1.x.default', 0, { remoteId: '1', url: 'u1' });
    await ledger.recordPart('a1.x.default', 0, { remoteId: 'dup', url: 'dup' });
    await ledger.recordPart('a1.x.default', 2, { remoteId: 'gap', url: 'gap' });
    await ledger.recordPart('a1.x.default', 1, { remoteId: '2', url: 'u2' });
    expect((await ledger.get('a1.x.default'))?.done.map((p) => p.remoteId)).toEqual(['1', '2']);
  });

  test('enqueue again: a scheduled post keeps its time unless moved; a published one is never touched', async () => {
    const ledger = new Ledger({ redis, prefix: uniquePrefix('ledger') });
    const input = {
      postId: 'a1.x.default',
      articleId: 'a1',
      platform: 'x' as const,
      account: 'default',
      parts: [],
      slot: false,
    };
    expect((await ledger.schedule({ ...input, dueAt: new Date(1_000), move: false })).outcome).toBe('new');
    expect((await ledger.schedule({ ...input, dueAt: new Date(2_000), move: false })).outcome).toBe('kept');
    expect((await ledger.schedule({ ...input, dueAt: new Date(3_000), move: true })).outcome).toBe('moved');
    expect((await ledger.get('a1.x.default'))?.dueAt.getTime()).toBe(3_000);
    await ledger.begin('a1.x.default');
    await ledger.markPublished('a1.x.default');
    expect((await ledger.schedule({ ...input, dueAt: new Date(4_000), move: true })).outcome).toBe('published');
    expect(await ledger.recentArticles(5)).toEqual(['a1']);
  });
});

/** A Bluesky thread as the platform reports it: real-length URIs (~70 B), CIDs (59 B) and URLs (~70 B). */
const BLUESKY_THREAD: PublishedPart[] = ['3l6oveex3ii2l', '3l6ovefk2ab2x'].map((rkey, i) => ({
  remoteId: `at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.feed.post/${rkey}`,
  url: `https://bsky.app/profile/crier-newsroom.bsky.social/post/${rkey}`,
  cid: `bafyreihqcsvufzm5rq7wg7zhemhjyxh5xhbjzfvfrlccdrohrwp4a2i3w${i}`,
}));

describe('published posts', () => {
  const id = 'a1.bluesky.default';
  const thread = (ledger: Ledger) =>
    ledger.schedule({
      postId: id,
      articleId: 'a1',
      platform: 'bluesky',
      account: 'default',
      dueAt: new Date(1_000),
      parts: [{ text: 'one' }, { text: 'two' }],
      move: false,
      slot: true,
    });

  // What an earlier crier left for a published post: a hash (its parts dropped), posted parts as objects.
  const earlierHash = (prefix: string) =>
    redis.hset(`${prefix}:ledger:post:${postKeyPart(redis, id)}`, {
      articleId: 'a1',
      platform: 'bluesky',
      account: 'default',
      state: 'published',
      dueAt: 1_000,
      createdAt: 10_000,
      updatedAt: 12_000,
      publishedAt: 12_000,
      attempts: 1,
      uncertain: 0,
      slot: 1,
      doneCount: 2,
      'done:0': JSON.stringify(BLUESKY_THREAD[0]),
      'done:1': JSON.stringify(BLUESKY_THREAD[1]),
    });

  test('a published post is one compact string, read back as the same record, published', async () => {
    const prefix = uniquePrefix('ledger');
    let now = 10_000;
    const ledger = new Ledger({ redis, prefix, now: () => new Date(now) });
    await thread(ledger);
    now = 11_000;
    await ledger.begin(id);
    await ledger.recordPart(id, 0, BLUESKY_THREAD[0] as PublishedPart);
    const publishing = await ledger.get(id);
    now = 12_000;
    // The last part is recorded with the end of the attempt.
    await ledger.markPublished(id, { posted: BLUESKY_THREAD });

    const published = {
      ...publishing,
      state: 'published',
      updatedAt: new Date(12_000),
      publishedAt: new Date(12_000),
      parts: undefined,
      done: BLUESKY_THREAD,
      uncertain: false,
      // The text that went out, kept beside the compact record (docs/operator.md).
      sent: publishing?.parts,
    };
    expect(publishing).toMatchObject({ attempts: 1, createdAt: new Date(10_000), dueAt: new Date(1_000), slot: true });
    expect(await ledger.get(id)).toEqual(published);
    expect(await ledger.postsOf('a1')).toEqual([published]);
    // No hash left behind: one string, about the ids it holds plus the key, times and Redis's own ~200 B.
    expect(await redis.type(`${prefix}:ledger:post:${postKeyPart(redis, id)}`)).toBe('none');
    const key = `${prefix}:ledger:published:${postKeyPart(redis, id)}`;
    expect(await redis.type(key)).toBe('string');
    const ids = BLUESKY_THREAD.reduce((sum, p) => sum + p.remoteId.length + p.url.length + (p.cid?.length ?? 0), 0);
    const usage = async (k: string) => Number(await redis.memory('USAGE', k, 'SAMPLES', 0));
    const bytes = await usage(key);
    expect(bytes).toBeLessThanOrEqual(ids + 256);
    // The hash an earlier crier kept for the same post: a hashtable (its ids are over 64 B), twice the size.
    const earlier = uniquePrefix('ledger');
    await earlierHash(earlier);
    expect(bytes * 2).toBeLessThan(await usage(`${earlier}:ledger:post:${postKeyPart(redis, id)}`));
  });

  test('a published hash from an earlier crier reads as before', async () => {
    const prefix = uniquePrefix('ledger');
    await earlierHash(prefix);
    expect(await new Ledger({ redis, prefix }).get(id)).toMatchObject({
      state: 'published',
      attempts: 1,
      dueAt: new Date(1_000),
      publishedAt: new Date(12_000),
      done: BLUESKY_THREAD,
      slot: true,
    });
  });

  describe.each([
    [
      'this crier (compact)',
      async (ledger: Ledger) => {
        await thread(ledger);
        await ledger.begin(id);
        await ledger.markPublished(id, { posted: BLUESKY_THREAD });
      },
    ],
    ['an earlier crier (hash)', (_ledger: Ledger, prefix: string) => earlierHash(prefix)],
  ] as const)('published by %s: every transition is refused and changes nothing', (_by, publish) => {
    const part = { remoteId: 'at://other', url: 'https://other' };
    test.each([
      [
        'enqueue again, moving it',
        (l: Ledger) =>
          l.schedule({
            postId: id,
            articleId: 'a1',
            platform: 'bluesky',
            account: 'default',
            dueAt: new Date(5_000),
            parts: [],
            move: true,
            slot: false,
          }),
        { outcome: 'published', previousDueAt: new Date(1_000), previousSlot: true },
      ],
      ['begin', (l: Ledger) => l.begin(id), { kind: 'published' }],
      [
        'begin, taking the lock (let go at once)',
        async (l: Ledger) => [
          (await l.begin(id, { token: 't', ttlMs: 60_000 })).kind,
          await redis.exists(l.lockKey(id)),
        ],
        ['published', 0],
      ],
      ['cancel', (l: Ledger) => l.cancel(id), { state: 'published', slot: false }],
      ['retry', (l: Ledger) => l.retry(id, new Date(5_000)), 'published'],
      ['record a part', (l: Ledger) => l.recordPart(id, 2, part), undefined],
      ['mark published again', (l: Ledger) => l.markPublished(id, { posted: [...BLUESKY_THREAD, part] }), undefined],
      ['mark failed', (l: Ledger) => l.markFailed(id, 'refused', { posted: [...BLUESKY_THREAD, part] }), undefined],
      ['mark retrying', (l: Ledger) => l.markRetrying(id, 'later', { uncertain: true }), undefined],
    ] as const)('%s', async (_action, act, expected) => {
      const prefix = uniquePrefix('ledger');
      const ledger = new Ledger({ redis, prefix, now: () => new Date(20_000) });
      await publish(ledger, prefix);
      const before = await ledger.get(id);
      expect(before?.state).toBe('published');
      expect(await act(ledger)).toEqual(expected);
      expect(await ledger.get(id)).toEqual(before);
    });
  });
});

describe('publish: a worker dies after the platform took the last part, before the ledger heard of it', () => {
  test('the post is left publishing; the next attempt recovers the part and posts nothing again', async () => {
    const prefix = uniquePrefix('ledger');
    const article = sampleArticle();
    await storeArticle(redis, prefix, article);
    const ref = { articleId: article.id, platform: 'x', account: 'default' } as const;
    const id = postId(ref);
    const ledger = new Ledger({ redis, prefix });
    const parts = [{ text: 'one' }, { text: 'two' }];
    await ledger.schedule({ postId: id, ...ref, dueAt: new Date(), parts, move: false, slot: false });
    const name = publishQueueName('x');
    const queue = new Queue(name, { connection: redis, prefix: queuePrefix(redis, prefix, name) });
    const job = await queue.add('publish', ref, { jobId: id, attempts: 5 });
    const platform = new ScriptedAdapter('x');
    const rateLimit = { max: 1_000, durationMs: 1_000 };
    const limits = { x: { rateLimit }, bluesky: { rateLimit }, mastodon: { rateLimit } };
    const processor = (adapter: PlatformAdapter, connection: Redis) =>
      createPublishProcessor({
        redis: connection,
        prefix,
        ledger: new Ledger({ redis: connection, prefix }),
        adapters: new Map([[adapter.account, adapter]]),
        budget: new AccountBudget(connection, prefix, limits),
        lockTtlMs: 300,
        delivery: { backoffMs: 50, maxBackoffMs: 1_000, retryHorizonMs: 60_000 },
      });

    // The first worker's Redis connection ends as soon as the platform has the thread: to Redis, a crash.
    const doomed = createRedis(testRedisTarget(), 'worker');
    const dying = diesAfterPosting(platform, doomed);
    await expect(processor(dying, doomed)(job)).rejects.toThrow();
    // The first part was recorded before the second went out; the last one was not.
    const left = await ledger.get(id);
    expect(left?.state).toBe('publishing');
    expect(left?.done).toEqual([platform.server.get(`${idempotencyKey(id)}#0`)]);

    // Its post lock lapses with it; then the job runs again.
    while ((await redis.exists(ledger.lockKey(id))) === 1) await sleep(50);
    expect(await processor(platform, redis)(job)).toEqual({ outcome: 'published', parts: 2 });
    expect(platform.posts).toBe(2);
    expect(platform.calls.map((c) => [c.kind, c.done])).toEqual([
      ['publish', 0],
      ['recover', 1],
    ]);
    expect(await ledger.get(id)).toMatchObject({
      state: 'published',
      attempts: 2,
      done: [...platform.server.values()],
    });
    await queue.obliterate({ force: true });
    await queue.close();
  });
});

describe('post lock', () => {
  test('one holder at a time; released by its holder only', async () => {
    const key = `${uniquePrefix('lock')}:ledger:lock:p`;
    const hold = async () => {
      const token = await tryLock(redis, key, 5_000);
      return token === null ? null : holdLock({ redis, key, token, ttlMs: 5_000 });
    };
    const first = await hold();
    expect(first).not.toBeNull();
    expect(await hold()).toBeNull();
    // A late release by a former holder frees nothing.
    await deleteIfEqual(redis, key, 'someone else');
    expect(await hold()).toBeNull();
    await first?.release();
    const second = await hold();
    expect(second).not.toBeNull();
    await second?.release();
  });

  test('an attempt that lost its lock to a newer attempt cannot end that attempt', async () => {
    const ledger = new Ledger({ redis, prefix: uniquePrefix('lock') });
    const id = 'a1.x.default';
    await post(ledger, id);
    expect((await ledger.begin(id, { token: 'old', ttlMs: 100 })).kind).toBe('go');
    // The old attempt stalls past its lock's life; a newer one takes the post, uncertain.
    while ((await redis.exists(ledger.lockKey(id))) === 1) await sleep(20);
    const newer = await ledger.begin(id, { token: 'new', ttlMs: 5_000 });
    expect(newer.kind === 'go' && newer.record.uncertain).toBe(true);
    // The old attempt wakes up with an error: it must not put the post back in line under the newer one.
    await ledger.markRetrying(id, 'timed out', { uncertain: false, lockToken: 'old' });
    expect((await ledger.get(id))?.state).toBe('publishing');
    expect(await redis.get(ledger.lockKey(id))).toBe('new');
    await ledger.markPublished(id, { lockToken: 'new', posted: [{ remoteId: '1', url: 'u1' }] });
    expect((await ledger.get(id))?.state).toBe('published');
  });
});

describe('backoff', () => {
  test.each([
    [1, 1_000, 500, 1_000],
    [2, 1_000, 1_000, 2_000],
    [4, 1_000, 4_000, 8_000],
    [30, 1_000, 1_800_000, 3_600_000],
  ])('attempt %i, base %i ms → between %i and %i ms', (attempt, base, min, max) => {
    expect(jitteredBackoff(attempt, base, () => 0)).toBe(min);
    expect(jitteredBackoff(attempt, base, () => 1)).toBe(max);
  });
});

describe('dry-run target and registry', () => {
  test('writes each part as a JSON line, and recovers it instead of writing it twice', async () => {
    const outbox = join(mkdtempSync(join(tmpdir(), 'crier-dry-')), 'outbox.jsonl');
    const adapter = createDryRunAdapter({ platform: 'mastodon', account: 'default', outbox });
    const request = {
      article: { id: 'a1', url: 'https://example.org/a1', title: 'T', lang: 'en' },
      parts: [
        { text: 'one', length: 3, limit: 500, language: 'en', visibility: 'public' as const },
        { text: 'two', length: 3, limit: 500, language: 'en', visibility: 'public' as const },
      ],
      idempotencyKey: 'k1',
      done: [],
    };
    const posted = await adapter.publish(request);
    const lines = readFileSync(outbox, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.platform, l.index, l.part.text, l.inReplyTo ?? null])).toEqual([
      ['mastodon', 0, 'one', null],
      ['mastodon', 1, 'two', posted[0]?.remoteId],
    ]);
    expect(await adapter.recover({ ...request, done: [] })).toEqual(posted[0]);
    expect(await adapter.recover({ ...request, done: posted })).toBeNull();
  });

  test('says which platforms are enabled, and what to set for the others', async () => {
    const config = loadConfig({
      ...testRedisEnv(),
      BLUESKY_IDENTIFIER: 'crier.test',
      BLUESKY_APP_PASSWORD: 'app-password-1234',
      LOG_LEVEL: 'silent',
    });
    const registry = await buildRegistry({ config, redis, dryRun: false });
    expect(registry.summary).toEqual([
      'x: disabled (set X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN and X_ACCESS_SECRET)',
      'bluesky: enabled (default)',
      'mastodon: disabled (set MASTODON_URL and MASTODON_ACCESS_TOKEN)',
    ]);
    expect(registry.adapters.map((a) => a.platform)).toEqual(['bluesky']);
    await registry.close();
  });
});
