import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { PublishedPart } from '../platforms/adapter.js';
import { isPlatformId, type PlatformId } from '../platforms/platform.js';

/**
 * Exactly-once bookkeeping: one Redis hash per post (article × platform × account), kept after the
 * BullMQ jobs are trimmed. The publish processor consults it before any platform call; every
 * transition is one Lua script, so two workers (or a worker and `crier cancel`) never interleave.
 *
 *   scheduled ──begin──► publishing ──► published
 *       ▲  │                 │  └─────► failed ──retry──► scheduled
 *       │  └──cancel──► cancelled         (cancel also from failed)
 *       └──── retryable error / outcome unknown (uncertain=1: recover before posting again)
 *
 * Keys (all under the prefix, so a hash-tagged prefix keeps them in one cluster slot):
 *   `${prefix}:ledger:post:<postId>`      hash: the post
 *   `${prefix}:ledger:article:<id>`       set of the article's post ids
 *   `${prefix}:ledger:articles`           sorted set of article ids by first enqueue time (for `crier status`)
 */
export const POST_STATES = ['scheduled', 'publishing', 'published', 'failed', 'cancelled'] as const;
export type PostState = (typeof POST_STATES)[number];

export interface PostRecord {
  postId: string;
  articleId: string;
  platform: PlatformId;
  account: string;
  state: PostState;
  attempts: number;
  dueAt: Date;
  createdAt: Date;
  updatedAt: Date;
  publishedAt?: Date;
  lastError?: string;
  /** The thread to send (JSON of the teaser parts); dropped once published to keep finished posts small. */
  parts?: unknown[];
  /** Parts already on the platform, in order. */
  done: PublishedPart[];
  /** The last attempt may have reached the platform: resolve through adapter.recover() before posting. */
  uncertain: boolean;
  /** The due time was a reserved posting slot (released on cancel). */
  slot: boolean;
}

const keys = (prefix: string) => ({
  post: (postId: string) => `${prefix}:ledger:post:${postId}`,
  lock: (postId: string) => `${prefix}:ledger:lock:${postId}`,
  articleData: (articleId: string) => `${prefix}:article:${articleId}`,
  article: (articleId: string) => `${prefix}:ledger:article:${articleId}`,
  articles: `${prefix}:ledger:articles`,
});

// KEYS: post, article set, articles index. ARGV: now, dueAt, articleId, platform, account, parts, move, slot, postId.
// A published or publishing post is never touched; a scheduled one keeps its time unless `move` (reschedule).
const SCHEDULE = `
local state = redis.call('HGET', KEYS[1], 'state')
local prevDue = redis.call('HGET', KEYS[1], 'dueAt') or ''
local prevSlot = redis.call('HGET', KEYS[1], 'slot') or '0'
if state == 'published' or state == 'publishing' then return {state, prevDue, prevSlot} end
if state == 'scheduled' and ARGV[7] ~= '1' then return {'kept', prevDue, prevSlot} end
redis.call('HSET', KEYS[1], 'articleId', ARGV[3], 'platform', ARGV[4], 'account', ARGV[5], 'state', 'scheduled',
  'dueAt', ARGV[2], 'updatedAt', ARGV[1], 'parts', ARGV[6], 'slot', ARGV[8])
if not state then
  redis.call('HSET', KEYS[1], 'createdAt', ARGV[1], 'attempts', 0, 'doneCount', 0, 'uncertain', 0)
  redis.call('ZADD', KEYS[3], 'NX', ARGV[1], ARGV[3])
  redis.call('SADD', KEYS[2], ARGV[9])
end
return {state or 'new', prevDue, prevSlot}
`;

// KEYS: post, post lock, article. ARGV: now, lock token ('' for none), lock ttl.
// Takes the post's lock and starts an attempt in one step, unless the post is finished; a post found
// `publishing` was left by a worker that died or lost its lock: its outcome is unknown.
// Returns the record and the article's card, so the publisher needs no other read.
const BEGIN = `
if ARGV[2] ~= '' and not redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3], 'NX') then return {'locked'} end
local state = redis.call('HGET', KEYS[1], 'state')
if not state or state == 'published' or state == 'cancelled' then
  if ARGV[2] ~= '' then redis.call('DEL', KEYS[2]) end
  return {state or 'missing'}
end
local uncertain = redis.call('HGET', KEYS[1], 'uncertain') or '0'
if state == 'publishing' then uncertain = '1' end
redis.call('HSET', KEYS[1], 'state', 'publishing', 'uncertain', uncertain, 'updatedAt', ARGV[1])
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
return {'go', redis.call('HGETALL', KEYS[1]), redis.call('HGET', KEYS[3], 'card') or ''}
`;

// KEYS: post. ARGV: index, part JSON, now. Appends a posted part; a duplicate report of the same index is ignored.
const RECORD_PART = `
local count = tonumber(redis.call('HGET', KEYS[1], 'doneCount') or '0')
if count ~= tonumber(ARGV[1]) then return count end
redis.call('HSET', KEYS[1], 'done:' .. ARGV[1], ARGV[2], 'doneCount', count + 1, 'updatedAt', ARGV[3])
return count + 1
`;

// KEYS: post, post lock. ARGV: new state (published|failed|scheduled), now, lastError, uncertain, lock token.
// Only an attempt in progress can end; anything else means someone else already decided. Releases the lock.
const FINISH = `
if ARGV[5] ~= '' and redis.call('GET', KEYS[2]) == ARGV[5] then redis.call('DEL', KEYS[2]) end
local state = redis.call('HGET', KEYS[1], 'state')
if state ~= 'publishing' then return state or 'missing' end
redis.call('HSET', KEYS[1], 'state', ARGV[1], 'updatedAt', ARGV[2], 'lastError', ARGV[3], 'uncertain', ARGV[4])
if ARGV[1] == 'published' then
  redis.call('HSET', KEYS[1], 'publishedAt', ARGV[2])
  redis.call('HDEL', KEYS[1], 'parts', 'lastError')
end
return 'ok'
`;

// KEYS: post. ARGV: now. Only a post that has not started can be cancelled.
const CANCEL = `
local state = redis.call('HGET', KEYS[1], 'state')
if state == 'scheduled' or state == 'failed' then
  redis.call('HSET', KEYS[1], 'state', 'cancelled', 'updatedAt', ARGV[1])
  return {'cancelled', redis.call('HGET', KEYS[1], 'dueAt') or '', redis.call('HGET', KEYS[1], 'slot') or '0'}
end
return {state or 'missing', '', '0'}
`;

// KEYS: post. ARGV: now, dueAt. Puts a failed post back in line; published posts are never re-posted.
const RETRY = `
local state = redis.call('HGET', KEYS[1], 'state')
if state ~= 'failed' then return state or 'missing' end
redis.call('HSET', KEYS[1], 'state', 'scheduled', 'updatedAt', ARGV[1], 'dueAt', ARGV[2], 'slot', '0')
return 'scheduled'
`;

export type ScheduleOutcome = 'new' | 'kept' | 'moved' | 'revived' | 'published' | 'publishing';
export type BeginOutcome =
  | { kind: 'go'; record: PostRecord /** The article's card as stored (JSON), or '' */; card: string }
  | { kind: 'published' | 'cancelled' | 'missing' | 'locked' };

/** The post's lock: its token is held by one attempt; the lock lives `ttlMs` unless renewed. */
export interface LockRequest {
  token: string;
  ttlMs: number;
}

export interface LedgerOptions {
  redis: Redis;
  prefix: string;
  now?: () => Date;
}

export class Ledger {
  private readonly redis: Redis;
  private readonly keys: ReturnType<typeof keys>;
  private readonly now: () => Date;

  constructor(options: LedgerOptions) {
    this.redis = options.redis;
    this.keys = keys(options.prefix);
    this.now = options.now ?? (() => new Date());
  }

  private async run(script: string, keyList: string[], args: Array<string | number>): Promise<unknown> {
    return runScript(this.redis, script, keyList, args);
  }

  /**
   * Records (or keeps) a post to make. Enqueueing an article again never touches a published post;
   * with `move`, an unpublished post takes the new time (reschedule) and a failed or cancelled one is revived.
   */
  async schedule(input: {
    postId: string;
    articleId: string;
    platform: PlatformId;
    account: string;
    dueAt: Date;
    parts: unknown[];
    move: boolean;
    slot: boolean;
  }): Promise<{ outcome: ScheduleOutcome; previousDueAt?: Date; previousSlot: boolean }> {
    const reply = (await this.run(
      SCHEDULE,
      [this.keys.post(input.postId), this.keys.article(input.articleId), this.keys.articles],
      [
        this.now().getTime(),
        input.dueAt.getTime(),
        input.articleId,
        input.platform,
        input.account,
        JSON.stringify(input.parts),
        input.move ? 1 : 0,
        input.slot ? 1 : 0,
        input.postId,
      ],
    )) as [string, string, string];
    const [state, prevDue, prevSlot] = reply;
    const outcome: ScheduleOutcome =
      state === 'new' || state === 'kept' || state === 'published' || state === 'publishing'
        ? state
        : state === 'scheduled'
          ? 'moved'
          : 'revived';
    return {
      outcome,
      previousDueAt: prevDue ? new Date(Number(prevDue)) : undefined,
      previousSlot: prevSlot === '1',
    };
  }

  /** Starts an attempt: tells the caller to stop when the post is published or cancelled. */
  /**
   * Starts an attempt: tells the caller to stop when the post is published or cancelled. With `lock`,
   * first takes the post's lock (`locked`: another attempt holds it); a finished post's lock is let go.
   */
  async begin(postId: string, lock?: LockRequest, articleId = ''): Promise<BeginOutcome> {
    const [state, flat, card] = (await this.run(
      BEGIN,
      [this.keys.post(postId), this.keys.lock(postId), this.keys.articleData(articleId)],
      [this.now().getTime(), lock?.token ?? '', lock?.ttlMs ?? 0],
    )) as [string, string[] | undefined, string | undefined];
    if (state === 'published' || state === 'cancelled' || state === 'missing' || state === 'locked') {
      return { kind: state };
    }
    const hash: Record<string, string> = {};
    for (let i = 0; flat && i + 1 < flat.length; i += 2) hash[flat[i] as string] = flat[i + 1] as string;
    const record = parseRecord(postId, hash);
    if (!record) return { kind: 'missing' };
    return { kind: 'go', record, card: card ?? '' };
  }

  lockKey(postId: string): string {
    return this.keys.lock(postId);
  }

  /** Records the part at `index` as posted, before the next part goes out. */
  async recordPart(postId: string, index: number, part: PublishedPart): Promise<void> {
    const stored: PublishedPart = { remoteId: part.remoteId, url: part.url, ...(part.cid ? { cid: part.cid } : {}) };
    await this.run(RECORD_PART, [this.keys.post(postId)], [index, JSON.stringify(stored), this.now().getTime()]);
  }

  /** Each `mark…` ends the attempt and lets go of the post's lock when given its token. */
  async markPublished(postId: string, lockToken = ''): Promise<void> {
    await this.finish(postId, 'published', '', false, lockToken);
  }

  /** Failed for good (or out of attempts); `uncertain` when the last attempt may have reached the platform. */
  async markFailed(postId: string, reason: string, uncertain = false, lockToken = ''): Promise<void> {
    await this.finish(postId, 'failed', reason, uncertain, lockToken);
  }

  /** The attempt failed but will be tried again; `uncertain` when it may have reached the platform. */
  async markRetrying(postId: string, reason: string, uncertain: boolean, lockToken = ''): Promise<void> {
    await this.finish(postId, 'scheduled', reason, uncertain, lockToken);
  }

  private async finish(
    postId: string,
    state: PostState,
    reason: string,
    uncertain: boolean,
    lockToken: string,
  ): Promise<void> {
    await this.run(
      FINISH,
      [this.keys.post(postId), this.keys.lock(postId)],
      [state, this.now().getTime(), reason, uncertain ? 1 : 0, lockToken],
    );
  }

  async cancel(postId: string): Promise<{ state: PostState | 'missing'; dueAt?: Date; slot: boolean }> {
    const [state, due, slot] = (await this.run(CANCEL, [this.keys.post(postId)], [this.now().getTime()])) as [
      string,
      string,
      string,
    ];
    return {
      state: state as PostState | 'missing',
      dueAt: due ? new Date(Number(due)) : undefined,
      slot: slot === '1',
    };
  }

  async retry(postId: string, dueAt: Date): Promise<PostState | 'missing'> {
    return (await this.run(RETRY, [this.keys.post(postId)], [this.now().getTime(), dueAt.getTime()])) as
      | PostState
      | 'missing';
  }

  async get(postId: string): Promise<PostRecord | undefined> {
    const hash = await this.redis.hgetall(this.keys.post(postId));
    return parseRecord(postId, hash);
  }

  /** Every post of an article, in platform order. */
  async postsOf(articleId: string): Promise<PostRecord[]> {
    const ids = (await this.redis.smembers(this.keys.article(articleId))).sort();
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hgetall(this.keys.post(id));
    const replies = (await pipeline.exec()) ?? [];
    const records: PostRecord[] = [];
    replies.forEach(([error, hash], i) => {
      const id = ids[i];
      if (error || !id) return;
      const record = parseRecord(id, hash as Record<string, string>);
      if (record) records.push(record);
    });
    return records;
  }

  /** The most recently enqueued articles, newest first. */
  async recentArticles(limit: number): Promise<string[]> {
    return this.redis.zrevrange(this.keys.articles, 0, Math.max(0, limit - 1));
  }
}

const shas = new Map<string, string>();

/** EVALSHA with the script loaded once per process (EVAL of the text after a Redis restart's NOSCRIPT). */
export async function runScript(
  redis: Redis,
  script: string,
  keyList: string[],
  args: Array<string | number>,
): Promise<unknown> {
  let sha = shas.get(script);
  if (!sha) {
    sha = createHash('sha1').update(script).digest('hex');
    shas.set(script, sha);
  }
  const argv = [...keyList, ...args.map(String)];
  try {
    return await redis.evalsha(sha, keyList.length, ...argv);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('NOSCRIPT')) throw error;
    return redis.eval(script, keyList.length, ...argv);
  }
}

function parseRecord(postId: string, hash: Record<string, string>): PostRecord | undefined {
  const { articleId, platform, account, state } = hash;
  if (!articleId || !platform || !account || !state || !isPlatformId(platform)) return undefined;
  if (!(POST_STATES as readonly string[]).includes(state)) return undefined;
  const doneCount = Number(hash.doneCount ?? 0);
  const done: PublishedPart[] = [];
  for (let i = 0; i < doneCount; i++) {
    const json = hash[`done:${i}`];
    if (json) done.push(JSON.parse(json) as PublishedPart);
  }
  const date = (v: string | undefined) => (v ? new Date(Number(v)) : undefined);
  return {
    postId,
    articleId,
    platform,
    account,
    state: state as PostState,
    attempts: Number(hash.attempts ?? 0),
    dueAt: date(hash.dueAt) ?? new Date(0),
    createdAt: date(hash.createdAt) ?? new Date(0),
    updatedAt: date(hash.updatedAt) ?? new Date(0),
    publishedAt: date(hash.publishedAt),
    lastError: hash.lastError || undefined,
    parts: hash.parts ? (JSON.parse(hash.parts) as unknown[]) : undefined,
    done,
    uncertain: hash.uncertain === '1',
    slot: hash.slot === '1',
  };
}
