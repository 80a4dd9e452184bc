import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Redis } from 'ioredis';
import { jitteredBackoff } from '../../../queues/backoff.js';
import { createRedis } from '../../../queues/connection.js';
import { loadConfig } from '../../../src/config.js';
import { Ledger } from '../../../src/ledger/ledger.js';
import { acquirePostLock } from '../../../src/ledger/lock.js';
import { createDryRunAdapter } from '../../../src/platforms/dry-run/adapter.js';
import { buildRegistry } from '../../../src/platforms/registry.js';
import { testRedisUrl, uniquePrefix } from '../../support/env.js';

let redis: Redis;
beforeAll(() => {
  redis = createRedis(testRedisUrl(), 'worker');
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
      await ledger.markRetrying(id, 'x', false);
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

describe('post lock', () => {
  test('one holder at a time; released by its holder only', async () => {
    const prefix = uniquePrefix('lock');
    const first = await acquirePostLock({ redis, prefix, postId: 'p', ttlMs: 5_000 });
    expect(first).not.toBeNull();
    expect(await acquirePostLock({ redis, prefix, postId: 'p', ttlMs: 5_000 })).toBeNull();
    await first?.release();
    const second = await acquirePostLock({ redis, prefix, postId: 'p', ttlMs: 5_000 });
    expect(second).not.toBeNull();
    await second?.release();
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
      REDIS_URL: testRedisUrl(),
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
