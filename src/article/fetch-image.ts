import { Agent, errors, request } from 'undici';
import type { Settings } from '../config.js';
import { guardedConnector, isPrivateAddress } from './private-address.js';

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

/**
 * Fetches an article image with the same guards as article intake (settings.fetch): one deadline
 * for the whole fetch, redirects followed hop by hop up to `maxRedirects`, the size cap enforced
 * while reading, and no loopback/private/link-local address (checked after DNS, on every hop) unless
 * allowed. Only `image/*` answers are accepted: a page where an image was promised is not a picture.
 */
export async function fetchImage(source: string, settings: Settings['fetch']): Promise<FetchedImage> {
  let url = new URL(source);
  const agent = new Agent({
    connect: settings.allowPrivateAddresses ? { timeout: settings.timeoutMs } : guardedConnector(settings.timeoutMs),
    headersTimeout: settings.timeoutMs,
    bodyTimeout: settings.timeoutMs,
    maxResponseSize: settings.maxBytes,
  });
  const signal = AbortSignal.timeout(settings.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new ImageFetchError(source, `it points to ${url.href}, which is not http(s)`);
      if (!settings.allowPrivateAddresses && isPrivateAddress(url.hostname))
        throw new ImageFetchError(source, `${url.host} is a private address`);
      let response: Awaited<ReturnType<typeof request>>;
      try {
        response = await request(url, {
          dispatcher: agent,
          signal,
          headers: { accept: 'image/*', 'user-agent': 'crier/0.1 (article image)' },
        });
      } catch (error) {
        throw new ImageFetchError(source, `${url.host} could not be reached`, { cause: error });
      }
      const { statusCode, headers, body } = response;
      const location = headers.location;
      if (statusCode >= 300 && statusCode < 400 && location) {
        await body.dump();
        if (redirects >= settings.maxRedirects)
          throw new ImageFetchError(source, `too many redirects (more than ${settings.maxRedirects})`);
        url = new URL(String(location), url);
        continue;
      }
      if (statusCode < 200 || statusCode >= 300) {
        await body.dump();
        throw new ImageFetchError(source, `${url.host} answered HTTP ${statusCode}`);
      }
      const mimeType =
        String(headers['content-type'] ?? '')
          .split(';')[0]
          ?.trim()
          .toLowerCase() ?? '';
      if (!mimeType.startsWith('image/')) {
        await body.dump();
        throw new ImageFetchError(source, `the address serves ${mimeType || 'no content type'}, not an image`);
      }
      const length = Number(headers['content-length']);
      if (Number.isFinite(length) && length > settings.maxBytes) {
        await body.dump().catch(() => undefined);
        throw new ImageFetchError(source, `the image is ${length} bytes, over the ${settings.maxBytes} cap`);
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await body.arrayBuffer());
      } catch (error) {
        const reason =
          error instanceof errors.ResponseExceededMaxSizeError
            ? `the image is over the ${settings.maxBytes} bytes cap`
            : `reading the image from ${url.host} failed`;
        throw new ImageFetchError(source, reason, { cause: error });
      }
      if (bytes.length > settings.maxBytes)
        throw new ImageFetchError(source, `the image is over the ${settings.maxBytes} bytes cap`);
      return { bytes, mimeType };
    }
  } finally {
    await agent.destroy().catch(() => undefined);
  }
}
