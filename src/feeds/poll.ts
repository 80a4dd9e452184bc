import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Article } from '../article/article.js';
import { canonicalKey } from '../article/article-id.js';
import { IntakeError } from '../article/intake-error.js';
import type { Settings } from '../config.js';
import type { Feed } from './feed.js';
import { fetchFeed, type Validators } from './fetch-feed.js';
import { type FeedItem, parseFeedDocument } from './parse.js';
import { feedContentKey, feedSeenKey, feedValidatorsKey } from './store.js';
import { feedItemToArticle } from './to-article.js';

/**
 * One poll of one feed: fetch, parse, and return the items never returned before, as Articles,
 * oldest first.
 *
 * - An item is known by its guid (RSS guid, Atom id, JSON Feed id) and by its canonical link; it is
 *   new only if neither was seen. Two items pointing to one page are one article — as the article id
 *   (derived from the link) would make them anyway.
 * - A returned item's content (title, content, summary) is remembered as a hash under each of its keys; when a
 *   later poll finds it changed, it is returned again, so the article is enqueued again and followed as the
 *   operator's `follow` setting says (docs/operator.md, "Follow the article"). A new date alone is no change.
 *   Only returned items are followed (a backlog item never posted is never posted because it changed), and
 *   only items still in the feed are remembered, so the hashes stay as many as the feed's items.
 * - First poll: only items dated after the feed's registration, plus the `firstPollBacklog` newest
 *   of the older (or undated) ones. Every item present is remembered, so the rest of the backlog
 *   never comes back.
 * - Seen items live in one sorted set per feed, scored by the last poll that saw them: items still in
 *   the feed stay, and the set is trimmed to the most recent SEEN_LIMIT (items long gone from the feed).
 * - Items are remembered after `deliver` (if given) succeeds: if it throws, the next poll returns
 *   them again (at least once; enqueueing is idempotent per article id, so nothing is posted twice).
 *   Two polls of one feed at the same moment may both return an item, for the same reason harmless.
 * - Polls are conditional GETs (ETag / Last-Modified of the last copy read): an unchanged feed costs
 *   its server a 304 and returns nothing.
 */

const SEEN_LIMIT = 5_000;

export interface SkippedItem {
  guid?: string;
  link?: string;
  reason: string;
}

export interface PollOptions {
  redis: Redis;
  prefix: string;
  feed: Feed;
  fetch: Settings['fetch'];
  firstPollBacklog: number;
  now: Date;
  /** Hands the new articles on (enqueue) before they are remembered as seen. */
  deliver?: (articles: Article[]) => Promise<void>;
  /** Told about items that cannot become articles (no link, no title…); they are remembered and not retried. */
  onSkippedItem?: (item: SkippedItem) => void;
}

interface Candidate {
  item: FeedItem;
  keys: string[];
  position: number;
}

/** Throws FeedError when the feed cannot be fetched or read. */
export async function pollFeed({
  redis,
  prefix,
  feed,
  fetch,
  firstPollBacklog,
  now,
  deliver,
  onSkippedItem,
}: PollOptions): Promise<Article[]> {
  const key = feedSeenKey(prefix, feed.id);
  const validatorsKey = feedValidatorsKey(prefix, feed.id);
  const fetched = await fetchFeed(feed.url, fetch, (await redis.hgetall(validatorsKey)) as Validators);
  if (fetched.notModified) return [];
  const parsed = parseFeedDocument(fetched.text, fetched.url, feed.url);

  const candidates = distinct(parsed.items);
  const firstPoll = feed.lastPolledAt === undefined && (await redis.exists(key)) === 0;
  const seen = await seenKeys(redis, key, candidates);
  let chosen = candidates.filter((c) => !c.keys.some((k) => seen.has(k)));
  if (firstPoll) chosen = withoutBacklog(chosen, Date.parse(feed.registeredAt), firstPollBacklog);
  const contentKey = feedContentKey(prefix, feed.id);
  const known = await knownHashes(redis, contentKey, candidates);
  const changed = candidates.filter(
    (c) => !chosen.includes(c) && c.keys.some((k) => known.has(k) && known.get(k) !== contentHash(c.item)),
  );
  const followed = new Set([...chosen, ...changed]);
  chosen = [...chosen, ...changed];

  const articles: Article[] = [];
  for (const { item } of chosen.sort(oldestFirst)) {
    try {
      articles.push(await feedItemToArticle(item, feed.url));
    } catch (error) {
      if (!(error instanceof IntakeError)) throw error;
      onSkippedItem?.({
        ...(item.guid ? { guid: item.guid } : {}),
        ...(item.link ? { link: item.link } : {}),
        reason: error.message,
      });
    }
  }
  if (deliver && articles.length > 0) await deliver(articles);
  await remember(redis, key, candidates, now);
  const hashes = candidates
    .filter((c) => followed.has(c) || c.keys.some((k) => known.has(k)))
    .flatMap((c) => c.keys.flatMap((k) => [k, contentHash(c.item)]));
  const follow = redis.multi().del(contentKey);
  if (hashes.length > 0) follow.hset(contentKey, ...hashes);
  await follow.exec();
  // Only now: a 304 next time must mean "nothing new since these items were remembered".
  const save = redis.multi().del(validatorsKey);
  if (Object.keys(fetched.validators).length > 0) save.hset(validatorsKey, fetched.validators);
  await save.exec();
  return articles;
}

/** What the article is made of; its link and date are not (a moved link is the same item, by its guid). */
function contentHash(item: FeedItem): string {
  return createHash('sha256')
    .update(JSON.stringify([item.title ?? null, item.content ?? null, item.summary ?? null]))
    .digest('base64url')
    .slice(0, 22);
}

/** The remembered content hash of each key of the items (only items returned before have one). */
async function knownHashes(redis: Redis, key: string, candidates: Candidate[]): Promise<Map<string, string>> {
  const all = candidates.flatMap((c) => c.keys);
  if (all.length === 0) return new Map();
  const values = await redis.hmget(key, ...all);
  const known = new Map<string, string>();
  values.forEach((value, i) => {
    const k = all[i];
    if (value !== null && k !== undefined) known.set(k, value);
  });
  return known;
}

/** Dedupe keys of an item; an item with neither guid nor link cannot be told apart, nor posted. */
function itemKeys(item: FeedItem): string[] {
  const keys: string[] = [];
  if (item.guid) keys.push(`guid:${item.guid}`);
  if (item.link) keys.push(`link:${canonicalKey(item.link)}`);
  return keys;
}

/** Items of the document with keys, the first of any repeated one kept. */
function distinct(items: FeedItem[]): Candidate[] {
  const taken = new Set<string>();
  const out: Candidate[] = [];
  items.forEach((item, position) => {
    const keys = itemKeys(item);
    if (keys.length === 0 || keys.some((k) => taken.has(k))) return;
    for (const k of keys) taken.add(k);
    out.push({ item, keys, position });
  });
  return out;
}

async function seenKeys(redis: Redis, key: string, candidates: Candidate[]): Promise<Set<string>> {
  const all = candidates.flatMap((c) => c.keys);
  if (all.length === 0) return new Set();
  const pipeline = redis.pipeline();
  for (const k of all) pipeline.zscore(key, k);
  const results = (await pipeline.exec()) ?? [];
  const seen = new Set<string>();
  results.forEach(([error, score], i) => {
    if (error) throw error;
    const k = all[i];
    if (score !== null && k !== undefined) seen.add(k);
  });
  return seen;
}

/** The item's date in ms; undated items count as older than any dated one (their age is unknown). */
function age(c: Candidate): number {
  const ms = c.item.date === undefined ? Number.NaN : Date.parse(c.item.date);
  return Number.isNaN(ms) ? -Infinity : ms;
}

/**
 * The first poll's rule: items dated after the registration, plus the `backlog` newest of the others
 * (dated ones first, then undated ones in the feed's own order, which lists the newest first).
 */
function withoutBacklog(candidates: Candidate[], registeredAt: number, backlog: number): Candidate[] {
  const fresh = candidates.filter((c) => age(c) > registeredAt);
  const older = candidates
    .filter((c) => !(age(c) > registeredAt))
    .sort((a, b) => (age(a) === age(b) ? a.position - b.position : age(b) > age(a) ? 1 : -1))
    .slice(0, backlog);
  return [...fresh, ...older];
}

/** Oldest first, so posts go out in the order the pieces were published. */
function oldestFirst(a: Candidate, b: Candidate): number {
  return age(a) === age(b) ? b.position - a.position : age(a) < age(b) ? -1 : 1;
}

async function remember(redis: Redis, key: string, candidates: Candidate[], now: Date): Promise<void> {
  const keys = candidates.flatMap((c) => c.keys);
  if (keys.length === 0) return;
  const limit = Math.max(SEEN_LIMIT, keys.length * 2);
  const score = now.getTime();
  await redis
    .multi()
    .zadd(key, ...keys.flatMap((k) => [score, k]))
    .zremrangebyrank(key, 0, -(limit + 1))
    .exec();
}
