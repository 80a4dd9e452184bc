import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Redis } from 'ioredis';
import { FeedError } from '../../../src/feeds/errors.js';
import { feedIdFor } from '../../../src/feeds/feed.js';
import {
  addFeed,
  getFeed,
  listFeeds,
  recordFeedError,
  recordFeedSuccess,
  removeFeed,
} from '../../../src/feeds/store.js';
import { testRedisUrl, uniquePrefix } from '../../support/env.js';

let redis: Redis;
beforeAll(() => {
  redis = new Redis(testRedisUrl());
});
afterAll(async () => {
  await redis.quit();
});

const NOW = new Date('2026-11-28T14:00:00Z');

describe('feed registry', () => {
  test('add, get, list, remove', async () => {
    const prefix = uniquePrefix('feeds');
    const a = await addFeed({ redis, prefix, url: 'https://journal.example.fr/feed.xml', now: NOW });
    expect(a).toEqual({
      id: feedIdFor('https://journal.example.fr/feed.xml'),
      url: 'https://journal.example.fr/feed.xml',
      cron: '*/15 * * * *',
      registeredAt: '2026-11-28T14:00:00.000Z',
      failures: 0,
    });
    expect(a.id).toMatch(/^[a-f0-9]{12}$/);
    const later = new Date('2026-11-28T15:00:00Z');
    const b = await addFeed({
      redis,
      prefix,
      url: 'https://infra-notes.example.org/atom.xml',
      cron: '0 * * * *',
      now: later,
    });
    expect(b.cron).toBe('0 * * * *');
    expect(await getFeed({ redis, prefix, id: a.id })).toEqual(a);
    expect((await listFeeds({ redis, prefix })).map((f) => f.id)).toEqual([a.id, b.id]);
    expect(await removeFeed({ redis, prefix, id: a.id })).toBe(true);
    expect(await removeFeed({ redis, prefix, id: a.id })).toBe(false);
    expect(await getFeed({ redis, prefix, id: a.id })).toBeUndefined();
    expect((await listFeeds({ redis, prefix })).map((f) => f.id)).toEqual([b.id]);
  });

  test('the id is stable from the URL: adding again keeps the registration time, and a new --cron replaces the old', async () => {
    const prefix = uniquePrefix('feeds');
    const first = await addFeed({ redis, prefix, url: 'HTTPS://Journal.Example.fr/feed.xml#top', now: NOW });
    const again = await addFeed({
      redis,
      prefix,
      url: 'https://journal.example.fr/feed.xml',
      now: new Date('2026-12-01T00:00Z'),
    });
    expect(again).toEqual(first);
    const recron = await addFeed({
      redis,
      prefix,
      url: 'https://journal.example.fr/feed.xml',
      cron: '*/5  * * * *',
      now: new Date('2026-12-01T00:00Z'),
    });
    expect(recron).toEqual({ ...first, cron: '*/5 * * * *' });
    expect(await listFeeds({ redis, prefix })).toHaveLength(1);
  });

  test('the settings default cron is used when given', async () => {
    const prefix = uniquePrefix('feeds');
    const feed = await addFeed({ redis, prefix, url: 'https://e.example/feed', now: NOW, defaultCron: '0 */2 * * *' });
    expect(feed.cron).toBe('0 */2 * * *');
  });

  test.each([
    ['not a url', undefined, 'invalid-url', /not a valid URL/],
    ['ftp://e.example/feed', undefined, 'invalid-url', /only http and https URLs are accepted, not ftp:/],
    ['https://e.example/feed', 'every hour', 'invalid-cron', /--cron a cron expression has 5 fields/],
    ['https://e.example/feed', '0 25 * * *', 'invalid-cron', /--cron this cron expression is invalid/],
  ])('%j with --cron %j is refused (%s)', async (url, cron, reason, message) => {
    const prefix = uniquePrefix('feeds');
    const adding = addFeed({ redis, prefix, url, cron, now: NOW });
    await expect(adding).rejects.toThrow(FeedError);
    await expect(addFeed({ redis, prefix, url, cron, now: NOW })).rejects.toMatchObject({ reason, message });
    expect(await listFeeds({ redis, prefix })).toEqual([]);
  });

  test('errors are counted and kept until a successful poll clears them', async () => {
    const prefix = uniquePrefix('feeds');
    const { id } = await addFeed({ redis, prefix, url: 'https://e.example/feed', now: NOW });
    await recordFeedError({ redis, prefix, id, error: new Error('e.example refused the connection'), now: NOW });
    const twice = await recordFeedError({
      redis,
      prefix,
      id,
      error: new Error('HTTP 503'),
      now: new Date('2026-11-28T14:15:00Z'),
    });
    expect(twice).toMatchObject({ failures: 2, lastError: 'HTTP 503', lastErrorAt: '2026-11-28T14:15:00.000Z' });
    const ok = await recordFeedSuccess({ redis, prefix, id, now: new Date('2026-11-28T14:30:00Z') });
    expect(ok).toEqual({
      id,
      url: 'https://e.example/feed',
      cron: '*/15 * * * *',
      registeredAt: '2026-11-28T14:00:00.000Z',
      lastPolledAt: '2026-11-28T14:30:00.000Z',
      failures: 0,
    });
    expect(await getFeed({ redis, prefix, id })).toEqual(ok);
  });

  test('a poll finishing after `feed rm` does not bring the feed back', async () => {
    const prefix = uniquePrefix('feeds');
    const { id } = await addFeed({ redis, prefix, url: 'https://e.example/feed', now: NOW });
    await removeFeed({ redis, prefix, id });
    expect(await recordFeedSuccess({ redis, prefix, id, now: NOW })).toBeUndefined();
    expect(await recordFeedError({ redis, prefix, id, error: 'boom', now: NOW })).toBeUndefined();
    expect(await listFeeds({ redis, prefix })).toEqual([]);
  });

  test('concurrent error records all count', async () => {
    const prefix = uniquePrefix('feeds');
    const { id } = await addFeed({ redis, prefix, url: 'https://e.example/feed', now: NOW });
    await Promise.all(Array.from({ length: 10 }, () => recordFeedError({ redis, prefix, id, error: 'x', now: NOW })));
    expect((await getFeed({ redis, prefix, id }))?.failures).toBe(10);
  });
});
