import type { Redis } from 'ioredis';
import { httpUrlProblem } from '../article/http-url.js';
import { loadScript, runScript } from '../redis/script.js';
import { assertCron } from '../schedule/cron.js';
import { ScheduleError } from '../schedule/errors.js';
import { FeedError } from './errors.js';
import { canonicalFeedUrl, type Feed, FeedSchema, feedIdFor } from './feed.js';

/**
 * The feed registry: one Redis hash, field = feed id, value = the feed as JSON. One key, so every
 * update is a single-key script (atomic, and fine on a Redis Cluster whatever the prefix).
 * The BullMQ job scheduler that polls a feed is the queue's business; this is what it polls.
 */

/** Same as config/defaults.json feeds.defaultCron, for callers that do not pass one. */
const DEFAULT_FEED_CRON = '*/15 * * * *';

function feedRegistryKey(prefix: string): string {
  return `${prefix}:feed-registry`;
}

/** The content hash of each item returned from one feed, to follow a changed one (poll.ts). Removed with the feed. */
export function feedContentKey(prefix: string, id: string): string {
  return `${prefix}:feed-content:${id}`;
}

/** Items already seen in one feed (poll.ts). Removed with the feed. */
export function feedSeenKey(prefix: string, id: string): string {
  return `${prefix}:feed-seen:${id}`;
}

/** ETag / Last-Modified of the feed's last copy read (poll.ts). Removed with the feed. */
export function feedValidatorsKey(prefix: string, id: string): string {
  return `${prefix}:feed-validators:${id}`;
}

interface StoreOptions {
  redis: Redis;
  prefix: string;
}

function decode(raw: string | null | undefined): Feed | undefined {
  if (raw === null || raw === undefined) return undefined;
  return FeedSchema.parse(JSON.parse(raw));
}

/**
 * Registers a feed. Adding a feed that is already registered keeps its registration time (so its
 * backlog is not posted) and only changes its cron if one is given.
 */
export async function addFeed({
  redis,
  prefix,
  url,
  cron,
  now,
  defaultCron = DEFAULT_FEED_CRON,
}: StoreOptions & { url: string; cron?: string | undefined; now: Date; defaultCron?: string }): Promise<Feed> {
  const bad = httpUrlProblem(url.trim());
  if (bad) throw new FeedError(url, 'invalid-url', bad.problem, bad.hint);
  const canonical = canonicalFeedUrl(url.trim());
  const schedule = (cron ?? defaultCron).trim().split(/\s+/).join(' ');
  try {
    assertCron(schedule);
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error;
    throw new FeedError(url, 'invalid-cron', `--cron ${error.problem}`, error.hint, { cause: error });
  }
  const feed: Feed = {
    id: feedIdFor(canonical),
    url: canonical,
    cron: schedule,
    registeredAt: now.toISOString(),
    failures: 0,
  };
  const key = feedRegistryKey(prefix);
  if (await redis.hsetnx(key, feed.id, JSON.stringify(feed))) return feed;
  if (cron === undefined) return (await getFeed({ redis, prefix, id: feed.id })) ?? feed;
  return (await update(redis, key, feed.id, { cron: schedule })) ?? feed;
}

export async function getFeed({ redis, prefix, id }: StoreOptions & { id: string }): Promise<Feed | undefined> {
  return decode(await redis.hget(feedRegistryKey(prefix), id));
}

/** Every registered feed, oldest registration first. */
export async function listFeeds({ redis, prefix }: StoreOptions): Promise<Feed[]> {
  const all = await redis.hvals(feedRegistryKey(prefix));
  return all
    .map((raw) => decode(raw))
    .filter((feed): feed is Feed => feed !== undefined)
    .sort((a, b) => a.registeredAt.localeCompare(b.registeredAt) || a.url.localeCompare(b.url));
}

/** Unregisters a feed and forgets the items it has seen. False when there was no such feed. */
export async function removeFeed({ redis, prefix, id }: StoreOptions & { id: string }): Promise<boolean> {
  const [removed] = await Promise.all([
    redis.hdel(feedRegistryKey(prefix), id),
    redis.del(feedSeenKey(prefix, id)),
    redis.del(feedContentKey(prefix, id)),
    redis.del(feedValidatorsKey(prefix, id)),
  ]);
  return removed === 1;
}

/** A failed poll: counts it and keeps the message. Undefined if the feed was removed meanwhile. */
export async function recordFeedError({
  redis,
  prefix,
  id,
  error,
  now,
}: StoreOptions & { id: string; error: unknown; now: Date }): Promise<Feed | undefined> {
  const message = error instanceof Error ? error.message : String(error);
  return update(redis, feedRegistryKey(prefix), id, {
    lastError: message,
    lastErrorAt: now.toISOString(),
    failures: 'increment',
  });
}

/** A successful poll: the failure count and last error are cleared. Undefined if the feed was removed meanwhile. */
export async function recordFeedSuccess({
  redis,
  prefix,
  id,
  now,
}: StoreOptions & { id: string; now: Date }): Promise<Feed | undefined> {
  return update(redis, feedRegistryKey(prefix), id, {
    lastPolledAt: now.toISOString(),
    lastError: null,
    lastErrorAt: null,
    failures: 0,
  });
}

/** A feed's read-modify-write, in one step (see the script). */
const UPDATE = loadScript(new URL('./scripts/update-feed.lua', import.meta.url));

type Patch = { [K in keyof Feed]?: Feed[K] | null | 'increment' };

async function update(redis: Redis, key: string, id: string, patch: Patch): Promise<Feed | undefined> {
  const out = await runScript(redis, UPDATE, [key], [id, JSON.stringify(patch)]);
  return typeof out === 'string' ? decode(out) : undefined;
}
