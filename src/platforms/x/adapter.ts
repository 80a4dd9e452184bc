import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { SendTweetV2Params, TwitterApi } from 'twitter-api-v2';
import type { XCredentials } from '../../config.js';
import type { Logger } from '../../log.js';
import { slotTag } from '../../redis/keys.js';
import {
  goneOn404,
  type PlatformAdapter,
  type PublishedPart,
  type PublishRequest,
  postRemainingParts,
} from '../adapter.js';
import { DuplicateError, PermanentError, PublishError, RetryableError } from '../errors.js';
import { type ImageRetrySettings, imageOptions, optionalImage } from '../optional-image.js';
import type { PostPart } from '../parts.js';
import { type RepeatPolicy, readPolicy, repeat, repeatAfter } from '../repeat.js';
import { createXClient, type XClientOptions } from './client.js';
import { toXError } from './errors.js';
import { fitImage, uploadImage, type XImage } from './media.js';
import { OAuth2TokenStore } from './oauth2.js';
import { findPart, type TimelineTweet } from './timeline.js';

export interface XAdapterOptions extends ImageRetrySettings {
  account: string;
  credentials: XCredentials;
  redis: Redis;
  /** CRIER_PREFIX: this adapter's keys live under `${prefix}:x:${account}:…`. */
  prefix: string;
  fetchImage?: (url: string) => Promise<XImage>;
  logger?: Logger;
  /** Per-request socket timeout (default 30 s). */
  timeoutMs?: number;
  /** How many posts each page of the timeline holds when recovery reads it (5–100, default 100). */
  timelineSize?: number;
  /**
   * How many pages recovery reads at most (default 32: X gives at most the newest 3,200 posts of a timeline).
   * It stops sooner at a post older than the request's `notBefore`.
   */
  timelinePages?: number;
}

interface Me {
  id: string;
  username: string;
}

interface CallOptions {
  action: string;
  signal?: AbortSignal;
  publishes?: boolean;
  /** Every request of the call is harmless to send twice: a failed one is sent again on its own, by this policy. */
  repeatRequests?: RepeatPolicy;
}

/**
 * One X account. Parts are posted as a thread of replies; the article image (when there is one and
 * an image fetcher is given) goes on the first part with its alt text. X has no idempotency key, so
 * recovery after a lost answer reads the account's own timeline (see timeline.ts).
 */
export function createXAdapter(options: XAdapterOptions): PlatformAdapter<'x'> {
  const { account, credentials, logger } = options;
  const log = logger?.child({ platform: 'x', account });
  const timeoutMs = options.timeoutMs ?? 30_000;
  const timelineSize = Math.min(100, Math.max(5, options.timelineSize ?? 100));
  const timelinePages = Math.max(1, options.timelinePages ?? 32);
  const auth =
    credentials.kind === 'oauth1'
      ? { kind: 'oauth1' as const, credentials }
      : {
          kind: 'oauth2' as const,
          tokens: new OAuth2TokenStore({
            account,
            credentials,
            redis: options.redis,
            // One hash tag on a cluster: the tokens are written together in one MULTI (src/redis/keys.ts).
            keyPrefix: slotTag(options.redis, `${options.prefix}:x:${account}`),
            client: { apiUrl: credentials.apiUrl, timeoutMs },
          }),
        };
  let me: Promise<Me> | undefined;

  /** Redis trouble (down, failing over) is temporary: the job waits and tries again. */
  async function viaRedis<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof PublishError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new RetryableError('x', `account "${account}": ${what} failed (Redis: ${detail})`, { cause: error });
    }
  }

  /** Runs one API call with a client for this account; every failure leaves as a typed error. */
  async function call<T>(how: CallOptions, run: (client: TwitterApi) => Promise<T>): Promise<T> {
    if (how.signal?.aborted) throw new RetryableError('x', `account "${account}": aborted before ${how.action}`);
    const context = { account, credentials, action: how.action, publishes: how.publishes };
    const policy = how.repeatRequests;
    const clientOptions: XClientOptions = { apiUrl: credentials.apiUrl, timeoutMs, signal: how.signal };
    if (policy && !how.publishes) {
      const typed = (send: () => Promise<unknown>) => () =>
        send().catch((error: unknown) => {
          throw toXError(error, context);
        });
      clientOptions.repeat = (failure, send) => repeatAfter(toXError(failure, context), typed(send), policy);
    }
    if (auth.kind === 'oauth1') {
      const { appKey, appSecret, accessToken, accessSecret } = auth.credentials;
      try {
        return await run(createXClient({ appKey, appSecret, accessToken, accessSecret }, clientOptions));
      } catch (error) {
        throw toXError(error, context);
      }
    }
    // OAuth 2.0: a 401 means the cached access token died early (revoked, clock skew); nothing was
    // committed, so refresh once and try again.
    for (let attempt = 1; ; attempt++) {
      const token = await viaRedis('getting the OAuth 2.0 access token', () => auth.tokens.accessToken());
      try {
        return await run(createXClient(token, clientOptions));
      } catch (error) {
        const mapped = toXError(error, context);
        if (attempt === 1 && mapped instanceof PermanentError && mapped.status === 401) {
          await viaRedis('dropping a refused access token', () => auth.tokens.invalidate(token));
          continue;
        }
        throw mapped;
      }
    }
  }

  /**
   * The account behind the credentials. GET /2/users/me is scarce (25 per 24 h on X's free tier), so
   * the answer is kept in memory and in Redis, under a fingerprint of the credentials (a hash, not a
   * secret) so that changed credentials are asked again. verify() always asks X.
   */
  const meKey = `${options.prefix}:x:${account}:me`;
  const fingerprint = createHash('sha256')
    .update(
      credentials.kind === 'oauth1'
        ? `1:${credentials.appKey}:${credentials.accessToken}`
        : `2:${credentials.clientId}`,
    )
    .digest('hex')
    .slice(0, 16);

  async function readMe(signal?: AbortSignal): Promise<Me> {
    const user = await call({ action: 'reading the account (GET /2/users/me)', signal }, async (client) => {
      const { data } = await client.v2.me();
      return { id: data.id, username: data.username };
    });
    await viaRedis('caching the account', () =>
      options.redis.set(meKey, JSON.stringify({ ...user, fingerprint }), 'EX', 24 * 60 * 60),
    );
    return user;
  }

  async function cachedMe(signal?: AbortSignal): Promise<Me> {
    const stored = await viaRedis('reading the cached account', () => options.redis.get(meKey));
    if (stored) {
      const parsed = JSON.parse(stored) as Me & { fingerprint?: string };
      if (parsed.fingerprint === fingerprint) return { id: parsed.id, username: parsed.username };
    }
    return readMe(signal);
  }

  function whoAmI(signal?: AbortSignal): Promise<Me> {
    me ??= cachedMe(signal).catch((error: unknown) => {
      me = undefined;
      throw error;
    });
    return me;
  }

  const postUrl = (user: Me, id: string) => `https://x.com/${user.username}/status/${id}`;

  /**
   * Our part on the account's timeline, newest first, page by page: up to `timelinePages` pages, and no
   * further than a post older than `notBefore` (our part cannot be older than its ledger record). Under a
   * burst of posts the part may be far down the timeline, so one page is not enough.
   */
  async function findOnTimeline(
    text: string,
    inReplyTo: string | undefined,
    signal: AbortSignal | undefined,
    notBefore: Date | undefined,
  ) {
    const user = await whoAmI(signal);
    let token: string | undefined;
    const readPage = () =>
      call({ action: 'reading the account timeline', signal }, async (client) => {
        const result = await client.v2.userTimeline(user.id, {
          max_results: timelineSize,
          'tweet.fields': ['referenced_tweets', 'created_at', 'attachments'],
          ...(token ? { pagination_token: token } : {}),
        });
        return { tweets: (result.data.data ?? []) as TimelineTweet[], next: result.data.meta?.next_token };
      });
    for (let page = 1; page <= timelinePages; page++) {
      // A deep look reads many pages, and one failed page would waste the look (the post then waits minutes
      // for the next one): a page's network failure or 5xx is tried again, and a 429 whose reset is near is
      // waited out. A far reset (X's free tier reads the timeline once per 15 minutes) ends the look.
      const read = await repeat(readPage, readPolicy(signal));
      const { tweets, next } = read;
      const found = findPart(tweets, text, inReplyTo);
      if (found) {
        const withMedia = (found.attachments?.media_keys?.length ?? 0) > 0;
        return { remoteId: found.id, url: postUrl(user, found.id), withMedia };
      }
      const oldest = tweets.at(-1)?.created_at;
      if (!next || (notBefore && oldest && Date.parse(oldest) < notBefore.getTime())) break;
      token = next;
    }
    return null;
  }

  /**
   * The article image as an X media id, or none: fetching, fitting and uploading each get their own few
   * tries, then the post goes without the image (noted in the ledger; src/platforms/optional-image.ts).
   */
  async function mediaFor(request: PublishRequest<'x'>): Promise<string | undefined> {
    const image = request.article.image;
    const fetchImage = options.fetchImage;
    if (!image || !fetchImage) return undefined;
    return optionalImage(imageOptions(options, request, log), async (step) => {
      const fetched = await step('fetching', () => fetchImage(image.url));
      const bytes = await step('fitting', () => fitImage(fetched), { tries: 1 });
      // Initialize, append, finalize, the status poll and the alt text are each harmless to send twice (an unused
      // media id; the same segment index; the same media), so a failed one is sent again alone before the upload
      // starts over.
      return step('uploading', (requests) =>
        call({ action: 'uploading the article image', signal: request.signal, repeatRequests: requests }, (client) =>
          uploadImage(client, bytes, image.alt),
        ),
      );
    });
  }

  /** The first part's word on the image (PublishedPart.image), when this adapter tries the image at all. */
  function imageOf(request: PublishRequest<'x'>, index: number, carried: boolean): Pick<PublishedPart, 'image'> {
    return index === 0 && request.article.image && options.fetchImage ? { image: carried } : {};
  }

  async function postPart(
    request: PublishRequest<'x'>,
    index: number,
    part: PostPart,
    inReplyTo: string | undefined,
    mediaId: string | undefined,
  ): Promise<PublishedPart> {
    const user = await whoAmI(request.signal);
    const body: SendTweetV2Params = { text: part.text };
    if (inReplyTo) body.reply = { in_reply_to_tweet_id: inReplyTo };
    if (mediaId) body.media = { media_ids: [mediaId] };
    const action = `posting part ${index + 1} of ${request.parts.length}`;
    try {
      const { data } = await call({ action, signal: request.signal, publishes: true }, (client) =>
        client.v2.tweet(body),
      );
      // X made the post from this body: it carries the image if the body named it.
      return { remoteId: data.id, url: postUrl(user, data.id), ...imageOf(request, index, mediaId !== undefined) };
    } catch (error) {
      if (!(error instanceof DuplicateError)) throw error;
      // X's only sign that the post exists already (an earlier attempt whose answer was lost): find it. A
      // failed look stays a duplicate: the post is there either way (the publisher then records it so).
      const existing = await findOnTimeline(part.text, inReplyTo, request.signal, request.notBefore).catch(
        (lookError: unknown) => {
          log?.warn({ err: String(lookError) }, 'duplicate: could not read the timeline to find the post');
          return null;
        },
      );
      if (!existing) throw error;
      log?.info(
        { article: request.article.id, part: index, id: existing.remoteId },
        'duplicate: the part was already posted',
      );
      // An earlier attempt's post: its own media say whether it has the image.
      return { remoteId: existing.remoteId, url: existing.url, ...imageOf(request, index, existing.withMedia) };
    }
  }

  return {
    platform: 'x',
    account,

    publish(request) {
      return postRemainingParts(request, async (part, index, thread) => {
        const mediaId = index === 0 ? await mediaFor(request) : undefined;
        const published = await postPart(request, index, part, thread[index - 1]?.remoteId, mediaId);
        log?.info({ article: request.article.id, part: index, id: published.remoteId }, 'posted');
        return published;
      });
    },

    async recover(request) {
      const index = request.done.length;
      const part = request.parts[index];
      if (!part) return null;
      const found = await findOnTimeline(
        part.text,
        request.done[index - 1]?.remoteId,
        request.signal,
        request.notBefore,
      );
      log?.info(
        { article: request.article.id, part: index, found: found?.remoteId ?? null },
        'recovery looked on the timeline',
      );
      return found && { remoteId: found.remoteId, url: found.url, ...imageOf(request, index, found.withMedia) };
    },

    async remove(part, signal) {
      // X answers a deleted (or never existing) post with 404; `deleted: false` means it is not removed.
      return call({ action: `deleting post ${part.remoteId} (DELETE /2/tweets/:id)`, signal }, async (client) => {
        const { data } = await client.v2.deleteTweet(part.remoteId);
        if (!data.deleted) throw new RetryableError('x', `account "${account}": X did not delete ${part.remoteId}`);
        return 'deleted' as const;
      }).catch(goneOn404);
    },

    async verify() {
      const user = await readMe();
      me = Promise.resolve(user);
      return `@${user.username}`;
    },
  };
}
