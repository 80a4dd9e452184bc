import type { Settings } from '../config.js';
import { GuardedFetchError, guardedGet } from './guarded-get.js';

/** The article image as the platform adapters take it (their `fetchImage` option). */
export interface FetchedImage {
  bytes: Uint8Array;
  /** The bare media type ("image/png"), without parameters. */
  mimeType: string;
}

/** Why the article image could not be fetched; the adapters then post without it. */
export class ImageFetchError extends Error {
  override name = 'ImageFetchError';
  constructor(
    readonly url: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot fetch the article image ${url}: ${reason}`, options);
  }
}

/** Words a refused fetch as the reason the adapters log before posting without the image. */
function refusalReason({ at, problem }: GuardedFetchError, settings: Settings['fetch']): string {
  switch (problem.kind) {
    case 'scheme':
      return `it points to ${at.href}, which is not http(s)`;
    case 'private-address':
      return `${at.host} is a private address${problem.address ? ` (${problem.address})` : ''}`;
    case 'timeout':
    case 'unreachable':
      return problem.whileReading ? `reading the image from ${at.host} failed` : `${at.host} could not be reached`;
    case 'too-many-redirects':
      return `too many redirects (more than ${settings.maxRedirects})`;
    case 'http':
      return `${at.host} answered HTTP ${problem.status}`;
    case 'content-type':
      return `the address serves ${problem.serves}, not an image`;
    case 'too-large':
      return problem.size === undefined
        ? `the image is over the ${settings.maxBytes} bytes cap`
        : `the image is ${problem.size} bytes, over the ${settings.maxBytes} cap`;
  }
}

/** "image/png" from "image/png; charset=binary". */
function mediaType(contentType: string): string {
  return contentType.split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Fetches an article image with the same guards as article intake (settings.fetch, see guardedGet).
 * Only `image/*` answers are accepted: a page where an image was promised is not a picture.
 */
export async function fetchImage(source: string, settings: Settings['fetch']): Promise<FetchedImage> {
  const { bytes, contentType } = await guardedGet(source, settings, {
    headers: { accept: 'image/*', 'user-agent': 'crier/0.1 (article image)' },
    accepts: (contentType) => {
      const type = mediaType(contentType);
      return type.startsWith('image/') || type || 'no content type';
    },
  }).catch((error: unknown) => {
    throw error instanceof GuardedFetchError
      ? new ImageFetchError(source, refusalReason(error, settings), { cause: error })
      : error;
  });
  return { bytes, mimeType: mediaType(contentType) };
}
