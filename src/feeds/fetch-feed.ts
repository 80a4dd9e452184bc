import iconv from 'iconv-lite';
import { Agent, errors, request } from 'undici';
import { guardedConnector, isPrivateAddress, PrivateAddressRefused } from '../article/private-address.js';
import type { Settings } from '../config.js';
import { FeedError } from './errors.js';

/**
 * Fetches a feed document with the guards of settings.fetch: one deadline for the whole fetch
 * (redirects included), a size cap enforced while reading, at most `maxRedirects` redirects, and no
 * loopback/private/link-local address (checked on the connected socket, after DNS and on every hop)
 * unless `allowPrivateAddresses`. Same rules as the article fetcher (src/article/fetch-url.ts), which
 * refuses feed content types on purpose, hence this sibling.
 */

export interface FetchedFeed {
  notModified?: false;
  /** Where the feed was finally found, after redirects: relative links in it resolve against this. */
  url: string;
  contentType: string;
  text: string;
  /** Validators to send with the next poll (conditional GET), when the server gave any. */
  validators: Validators;
}

/** ETag / Last-Modified of the last copy read: the server may then answer 304 instead of the whole feed. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PRIVATE_HINT =
  'crier does not fetch loopback, private or link-local addresses; set fetch.allowPrivateAddresses in the settings for an intranet';

/** The error and its causes. Not `instanceof Error`: socket errors may come from another realm (Jest's VM). */
function causes(error: unknown): Array<{ code?: unknown; name?: unknown }> {
  const chain: Array<{ code?: unknown; name?: unknown; cause?: unknown }> = [];
  let current: unknown = error;
  for (let depth = 0; typeof current === 'object' && current !== null && depth < 6; depth++) {
    const link = current as { code?: unknown; name?: unknown; cause?: unknown };
    chain.push(link);
    current = link.cause;
  }
  return chain;
}

function networkError(feedUrl: string, url: URL, error: unknown, settings: Settings['fetch']): FeedError {
  const chain = causes(error);
  const refused = chain.find((e): e is PrivateAddressRefused => e instanceof PrivateAddressRefused);
  if (refused) {
    return new FeedError(
      feedUrl,
      'private-address',
      `${url.host} is a private address (${refused.address})`,
      PRIVATE_HINT,
      {
        cause: error,
      },
    );
  }
  if (chain.some((e) => e instanceof errors.ResponseExceededMaxSizeError)) return tooLarge(feedUrl, settings, error);
  const code = chain.map((e) => e.code).find((c): c is string => typeof c === 'string');
  const name = chain[0]?.name;
  if (name === 'TimeoutError' || name === 'AbortError' || /^UND_ERR_(CONNECT|HEADERS|BODY)_TIMEOUT$/.test(code ?? '')) {
    return new FeedError(
      feedUrl,
      'timeout',
      `${url.host} did not answer within ${settings.timeoutMs / 1000} s`,
      'crier will try again at the next poll',
      {
        cause: error,
      },
    );
  }
  const problem =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? `the host ${url.hostname} cannot be found`
      : code === 'ECONNREFUSED'
        ? `${url.host} refused the connection`
        : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
          ? `${url.host} closed the connection`
          : `cannot reach ${url.host} (${code ?? String((error as { message?: unknown })?.message ?? error)})`;
  return new FeedError(
    feedUrl,
    'unreachable',
    problem,
    'Check the URL and the network; crier will try again at the next poll',
    {
      cause: error,
    },
  );
}

function tooLarge(feedUrl: string, settings: Settings['fetch'], cause?: unknown): FeedError {
  return new FeedError(
    feedUrl,
    'too-large',
    `the feed is larger than ${settings.maxBytes} bytes`,
    'Use a feed with fewer items, or raise settings.fetch.maxBytes',
    cause === undefined ? undefined : { cause },
  );
}

export async function fetchFeed(
  feedUrl: string,
  settings: Settings['fetch'],
  validators: Validators = {},
): Promise<FetchedFeed | { notModified: true }> {
  let url = new URL(feedUrl);
  const agent = new Agent({
    connect: settings.allowPrivateAddresses ? { timeout: settings.timeoutMs } : guardedConnector(settings.timeoutMs),
    headersTimeout: settings.timeoutMs,
    bodyTimeout: settings.timeoutMs,
    maxResponseSize: settings.maxBytes,
  });
  const signal = AbortSignal.timeout(settings.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new FeedError(
          feedUrl,
          'invalid-url',
          `it redirects to ${url.href}, which is not http(s)`,
          'Register the final http(s) address',
        );
      }
      if (!settings.allowPrivateAddresses && isPrivateAddress(url.hostname)) {
        throw new FeedError(feedUrl, 'private-address', `${url.host} is a private address`, PRIVATE_HINT);
      }
      let response: Awaited<ReturnType<typeof request>>;
      try {
        response = await request(url, {
          dispatcher: agent,
          signal,
          headers: {
            accept: ACCEPT,
            'user-agent': 'crier feed poller (+https://github.com/crier)',
            ...(validators.etag ? { 'if-none-match': validators.etag } : {}),
            ...(validators.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
          },
        });
      } catch (error) {
        throw networkError(feedUrl, url, error, settings);
      }
      const { statusCode, headers, body } = response;
      const location = headers.location;
      if (statusCode >= 300 && statusCode < 400 && location) {
        await body.dump();
        if (redirects >= settings.maxRedirects) {
          throw new FeedError(
            feedUrl,
            'too-many-redirects',
            `too many redirects (more than ${settings.maxRedirects}; the last one pointed to ${String(location)})`,
            'Register the final address of the feed',
          );
        }
        url = new URL(String(location), url);
        continue;
      }
      if (statusCode === 304) {
        await body.dump();
        return { notModified: true };
      }
      if (statusCode < 200 || statusCode >= 300) {
        await body.dump();
        throw new FeedError(
          feedUrl,
          'http',
          `${url.host} answered HTTP ${statusCode}`,
          statusCode === 404 || statusCode === 410
            ? 'Check the URL; remove the feed with `crier feed rm` if it is gone'
            : 'crier will try again at the next poll',
          { status: statusCode },
        );
      }
      const length = Number(headers['content-length']);
      if (Number.isFinite(length) && length > settings.maxBytes) {
        await body.dump().catch(() => undefined);
        throw tooLarge(feedUrl, settings);
      }
      let bytes: Buffer;
      try {
        bytes = Buffer.from(await body.arrayBuffer());
      } catch (error) {
        throw networkError(feedUrl, url, error, settings);
      }
      if (bytes.length > settings.maxBytes) throw tooLarge(feedUrl, settings);
      const contentType = String(headers['content-type'] ?? '');
      const etag = headers.etag === undefined ? undefined : String(headers.etag);
      const lastModified = headers['last-modified'] === undefined ? undefined : String(headers['last-modified']);
      return {
        url: url.href,
        contentType,
        text: decodeFeed(bytes, contentType),
        validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
      };
    }
  } finally {
    await agent.destroy().catch(() => undefined);
  }
}

/** BOM, then the HTTP charset, then the XML declaration's encoding, then UTF-8 (Windows-1252 if that fails). */
function decodeFeed(bytes: Buffer, contentType: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes, 'utf-16be');
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /^\s*<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(bytes.subarray(0, 200).toString('latin1'))?.[1];
  const charset = declared?.toLowerCase();
  if (charset && !/^utf-?8$/.test(charset) && iconv.encodingExists(charset)) return iconv.decode(bytes, charset);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return iconv.decode(bytes, 'windows-1252');
  }
}
