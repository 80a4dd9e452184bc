import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Redis } from 'ioredis';
import { releaseSlot, reserveSlot, slotKey } from '../../../src/schedule/slots.js';
import { testRedisUrl, uniquePrefix } from '../../support/env.js';

const WEEKDAYS = ['30 8 * * 1-5', '30 12 * * 1-5', '0 18 * * 1-5'];
const MONDAY_MORNING = new Date('2027-03-01T06:00:00Z');

let redis: Redis;
beforeAll(() => {
  redis = new Redis(testRedisUrl());
});
afterAll(async () => {
  await redis.quit();
});

function options(prefix: string, account = 'mastodon:default') {
  return { redis, prefix, account, slots: WEEKDAYS, timezone: 'Europe/Paris', after: MONDAY_MORNING };
}

describe('reserveSlot', () => {
  test('successive reservations take successive slots', async () => {
    const prefix = uniquePrefix('slots');
    const taken: string[] = [];
    for (let i = 0; i < 4; i++) taken.push((await reserveSlot(options(prefix))).toISOString());
    expect(taken).toEqual([
      '2027-03-01T07:30:00.000Z',
      '2027-03-01T11:30:00.000Z',
      '2027-03-01T17:00:00.000Z',
      '2027-03-02T07:30:00.000Z',
    ]);
  });

  test('20 parallel reservations get 20 distinct slots, the first 20 in order', async () => {
    const prefix = uniquePrefix('slots');
    // separate connections, as separate worker processes would have
    const clients = Array.from({ length: 4 }, () => new Redis(testRedisUrl()));
    try {
      const got = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          reserveSlot({ ...options(prefix), redis: clients[i % clients.length] as Redis }),
        ),
      );
      const times = got.map((d) => d.getTime());
      expect(new Set(times).size).toBe(20);
      const sorted = [...times].sort((a, b) => a - b);
      // 20 slots = 6 weekdays and 2 more: Mon 1 March 08:30 CET … Tue 9 March 12:30 CET
      expect(new Date(sorted[0] ?? 0).toISOString()).toBe('2027-03-01T07:30:00.000Z');
      expect(new Date(sorted[19] ?? 0).toISOString()).toBe('2027-03-09T11:30:00.000Z');
      expect(await redis.zcard(slotKey(prefix, 'mastodon:default'))).toBe(20);
    } finally {
      await Promise.all(clients.map((c) => c.quit()));
    }
  });

  test('across the spring change the reserved slots stay at 08:30 and 12:30 Paris time', async () => {
    const prefix = uniquePrefix('slots');
    const fridayEvening = new Date('2027-03-26T17:30:00Z'); // 18:30 CET, after the last Friday slot
    const got = [];
    for (let i = 0; i < 2; i++)
      got.push((await reserveSlot({ ...options(prefix), after: fridayEvening })).toISOString());
    expect(got).toEqual(['2027-03-29T06:30:00.000Z', '2027-03-29T10:30:00.000Z']); // Monday, now CEST
  });

  test('each account has its own slots', async () => {
    const prefix = uniquePrefix('slots');
    const x = await reserveSlot(options(prefix, 'x:default'));
    const mastodon = await reserveSlot(options(prefix, 'mastodon:default'));
    const news = await reserveSlot(options(prefix, 'mastodon:news'));
    expect([x, mastodon, news].map((d) => d.toISOString())).toEqual(Array(3).fill('2027-03-01T07:30:00.000Z'));
  });

  test('a released slot is given out again; the others stay taken', async () => {
    const prefix = uniquePrefix('slots');
    const first = await reserveSlot(options(prefix));
    const second = await reserveSlot(options(prefix));
    await releaseSlot({ redis, prefix, account: 'mastodon:default', at: first });
    expect((await reserveSlot(options(prefix))).toISOString()).toBe(first.toISOString());
    expect((await reserveSlot(options(prefix))).toISOString()).toBe('2027-03-01T17:00:00.000Z');
    expect(second.toISOString()).toBe('2027-03-01T11:30:00.000Z');
    // releasing twice, or a slot never taken, is harmless
    await releaseSlot({ redis, prefix, account: 'mastodon:default', at: first });
    await releaseSlot({ redis, prefix, account: 'mastodon:default', at: new Date('2030-01-01T00:00Z') });
  });

  test('a reservation looks past a long run of taken slots', async () => {
    const prefix = uniquePrefix('slots');
    const daily = { ...options(prefix), slots: ['0 9 * * *'], timezone: 'UTC' };
    // other articles hold 150 days of 09:00 UTC from 1 March 2027 (so several batches of candidates are taken)
    const key = slotKey(prefix, 'mastodon:default');
    for (let day = 0; day < 150; day++) {
      const at = new Date(Date.UTC(2027, 2, 1 + day, 9));
      await redis.zadd(key, at.getTime(), at.toISOString());
    }
    expect((await reserveSlot(daily)).toISOString()).toBe('2027-07-29T09:00:00.000Z');
  });

  test('a later `after` does not forget reservations before it', async () => {
    const prefix = uniquePrefix('slots');
    const early = await reserveSlot(options(prefix));
    await reserveSlot({ ...options(prefix), after: new Date('2027-06-01T00:00Z') });
    expect((await reserveSlot(options(prefix))).getTime()).toBeGreaterThan(early.getTime());
  });
});
