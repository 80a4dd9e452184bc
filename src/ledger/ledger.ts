import type { Redis } from 'ioredis';
import type { PublishedPart } from '../platforms/adapter.js';
import { isPlatformId, type PlatformId } from '../platforms/platform.js';
import { postKeyPart, slotTag } from '../redis/keys.js';
import { type LuaScript, loadScript, runScript } from '../redis/script.js';

/**
 * Exactly-once bookkeeping: one record per post (article × platform × account), kept after the
 * BullMQ jobs are trimmed. The publish processor consults it before any platform call; every
 * transition is one Lua script (`scripts/*.lua`), so two workers (or a worker and `crier cancel`) never interleave.
 *
 *   scheduled ──begin──► publishing ──► published
 *       ▲  │                 │  │  └─────► failed ──retry──► scheduled
 *       │  └──cancel──► cancelled│        (cancel also from failed)
 *       │                       └──► id-unknown ──begin (recovery only)──► publishing
 *       └──── retryable error / outcome unknown (uncertain=1: recover before posting again)
 *
 * `id-unknown`: the platform said the next part exists (X's 403 duplicate) but its id is not found yet. The
 * post is out; it is never posted again nor failed, and recovery looks for the id until it finds it.
 * `nextAttemptAt` says when a post waiting to be tried again (scheduled or id-unknown) is next tried;
 * `notes` say how the post the platform holds differs from the plan ("image dropped: …"; which attempt's note is
 * kept: queues/processors/post-notes.ts), kept once published.
 *
 * Keys (all under the prefix; on a Redis Cluster the article id in each is a hash tag, `{<articleId>}`, so one
 * article's keys share a slot and every script below touches one slot: src/redis/keys.ts):
 *   `${prefix}:ledger:post:<postId>`       hash: a post not yet published (its parts, attempts, times, posted parts)
 *   `${prefix}:ledger:published:<postId>`  string: a published post, replacing its hash in the same step (below)
 *   `${prefix}:ledger:lock:<postId>`       the post's lock (src/redis/lock.ts keeps it alive)
 *   `${prefix}:ledger:article:<id>`        set of the article's post ids
 *   `${prefix}:ledger:articles`            sorted set of article ids by first enqueue time (for `crier status`),
 *                                          the one key of all articles: added to after the schedule script, not in it
 *
 * Published posts are what accumulates, so they are kept small: one JSON array,
 *   [1, attempts, dueAt, createdAt, publishedAt, slot (0|1), [[remoteId, url, cid?], …], notes?]
 * (1 is the layout's version; times in ms). A hash would not do: any value over 64 B (Redis's default
 * hash-max-listpack-value; a Bluesky URI or a post URL is longer) makes it a hashtable, at ~60 B per
 * field, and it never converts back. The article, platform and account are read from the post id.
 * A published hash written by an earlier crier is still read, and still never posted again.
 */
export const POST_STATES = [
  'scheduled',
  'publishing',
  'published',
  // On the platform (X answered "duplicate"), its id still looked for: docs/queue-and-ledger.md.
  'id-unknown',
  'failed',
  'cancelled',
  // Operator control (docs/operator.md): waiting for approval, held back (the X budget), taken down.
  'draft',
  'held',
  'retracting',
  'retracted',
] as const;
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
  /** The operator wrote (or replaced) the text. */
  edited: boolean;
  /** A published post: the parts' text as it went out (kept beside the compact record). */
  sent?: unknown[];
  /** A published post being (or having been) taken down: src/ledger/retraction.ts. */
  retraction?: RetractionView;
  /** When the next attempt is due, for a post waiting to be tried again. */
  nextAttemptAt?: Date;
  /** How the post that went out differs from the plan, for people ("image dropped: …"). */
  notes: string[];
  /** The index of the part the platform has but whose id is still looked for (state `id-unknown`). */
  idUnknownPart?: number;
}

export interface RetractionView {
  state: 'retracting' | 'retracted' | 'failed';
  /** How many of the thread's parts are gone from the platform. */
  deleted: number;
  attempts: number;
  lastError?: string;
  retractedAt?: Date;
}

/** The ledger's keys: one article's keys share a hash tag on a cluster, so each script stays in one slot (src/redis/keys.ts). */
export const ledgerKeys = (prefix: string, redis: object) => ({
  post: (postId: string) => `${prefix}:ledger:post:${postKeyPart(redis, postId)}`,
  published: (postId: string) => `${prefix}:ledger:published:${postKeyPart(redis, postId)}`,
  lock: (postId: string) => `${prefix}:ledger:lock:${postKeyPart(redis, postId)}`,
  /** The article's hash (queues/articles.ts). */
  articleData: (articleId: string) => `${prefix}:article:${slotTag(redis, articleId)}`,
  article: (articleId: string) => `${prefix}:ledger:article:${slotTag(redis, articleId)}`,
  articles: `${prefix}:ledger:articles`,
  /** Bumped by each cancel of the article: composes enqueued before it record their posts cancelled. */
  epoch: (articleId: string) => `${prefix}:ledger:epoch:${slotTag(redis, articleId)}`,
  /** A published post's text as it went out: {"edited":0|1,"parts":[…]}. */
  sent: (postId: string) => `${prefix}:ledger:sent:${postKeyPart(redis, postId)}`,
  /** A published post's retraction (src/ledger/retraction.ts). */
  retraction: (postId: string) => `${prefix}:ledger:retraction:${postKeyPart(redis, postId)}`,
});
const keys = ledgerKeys;

const script = (name: string) => loadScript(new URL(`./scripts/${name}.lua`, import.meta.url));
const SCHEDULE = script('schedule');
const BEGIN = script('begin');
const RECORD_PART = script('record-part');
const FINISH = script('finish');
const CANCEL = script('cancel');
const RETRY = script('retry');

export type ScheduleOutcome = 'new' | 'kept' | 'moved' | 'revived' | 'published' | 'publishing' | 'cancelled';
export type BeginOutcome =
  | { kind: 'go'; record: PostRecord /** The article's card as stored (JSON), or '' */; card: string }
  | { kind: 'published' | 'cancelled' | 'missing' | 'locked' | 'draft' | 'held' };

/** The post's lock: its token is held by one attempt; the lock lives `ttlMs` unless renewed. */
export interface LockRequest {
  token: string;
  ttlMs: number;
}

/** How an attempt ends besides its new state. */
export interface AttemptEnd {
  /** The post lock's token from `begin`: the lock is let go in the same step. */
  lockToken?: string;
  /**
   * The thread's parts as posted so far, in order (done ones included): those the ledger has not
   * recorded yet are recorded in the same step. The publisher leaves the last part to this step.
   */
  posted?: PublishedPart[];
  /** The post's notes from now on (replace the stored ones; `[]` clears them; absent: kept as they are). */
  notes?: string[];
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
    this.keys = keys(options.prefix, options.redis);
    this.now = options.now ?? (() => new Date());
  }

  private async run(script: LuaScript, keyList: string[], args: Array<string | number>): Promise<unknown> {
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
    /** The article's cancel epoch when the compose was enqueued (`epoch()`); 0 when never cancelled. */
    epoch?: number;
    /** Held for review: the post waits in `draft` until approved. */
    draft?: boolean;
    /** The operator wrote the text. */
    edited?: boolean;
  }): Promise<{ outcome: ScheduleOutcome; previousDueAt?: Date; previousSlot: boolean; draft?: true }> {
    const reply = (await this.run(
      SCHEDULE,
      [
        this.keys.post(input.postId),
        this.keys.article(input.articleId),
        this.keys.published(input.postId),
        this.keys.epoch(input.articleId),
      ],
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
        input.epoch ?? 0,
        input.draft ? 1 : 0,
        input.edited ? 1 : 0,
      ],
    )) as [string, string, string, string?, string?];
    const [state, prevDue, prevSlot, published, newState] = reply;
    // The index of all articles is a key of its own slot on a cluster, so it is not written by the script. NX
    // on every call, not only a new post's: a crash between the two is made good by the compose's retry.
    await this.redis.zadd(this.keys.articles, 'NX', this.now().getTime(), input.articleId);
    if (state === 'stale') return { outcome: 'cancelled', previousSlot: false };
    const before = published ? readPublished(input.postId, published) : undefined;
    const outcome: ScheduleOutcome =
      state === 'new' || state === 'kept' || state === 'published' || state === 'publishing'
        ? state
        : state === 'scheduled'
          ? 'moved'
          : 'revived';
    return {
      outcome,
      previousDueAt: before?.dueAt ?? (prevDue ? new Date(Number(prevDue)) : undefined),
      previousSlot: before?.slot ?? prevSlot === '1',
      ...(newState === 'draft' ? { draft: true as const } : {}),
    };
  }

  /** The article's cancel epoch: a compose carries the value read at enqueue (docs/operator.md). */
  async epoch(articleId: string): Promise<number> {
    return Number((await this.redis.get(this.keys.epoch(articleId))) ?? 0);
  }

  /** A cancel: every compose enqueued before now will record its posts cancelled. */
  async bumpEpoch(articleId: string): Promise<void> {
    await this.redis.incr(this.keys.epoch(articleId));
  }

  /**
   * Starts an attempt: tells the caller to stop when the post is published or cancelled. With `lock`,
   * first takes the post's lock (`locked`: another attempt holds it); a finished post's lock is let go.
   */
  async begin(postId: string, lock?: LockRequest, articleId = postId.split('.')[0] ?? ''): Promise<BeginOutcome> {
    const [state, flat, card] = (await this.run(
      BEGIN,
      [this.keys.post(postId), this.keys.lock(postId), this.keys.articleData(articleId), this.keys.published(postId)],
      [this.now().getTime(), lock?.token ?? '', lock?.ttlMs ?? 0],
    )) as [string, string[] | undefined, string | undefined];
    if (
      state === 'published' ||
      state === 'cancelled' ||
      state === 'missing' ||
      state === 'locked' ||
      state === 'draft' ||
      state === 'held'
    ) {
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
    await this.run(RECORD_PART, [this.keys.post(postId)], [index, storedPart(part), this.now().getTime()]);
  }

  /** Each `mark…` ends the attempt, records what it posted and lets go of the post's lock (see AttemptEnd). */
  async markPublished(postId: string, end: AttemptEnd = {}): Promise<void> {
    await this.finish(postId, 'published', '', false, end);
  }

  /** Failed for good (or out of attempts); `uncertain` when the last attempt may have reached the platform. */
  async markFailed(postId: string, reason: string, end: AttemptEnd & { uncertain?: boolean } = {}): Promise<void> {
    await this.finish(postId, 'failed', reason, end.uncertain ?? false, end);
  }

  /**
   * The attempt failed but will be tried again at `nextAttemptAt`; `uncertain` when it may have reached the
   * platform.
   */
  async markRetrying(
    postId: string,
    reason: string,
    end: AttemptEnd & { uncertain: boolean; nextAttemptAt?: Date },
  ): Promise<void> {
    await this.finish(postId, 'scheduled', reason, end.uncertain, end, end.nextAttemptAt);
  }

  /**
   * The platform has the part after the last one in `end.posted` (it said "duplicate") but its id is not
   * found yet: the post is out, and recovery looks again at `nextAttemptAt`.
   */
  async markIdUnknown(postId: string, reason: string, end: AttemptEnd & { nextAttemptAt: Date }): Promise<void> {
    await this.finish(postId, 'id-unknown', reason, true, end, end.nextAttemptAt);
  }

  private async finish(
    postId: string,
    state: PostState,
    reason: string,
    uncertain: boolean,
    end: AttemptEnd,
    nextAttemptAt?: Date,
  ): Promise<void> {
    await this.run(
      FINISH,
      [this.keys.post(postId), this.keys.lock(postId), this.keys.published(postId), this.keys.sent(postId)],
      [
        state,
        this.now().getTime(),
        reason,
        uncertain ? 1 : 0,
        end.lockToken ?? '',
        nextAttemptAt?.getTime() ?? '',
        end.notes ? JSON.stringify(end.notes) : '',
        ...(end.posted ?? []).map(storedPart),
      ],
    );
  }

  async cancel(postId: string): Promise<{ state: PostState | 'missing'; dueAt?: Date; slot: boolean }> {
    const [state, due, slot] = (await this.run(
      CANCEL,
      [this.keys.post(postId), this.keys.published(postId)],
      [this.now().getTime()],
    )) as [string, string, string];
    return {
      state: state as PostState | 'missing',
      dueAt: due ? new Date(Number(due)) : undefined,
      slot: slot === '1',
    };
  }

  async retry(postId: string, dueAt: Date): Promise<PostState | 'missing'> {
    return (await this.run(
      RETRY,
      [this.keys.post(postId), this.keys.published(postId)],
      [this.now().getTime(), dueAt.getTime()],
    )) as PostState | 'missing';
  }

  async get(postId: string): Promise<PostRecord | undefined> {
    const [record] = await this.read([postId]);
    return record;
  }

  /** Every post of an article, in platform order. */
  async postsOf(articleId: string): Promise<PostRecord[]> {
    const ids = (await this.redis.smembers(this.keys.article(articleId))).sort();
    return (await this.read(ids)).filter((record) => record !== undefined);
  }

  /** The posts' records in one round trip: each post's hash, or its published record. */
  private async read(ids: string[]): Promise<Array<PostRecord | undefined>> {
    if (ids.length === 0) return [];
    const pipeline = this.redis.pipeline();
    // The hash before the published record: a post published between the two reads is found published, never missing.
    for (const id of ids) {
      pipeline
        .hgetall(this.keys.post(id))
        .get(this.keys.published(id))
        .get(this.keys.sent(id))
        .hgetall(this.keys.retraction(id));
    }
    const replies = (await pipeline.exec()) ?? [];
    for (const [error] of replies) if (error) throw error;
    return ids.map((id, i) => {
      const hash = replies[4 * i]?.[1] as Record<string, string> | undefined;
      const published = replies[4 * i + 1]?.[1] as string | null | undefined;
      if (!published) return hash && parseRecord(id, hash);
      const record = readPublished(id, published);
      if (!record) return undefined;
      const sent = replies[4 * i + 2]?.[1] as string | null | undefined;
      if (sent) {
        const parsed = JSON.parse(sent) as { edited?: number; parts?: unknown[] };
        record.sent = parsed.parts;
        record.edited = parsed.edited === 1;
      }
      const retraction = readRetraction(replies[4 * i + 3]?.[1] as Record<string, string> | undefined);
      if (retraction) {
        record.retraction = retraction;
        if (retraction.state !== 'failed') record.state = retraction.state;
      }
      return record;
    });
  }

  /** The most recently enqueued articles, newest first. */
  async recentArticles(limit: number): Promise<string[]> {
    return this.redis.zrevrange(this.keys.articles, 0, Math.max(0, limit - 1));
  }
}

/** A posted part as the ledger keeps it: [remoteId, url, cid?], without an object's key names. */
function storedPart(part: PublishedPart): string {
  return JSON.stringify(part.cid ? [part.remoteId, part.url, part.cid] : [part.remoteId, part.url]);
}

function readPart(stored: unknown): PublishedPart | undefined {
  // An object: recorded by an earlier crier.
  if (!Array.isArray(stored)) return stored && typeof stored === 'object' ? (stored as PublishedPart) : undefined;
  const [remoteId, url, cid] = stored as unknown[];
  if (typeof remoteId !== 'string' || typeof url !== 'string') return undefined;
  return { remoteId, url, ...(typeof cid === 'string' ? { cid } : {}) };
}

/** A post id is `<articleId>.<platform>.<account>` (queues/names.ts: "." is in none of the three). */
function refOf(postId: string): Pick<PostRecord, 'articleId' | 'platform' | 'account'> | undefined {
  const [articleId, platform, account, ...rest] = postId.split('.');
  if (!articleId || !platform || !account || rest.length > 0 || !isPlatformId(platform)) return undefined;
  return { articleId, platform, account };
}

/** A published post's compact record: [1, attempts, dueAt, createdAt, publishedAt, slot, parts, notes?]. */
function readPublished(postId: string, value: string): PostRecord | undefined {
  const [version, attempts, dueAt, createdAt, publishedAt, slot, parts, notes] = JSON.parse(value) as unknown[];
  const ref = refOf(postId);
  if (version !== 1 || !ref || !Array.isArray(parts)) return undefined;
  const date = (ms: unknown) => new Date(Number(ms));
  return {
    postId,
    ...ref,
    state: 'published',
    attempts: Number(attempts),
    dueAt: date(dueAt),
    createdAt: date(createdAt),
    updatedAt: date(publishedAt),
    publishedAt: date(publishedAt),
    done: parts.flatMap((part) => readPart(part) ?? []),
    uncertain: false,
    slot: slot === 1,
    edited: false,
    notes: readNotes(notes),
  };
}

function readRetraction(hash: Record<string, string> | undefined): RetractionView | undefined {
  const state = hash?.state;
  if (!hash || (state !== 'retracting' && state !== 'retracted' && state !== 'failed')) return undefined;
  return {
    state,
    deleted: Number(hash.deleted ?? 0),
    attempts: Number(hash.attempts ?? 0),
    lastError: hash.lastError || undefined,
    retractedAt: hash.retractedAt ? new Date(Number(hash.retractedAt)) : undefined,
  };
}

function parseRecord(postId: string, hash: Record<string, string>): PostRecord | undefined {
  const { articleId, platform, account, state } = hash;
  if (!articleId || !platform || !account || !state || !isPlatformId(platform)) return undefined;
  if (!(POST_STATES as readonly string[]).includes(state)) return undefined;
  const doneCount = Number(hash.doneCount ?? 0);
  const done: PublishedPart[] = [];
  for (let i = 0; i < doneCount; i++) {
    const json = hash[`done:${i}`];
    const part = json ? readPart(JSON.parse(json)) : undefined;
    if (part) done.push(part);
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
    edited: hash.edited === '1',
    nextAttemptAt: state === 'scheduled' || state === 'id-unknown' ? date(hash.nextAttemptAt) : undefined,
    notes: hash.notes ? readNotes(JSON.parse(hash.notes)) : [],
    idUnknownPart: hash.idUnknown ? Number(hash.idUnknown) : undefined,
  };
}

function readNotes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((note): note is string => typeof note === 'string') : [];
}
