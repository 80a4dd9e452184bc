import type { Redis } from 'ioredis';
import { MastoHttpError, type mastodon } from 'masto';
import { z } from 'zod';
import type { Logger } from '../../log.js';
import { MASTODON_DEFAULT_LIMITS, type MastodonLimits } from './counter.js';

/**
 * What an instance allows, read from `GET /api/v2/instance` (`configuration.statuses` and
 * `configuration.media_attachments`; masto hands them over in camelCase) and cached in Redis, so the
 * teaser engine fits posts to this instance's limit rather than to upstream's 500.
 */
export interface MastodonInstanceLimits extends MastodonLimits {
  maxMediaAttachments: number;
  media: {
    supportedMimeTypes: string[];
    /** Bytes. */
    imageSizeLimit: number;
    /** Width × height, in pixels. */
    imageMatrixLimit: number;
    /** Alt text length, in characters. */
    descriptionLimit: number;
  };
}

/** Upstream's defaults, for an instance that leaves a value out (or predates /api/v2/instance, Mastodon < 4.0). */
const UPSTREAM_INSTANCE_LIMITS: MastodonInstanceLimits = {
  ...MASTODON_DEFAULT_LIMITS,
  maxMediaAttachments: 4,
  media: {
    supportedMimeTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'],
    imageSizeLimit: 16 * 1024 * 1024,
    imageMatrixLimit: 33_177_600,
    descriptionLimit: 1500,
  },
};

const positive = z.number().int().positive();
const d = UPSTREAM_INSTANCE_LIMITS;
const LimitsSchema = z.object({
  maxCharacters: positive.catch(d.maxCharacters),
  charactersReservedPerUrl: positive.catch(d.charactersReservedPerUrl),
  maxMediaAttachments: positive.catch(d.maxMediaAttachments),
  media: z
    .object({
      supportedMimeTypes: z.array(z.string()).catch(d.media.supportedMimeTypes),
      imageSizeLimit: positive.catch(d.media.imageSizeLimit),
      imageMatrixLimit: positive.catch(d.media.imageMatrixLimit),
      descriptionLimit: positive.catch(d.media.descriptionLimit),
    })
    .catch(d.media),
});

/** Reads the limits out of an instance entity, falling back to upstream's value for each missing one. */
function limitsFromInstance(instance: mastodon.v2.Instance): MastodonInstanceLimits {
  const statuses = instance.configuration?.statuses;
  // description_limit (Mastodon 4.4+) is not in masto's types yet.
  const media = instance.configuration?.mediaAttachments as
    | (mastodon.v2.InstanceMediaAttachmentsConfiguration & { descriptionLimit?: number })
    | undefined;
  return LimitsSchema.parse({
    maxCharacters: statuses?.maxCharacters,
    charactersReservedPerUrl: statuses?.charactersReservedPerUrl,
    maxMediaAttachments: statuses?.maxMediaAttachments,
    media: {
      supportedMimeTypes: media?.supportedMimeTypes,
      imageSizeLimit: media?.imageSizeLimit,
      imageMatrixLimit: media?.imageMatrixLimit,
      descriptionLimit: media?.descriptionLimit,
    },
  });
}

export interface InstanceLimitsCache {
  redis: Redis;
  /** The Redis key, under `${prefix}:mastodon:${account}:`. */
  key: string;
  ttlSeconds: number;
  logger?: Logger;
}

/**
 * The cached limits, or fresh ones from the instance (then cached for `ttlSeconds`). Failures to
 * reach the instance propagate (masto's errors) for the caller to classify; nothing is cached then.
 */
export async function readInstanceLimits(
  fetchInstance: () => Promise<mastodon.v2.Instance>,
  cache: InstanceLimitsCache,
): Promise<MastodonInstanceLimits> {
  const cached = await cache.redis.get(cache.key);
  if (cached !== null) {
    const parsed = LimitsSchema.safeParse(safeJson(cached));
    if (parsed.success) return parsed.data;
  }
  let limits: MastodonInstanceLimits;
  try {
    limits = limitsFromInstance(await fetchInstance());
  } catch (error) {
    if (!(error instanceof MastoHttpError && error.statusCode === 404)) throw error;
    cache.logger?.warn('the instance has no /api/v2/instance (Mastodon < 4.0): using upstream limits');
    limits = UPSTREAM_INSTANCE_LIMITS;
  }
  await cache.redis.set(cache.key, JSON.stringify(limits), 'EX', cache.ttlSeconds);
  return limits;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
