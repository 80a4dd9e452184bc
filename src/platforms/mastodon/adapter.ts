import type { Redis } from 'ioredis';
import { createRestAPIClient, type mastodon } from 'masto';
import type { MastodonCredentials } from '../../config.js';
import type { Logger } from '../../log.js';
import {
  goneOn404,
  type PlatformAdapter,
  type PublishedPart,
  type PublishRequest,
  postRemainingParts,
} from '../adapter.js';
import { PermanentError, RetryableError } from '../errors.js';
import { type ImageRetrySettings, imageOptions, optionalImage } from '../optional-image.js';
import { type RepeatPolicy, repeat, sleep } from '../repeat.js';
import { toMastodonError } from './errors.js';
import { type MastodonInstanceLimits, readInstanceLimits } from './instance.js';
import { fitDescription, fitImage, type ImageBytes } from './media.js';
import type { MastodonVisibility } from './part.js';

export interface MastodonAdapterOptions extends ImageRetrySettings {
  account: string;
  credentials: MastodonCredentials;
  redis: Redis;
  /** CRIER_PREFIX: this adapter's keys live under `${prefix}:mastodon:${account}:…`. */
  prefix: string;
  /** Fetches the article image (the guarded fetcher from intake); without it no image is attached. */
  fetchImage?: (url: string) => Promise<ImageBytes>;
  logger?: Logger;
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
  /**
   * Used only when a part carries no visibility (job data from before the field existed): the part's
   * own visibility is what the preview showed, so it is what is sent.
   */
  visibility?: MastodonVisibility;
  /** How long the instance's limits stay cached (default 1 h). */
  limitsTtlSeconds?: number;
  /** How long to wait for the instance to process an uploaded image (default 60 s; polled every second). */
  mediaTimeoutMs?: number;
  /** How many of the account's newest statuses recovery reads (1–40, default 40: one page). */
  timelineSize?: number;
}

export type MastodonAdapter = PlatformAdapter<'mastodon'> & {
  /** The instance's limits (cached), for the teaser engine to fit posts to. */
  limits(): Promise<MastodonInstanceLimits>;
};

/** Idempotency-Key of one part: stable across attempts of the same job, distinct per part. */
function partIdempotencyKey(jobKey: string, partIndex: number): string {
  return `${jobKey}:${partIndex}`;
}

/** How long an uploaded, not yet attached image is reused by later attempts: Mastodon's idempotency window. */
const MEDIA_REUSE_SECONDS = 3600;

interface CallOptions {
  action: string;
  signal?: AbortSignal;
  publishes?: boolean;
}

/**
 * One Mastodon account. Parts are posted as a thread (`in_reply_to_id`), each with the part's
 * `language` and `visibility` and an Idempotency-Key derived from the job, so a repeated attempt
 * within Mastodon's hour gets the existing status back instead of a second one. The article image,
 * with its alt text, goes on the first part. Recovery after an unknown outcome reads the account's
 * own statuses, which also works after the idempotency key has expired.
 */
export function createMastodonAdapter(options: MastodonAdapterOptions): MastodonAdapter {
  const { account, credentials, redis } = options;
  const log = options.logger?.child({ platform: 'mastodon', account });
  const keyPrefix = `${options.prefix}:mastodon:${account}`;
  const timelineSize = Math.min(40, Math.max(1, options.timelineSize ?? 40));
  const client = createRestAPIClient({
    url: credentials.url,
    accessToken: credentials.accessToken,
    timeout: options.timeoutMs ?? 30_000,
  });
  let me: Promise<mastodon.v1.Account> | undefined;
  const mediaKey = (request: PublishRequest<'mastodon'>) => `${keyPrefix}:media:${request.idempotencyKey}`;

  /** The reused-upload cache is an economy, never a reason to fail a post (nor to lose one just posted). */
  async function mediaCache<T>(what: string, run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await run();
    } catch (error) {
      log?.warn({ err: error }, `could not ${what} the uploaded image's id in Redis`);
      return undefined;
    }
  }

  async function call<T>(how: CallOptions, run: () => Promise<T>): Promise<T> {
    if (how.signal?.aborted) {
      throw new RetryableError('mastodon', `account "${account}": aborted before ${how.action}`, {
        cause: how.signal.reason,
      });
    }
    try {
      return await run();
    } catch (error) {
      throw toMastodonError(error, { account, action: how.action, publishes: how.publishes });
    }
  }

  function whoAmI(signal?: AbortSignal): Promise<mastodon.v1.Account> {
    if (!me) {
      me = call({ action: 'checking the credentials', signal }, () =>
        client.v1.accounts.verifyCredentials(undefined, { requestInit: { signal } }),
      );
      me.catch(() => {
        me = undefined;
      });
    }
    return me;
  }

  function limits(): Promise<MastodonInstanceLimits> {
    return call({ action: 'reading the instance limits' }, () =>
      readInstanceLimits(() => client.v2.instance.fetch(), {
        redis,
        key: `${keyPrefix}:instance`,
        ttlSeconds: options.limitsTtlSeconds ?? 3600,
        logger: log,
      }),
    );
  }

  /**
   * The article image as an attachment id, or undefined. The image is decoration: reading the instance's
   * limits, fetching, fitting and uploading each get their own few tries, then the post goes without it,
   * noted in the ledger (src/platforms/optional-image.ts). A refusal (422, 403 without write:media, the
   * media rate limit) drops it at once.
   */
  async function uploadImage(request: PublishRequest<'mastodon'>): Promise<string | undefined> {
    const image = request.article.image;
    const fetchImage = options.fetchImage;
    if (!image || !fetchImage) return undefined;
    // An earlier attempt of this job may have uploaded it already (then failed to post): reuse it,
    // so retries do not spend the media rate limit (30 per 30 min) on copies.
    const cached = await mediaCache('read', () => redis.get(mediaKey(request)));
    if (cached) return cached;
    return optionalImage(imageOptions(options, request, log), async (step) => {
      const instance = await step('reading the instance limits', () => limits());
      const fetched = await step('fetching', () => fetchImage(image.url));
      const fitted = await step('fitting', () => fitImage(fetched, instance.media), { tries: 1 });
      const description = fitDescription(image.alt, instance.media.descriptionLimit);
      const attachment = await step('uploading', async (requests) => {
        // Sent twice, the upload makes an attachment that is never used (the instance removes it within a day).
        const created = await repeat(
          () =>
            call({ action: 'uploading the article image', signal: request.signal }, () =>
              client.v2.media.create(
                { file: new Blob([fitted.bytes], { type: fitted.mimeType }), description, skipPolling: true },
                { requestInit: { signal: request.signal } },
              ),
            ),
          requests,
        );
        return created.url ? created : processed(created.id, requests, request.signal);
      });
      await mediaCache('store', () => redis.set(mediaKey(request), attachment.id, 'EX', MEDIA_REUSE_SECONDS));
      return attachment.id;
    });
  }

  /**
   * The uploaded attachment once the instance has processed it (its `url` is set; a status refuses it before).
   * masto's own wait gives the upload up on the first failed poll, and the upload then starts over: here each
   * poll is a read of its own, sent again when it fails for a passing reason.
   */
  async function processed(id: string, requests: RepeatPolicy, signal?: AbortSignal) {
    const until = Date.now() + (options.mediaTimeoutMs ?? 60_000);
    for (;;) {
      await sleep(1_000, signal);
      const media = await repeat(
        () =>
          call({ action: 'waiting for the image to be processed', signal }, () =>
            client.v1.media.$select(id).fetch(undefined, { requestInit: { signal } }),
          ),
        requests,
      );
      if (media.url) return media;
      if (Date.now() >= until || signal?.aborted) {
        throw new RetryableError('mastodon', `account "${account}": the instance had not processed the image in time`);
      }
    }
  }

  /** The first part's word on the image (PublishedPart.image), when this adapter tries the image at all. */
  function imageOf(
    request: PublishRequest<'mastodon'>,
    index: number,
    status: { mediaAttachments?: readonly unknown[] },
  ): Pick<PublishedPart, 'image'> {
    if (index !== 0 || !request.article.image || !options.fetchImage) return {};
    return { image: (status.mediaAttachments?.length ?? 0) > 0 };
  }

  return {
    platform: 'mastodon',
    account,
    limits,

    async remove(part, signal) {
      return call({ action: `deleting status ${part.remoteId}`, signal }, async () => {
        await client.v1.statuses.$select(part.remoteId).remove(undefined, { requestInit: { signal } });
        return 'deleted' as const;
      }).catch(goneOn404);
    },

    async update(part, content, signal) {
      // PUT /api/v1/statuses/:id: the status keeps its id, URL, replies and boosts (docs/platforms/mastodon.md).
      await call({ action: `editing status ${part.remoteId}`, signal }, () =>
        client.v1.statuses
          .$select(part.remoteId)
          .update({ status: content.text, language: content.language }, { requestInit: { signal } }),
      );
    },

    async verify() {
      const self = await whoAmI();
      return `@${self.acct}@${new URL(credentials.url).host}`;
    },

    async publish(request) {
      const total = request.parts.length;
      const mediaId = request.done.length === 0 && total > 0 ? await uploadImage(request) : undefined;
      return postRemainingParts(request, async (part, index, thread) => {
        const parentId = thread[index - 1]?.remoteId ?? null;
        const key = partIdempotencyKey(request.idempotencyKey, index);
        const status = await call(
          { action: `posting part ${index + 1} of ${total}`, signal: request.signal, publishes: true },
          () =>
            client.v1.statuses.create(
              {
                status: part.text,
                language: part.language,
                visibility: part.visibility ?? options.visibility,
                inReplyToId: parentId,
                ...(index === 0 && mediaId ? { mediaIds: [mediaId] } : {}),
              },
              { requestInit: { headers: { 'Idempotency-Key': key }, signal: request.signal } },
            ),
        ).catch(async (error: unknown) => {
          // Refused for good: an operator's retry starts afresh, with a new upload.
          if (index === 0 && mediaId && error instanceof PermanentError) {
            await mediaCache('forget', () => redis.del(mediaKey(request)));
          }
          throw error;
        });
        if (index === 0 && mediaId) await mediaCache('forget', () => redis.del(mediaKey(request)));
        log?.info({ article: request.article.id, part: index, remoteId: status.id }, 'posted');
        // The status as the instance holds it: an idempotent repeat answers with an earlier attempt's, which may
        // lack the image this one sent.
        return { remoteId: status.id, url: status.url ?? status.uri, ...imageOf(request, index, status) };
      });
    },

    async recover(request) {
      const index = request.done.length;
      const part = request.parts[index];
      if (!part) return null;
      const parentId = request.done[index - 1]?.remoteId ?? null;
      const self = await whoAmI(request.signal);
      const statuses = await call(
        { action: 'reading the account’s statuses', signal: request.signal },
        async () =>
          // A Paginator is only thenable: awaiting it reads the first page.
          await client.v1.accounts
            .$select(self.id)
            .statuses.list({ limit: timelineSize, excludeReblogs: true }, { requestInit: { signal: request.signal } }),
      );
      // Loaded on the first recovery: reading the statuses' HTML takes linkedom (~10 MB), which a worker
      // that never lost an answer never needs.
      const { findPart } = await import('./timeline.js');
      const found = findPart(statuses, part.text, parentId);
      log?.info({ article: request.article.id, part: index, found: found?.id ?? null }, 'recovery looked for the part');
      return found ? { remoteId: found.id, url: found.url ?? found.uri, ...imageOf(request, index, found) } : null;
    },
  };
}
