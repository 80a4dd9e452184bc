import { Agent, type BlobRef, XRPCError } from '@atproto/api';
import type { Redis } from 'ioredis';
import type { BlueskyCredentials } from '../../config.js';
import type { Logger } from '../../log.js';
import {
  goneOn404,
  type PlatformAdapter,
  type PublishedPart,
  type PublishRequest,
  postRemainingParts,
} from '../adapter.js';
import { PermanentError, PublishError, RetryableError } from '../errors.js';
import { type ImageRetrySettings, imageOptions, optionalImage } from '../optional-image.js';
import { readPolicy, repeat } from '../repeat.js';
import { type CallKind, toBlueskyError } from './errors.js';
import type { BlueskyPart } from './part.js';
import { RedisCredentialSession } from './session.js';
import { fitThumb, type ImageBytes } from './thumb.js';
import { newRecordKey } from './tid.js';

export interface BlueskyAdapterOptions extends ImageRetrySettings {
  account: string;
  credentials: BlueskyCredentials;
  redis: Redis;
  /** CRIER_PREFIX: every key lives under `${prefix}:bluesky:${account}:…`. */
  prefix: string;
  /** Fetches the article image for the link card's thumb; without it cards have no picture. */
  fetchImage?: (url: string) => Promise<ImageBytes>;
  logger?: Logger;
  /** Deadline of each HTTP call (default 30 s). */
  timeoutMs?: number;
}

const COLLECTION = 'app.bsky.feed.post';
/** How long the record key chosen for a part is kept: longer than any job is retried. */
const PLAN_TTL_SECONDS = 90 * 24 * 3600;

/** Decided on the first attempt at a part: the key, kept for good; `createdAt`, renewed when the part is sent again. */
interface PartPlan {
  rkey: string;
  createdAt: string;
}

/** A post record read back: the part, its text, and whether its link card has a thumb. */
interface StoredRecord {
  part: PublishedPart;
  text: unknown;
  thumb: boolean;
}

/** Whether a post record's link card carries a thumb (the article image on Bluesky). */
function hasThumb(record: { embed?: unknown }): boolean {
  const embed = record.embed as { external?: { thumb?: unknown } } | undefined;
  return embed?.external?.thumb !== undefined;
}

interface StrongRef {
  uri: string;
  cid: string;
}

/**
 * Publishes to one Bluesky account through `@atproto/api` (an `Agent` over a Redis-backed
 * `CredentialSession`, see session.ts).
 *
 * Exactly once, without a "did it post?" search: each part is written with `putRecord` and
 * `swapRecord: null` at a record key (a TID, as the PDS demands for posts) chosen on the first
 * attempt and stored in Redis (SET NX, per idempotencyKey and part) with its `createdAt`.
 * Every later attempt uses that key:
 *   1. it reads the key back (getRecord): our text there → that is the part, nothing is sent;
 *      another text → PermanentError (never claim nor overwrite someone else's post);
 *   2. nothing there → it writes the record, `createdAt` renewed to now;
 *   3. the write meets a record that landed meanwhile (the earlier attempt's late request, or a
 *      twin worker): the same record → same CID, 200, no new commit; another one → 400 InvalidSwap,
 *      and the text decides as in 1.
 * The PDS keeps one record per key, so however attempts interleave there is one post. `recover()`
 * is step 1 alone. The key comes from the clock rather than a hash of the job, so it looks like
 * every other client's (a timestamp near `createdAt`; how the AppView treats far-off TIDs is
 * unverified, docs/platforms/bluesky.md); Redis (AOF, noeviction) keeps the choice.
 */
export function createBlueskyAdapter(options: BlueskyAdapterOptions): PlatformAdapter<'bluesky'> {
  const { account, redis, logger } = options;
  const keyBase = `${options.prefix}:bluesky:${account}`;
  const session = new RedisCredentialSession({
    service: options.credentials.service,
    identifier: options.credentials.identifier,
    password: options.credentials.password,
    redis,
    keyBase,
    timeoutMs: options.timeoutMs ?? 30_000,
    logger,
  });
  const agent = new Agent(session);
  const log = logger?.child({ platform: 'bluesky', account });

  /** Runs one XRPC call with the session ready; a refused session is dropped and the call tried once more. */
  async function call<T>(kind: CallKind, action: string, fn: (did: string) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        await ready();
        const did = session.did;
        if (!did) throw new RetryableError('bluesky', `account "${account}": no session after login`);
        return await fn(did);
      } catch (error) {
        if (error instanceof PublishError) throw error;
        if (attempt === 1 && isSessionRefused(error)) {
          log?.info({ action }, 'bluesky: the PDS refused the session; starting a new one');
          await session
            .drop()
            .catch((dropError: unknown) =>
              log?.warn({ err: String(dropError) }, 'bluesky: could not forget the session'),
            );
          continue;
        }
        throw toBlueskyError(error, { account, action, kind });
      }
    }
  }

  /**
   * Only typed errors leave the adapter. What is left untyped here (Redis unreachable, the ledger's
   * onPosted failing) is retryable: every write is idempotent, so trying again never posts twice.
   */
  async function typed<T>(action: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof PublishError) throw error;
      throw new RetryableError('bluesky', `account "${account}", ${action}: ${String(error)}`, { cause: error });
    }
  }

  async function ready(): Promise<void> {
    try {
      await session.ready();
    } catch (error) {
      throw toBlueskyError(error, { account, action: 'starting the session', kind: 'login' });
    }
  }

  function planKey(request: PublishRequest<'bluesky'>, index: number): string {
    return `${keyBase}:rkey:${request.idempotencyKey}:${index}`;
  }

  async function readPlan(key: string): Promise<PartPlan | undefined> {
    const json = await redis.get(key);
    return json ? (JSON.parse(json) as PartPlan) : undefined;
  }

  /** The plan stored by an earlier attempt, or a new one; `fresh` tells whether this attempt made it. */
  async function plan(request: PublishRequest<'bluesky'>, index: number): Promise<{ plan: PartPlan; fresh: boolean }> {
    const key = planKey(request, index);
    const mine: PartPlan = { rkey: newRecordKey(request.idempotencyKey, index), createdAt: new Date().toISOString() };
    if ((await redis.set(key, JSON.stringify(mine), 'EX', PLAN_TTL_SECONDS, 'NX')) === 'OK') {
      return { plan: mine, fresh: true };
    }
    const earlier = await readPlan(key);
    if (!earlier) throw new RetryableError('bluesky', `account "${account}": the record key plan vanished from Redis`);
    return { plan: earlier, fresh: false };
  }

  function published(did: string, rkey: string, ref: StrongRef): PublishedPart {
    return { remoteId: ref.uri, cid: ref.cid, url: `https://bsky.app/profile/${did}/post/${rkey}` };
  }

  /**
   * The record at `rkey`, or undefined when there is none. A read that fails for a passing reason is tried
   * again within the attempt (src/platforms/repeat.ts): the check before a write is the first call of an
   * attempt, and one dropped read would otherwise cost the attempt and its backoff (up to 10 minutes).
   */
  async function readRecord(rkey: string, action: string, signal?: AbortSignal): Promise<StoredRecord | undefined> {
    return repeat(() => readRecordOnce(rkey, action, signal), readPolicy(signal));
  }

  async function readRecordOnce(rkey: string, action: string, signal?: AbortSignal): Promise<StoredRecord | undefined> {
    return call('read', action, async (did) => {
      try {
        const { data } = await agent.com.atproto.repo.getRecord(
          { repo: did, collection: COLLECTION, rkey },
          { signal },
        );
        if (!data.cid)
          throw new RetryableError('bluesky', `account "${account}": getRecord gave no CID for ${data.uri}`);
        return {
          part: published(did, rkey, { uri: data.uri, cid: data.cid }),
          text: data.value.text,
          thumb: hasThumb(data.value),
        };
      } catch (error) {
        if (error instanceof XRPCError && error.error === 'RecordNotFound') return undefined;
        throw error;
      }
    });
  }

  /** A reply needs the parent's CID; parts recorded without one are read back. */
  async function strongRef(part: PublishedPart, signal?: AbortSignal): Promise<StrongRef> {
    if (part.cid) return { uri: part.remoteId, cid: part.cid };
    const rkey = part.remoteId.split('/').pop() ?? '';
    const found = await readRecord(rkey, `reading ${part.remoteId} to reply to it`, signal);
    if (!found?.part.cid) {
      throw new PermanentError('bluesky', `account "${account}": the post to reply to is gone (${part.remoteId})`);
    }
    return { uri: part.remoteId, cid: found.part.cid };
  }

  /**
   * The card's thumb: the article image, fitted and uploaded; a card without it beats no post. Fetching,
   * fitting and uploading each get their own few tries, then the card goes without it, noted in the ledger
   * (src/platforms/optional-image.ts).
   */
  async function uploadThumb(request: PublishRequest<'bluesky'>): Promise<BlobRef | undefined> {
    const image = request.article.image;
    const fetchImage = options.fetchImage;
    if (!image || !fetchImage) return undefined;
    return optionalImage(imageOptions(options, request, log), async (step) => {
      const fetched = await step('fetching', () => fetchImage(image.url));
      const fitted = await step('fitting', () => fitThumb(fetched), { tries: 1 });
      // One request, harmless to send twice (the same bytes are the same blob): sent again on its own.
      const upload = () =>
        call('read', 'uploading the card image', async () => {
          const { data } = await agent.com.atproto.repo.uploadBlob(fitted.bytes, {
            encoding: fitted.mimeType,
            signal: request.signal,
          });
          return data.blob;
        });
      return step('uploading', (requests) => repeat(upload, requests));
    });
  }

  async function buildRecord(
    request: PublishRequest<'bluesky'>,
    part: BlueskyPart,
    index: number,
    createdAt: string,
    thread: readonly PublishedPart[],
  ): Promise<Record<string, unknown>> {
    const record: Record<string, unknown> = {
      $type: COLLECTION,
      text: part.text,
      facets: part.facets,
      langs: part.langs,
      createdAt,
    };
    const first = thread[0];
    const previous = thread[index - 1];
    if (index > 0 && first && previous) {
      record.reply = {
        root: await strongRef(first, request.signal),
        parent: await strongRef(previous, request.signal),
      };
    }
    if (index === 0 && part.embed) {
      const thumb = await uploadThumb(request);
      record.embed = { ...part.embed, external: { ...part.embed.external, ...(thumb ? { thumb } : {}) } };
    }
    return record;
  }

  async function publishPart(
    request: PublishRequest<'bluesky'>,
    part: BlueskyPart,
    index: number,
    thread: readonly PublishedPart[],
  ): Promise<PublishedPart> {
    const total = request.parts.length;
    const action = `writing part ${index + 1} of ${total}`;
    const checking = `checking part ${index + 1} of ${total}`;
    const { plan: chosen, fresh } = await plan(request, index);
    /** A record at our key whose text is not this part's is someone else's: never claim it, never overwrite it. */
    const taken = (cause?: unknown) =>
      new PermanentError(
        'bluesky',
        `account "${account}", ${action}: another post already holds record key ${chosen.rkey}`,
        400,
        { cause },
      );
    if (!fresh) {
      const earlier = await readRecord(chosen.rkey, checking, request.signal);
      if (earlier) {
        if (earlier.text !== part.text) throw taken();
        log?.info({ index, uri: earlier.part.remoteId }, 'bluesky: part already written by an earlier attempt');
        return { ...earlier.part, ...imageOf(request, part, index, earlier.thumb) };
      }
      // Not there: the post goes out now, so it says now (an attempt after a rate-limit wait may be hours
      // later). The key stays: a late write from the earlier attempt can only meet this one at that key,
      // where one of the two gets InvalidSwap, never a second post.
      chosen.createdAt = new Date().toISOString();
      await redis.set(planKey(request, index), JSON.stringify(chosen), 'EX', PLAN_TTL_SECONDS, 'XX');
    }
    const record = await buildRecord(request, part, index, chosen.createdAt, thread);
    try {
      return await call('write', action, async (did) => {
        const { data } = await agent.com.atproto.repo.putRecord(
          { repo: did, collection: COLLECTION, rkey: chosen.rkey, record, swapRecord: null },
          { signal: request.signal },
        );
        // Written, or the same record already there (the same CID): either way the record this attempt built.
        return { ...published(did, chosen.rkey, data), ...imageOf(request, part, index, hasThumb(record)) };
      });
    } catch (error) {
      if (
        !(error instanceof PermanentError && error.cause instanceof XRPCError && error.cause.error === 'InvalidSwap')
      ) {
        throw error;
      }
      // Something else is at our key: ours from an earlier attempt (built with another thumb), or not ours.
      const existing = await readRecord(chosen.rkey, checking, request.signal);
      if (existing && existing.text === part.text) {
        return { ...existing.part, ...imageOf(request, part, index, existing.thumb) };
      }
      throw taken(error);
    }
  }

  /** The first part's word on the card's thumb (PublishedPart.image), when this adapter tries the image at all. */
  function imageOf(
    request: PublishRequest<'bluesky'>,
    part: BlueskyPart,
    index: number,
    thumb: boolean,
  ): Pick<PublishedPart, 'image'> {
    return index === 0 && part.embed && request.article.image && options.fetchImage ? { image: thumb } : {};
  }

  return {
    platform: 'bluesky',
    account,

    async publish(request) {
      return typed('publishing', () =>
        postRemainingParts(request, async (part, index, thread) => {
          if (request.signal?.aborted) {
            throw new RetryableError('bluesky', `account "${account}": cancelled before part ${index + 1}`, {
              cause: request.signal.reason,
            });
          }
          const posted = await publishPart(request, part, index, thread);
          log?.info({ article: request.article.id, index, uri: posted.remoteId }, 'bluesky: part published');
          return posted;
        }),
      );
    },

    async recover(request) {
      return typed('recovering', async () => {
        const index = request.done.length;
        if (index >= request.parts.length) return null;
        const chosen = await readPlan(planKey(request, index));
        // No plan: no attempt ever got as far as sending this part.
        if (!chosen) return null;
        const found = await readRecord(chosen.rkey, `looking for part ${index + 1}`, request.signal);
        const part = request.parts[index];
        // Something else at that key is not our post (publish will then refuse to overwrite it).
        if (!part || !found || found.text !== part.text) return null;
        return { ...found.part, ...imageOf(request, part, index, found.thumb) };
      });
    },

    async remove(part, signal) {
      // deleteRecord of a record that is not there succeeds: deleting is idempotent on the PDS.
      const rkey = part.remoteId.split('/').pop() ?? '';
      return call('write', `deleting ${part.remoteId}`, async (did) => {
        await agent.com.atproto.repo.deleteRecord({ repo: did, collection: COLLECTION, rkey }, { signal });
        return 'deleted' as const;
      }).catch(goneOn404);
    },

    async verify() {
      // getSession proves the stored or new session is accepted, not merely present.
      return call('login', 'checking the credentials', async () => {
        const { data } = await agent.com.atproto.server.getSession();
        return data.handle;
      });
    },
  };
}

/** The PDS no longer accepts this session (revoked, or refresh failed): worth one fresh start. */
function isSessionRefused(error: unknown): boolean {
  return (
    error instanceof XRPCError &&
    (error.status === 401 || ['ExpiredToken', 'InvalidToken', 'AuthMissing'].includes(error.error ?? ''))
  );
}
