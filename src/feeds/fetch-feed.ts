import iconv from 'iconv-lite';
import { decodeDetected } from '../article/charset.js';
import { GuardedFetchError, guardedGet, PRIVATE_ADDRESS_HINT } from '../article/guarded-get.js';
import type { Settings } from '../config.js';
import { FeedError, type FeedErrorReason } from './errors.js';

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

/** Words a refused fetch for the feed's record: a reason the poller acts on, the problem, and what to do. */
function feedError(feedUrl: string, error: GuardedFetchError, settings: Settings['fetch']): FeedError {
  const { at, problem } = error;
  const refusal = (reason: FeedErrorReason, text: string, hint: string, status?: number) =>
    new FeedError(feedUrl, reason, text, hint, { cause: error, status });
  switch (problem.kind) {
    case 'scheme':
      return refusal(
        'invalid-url',
        `it redirects to ${at.href}, which is not http(s)`,
        'Register the final http(s) address',
      );
    case 'private-address':
      return refusal(
        'private-address',
        `${at.host} is a private address${problem.address ? ` (${problem.address})` : ''}`,
        PRIVATE_ADDRESS_HINT,
      );
    case 'timeout':
      return refusal(
        'timeout',
        `${at.host} did not answer within ${settings.timeoutMs / 1000} s`,
        'crier will try again at the next poll',
      );
    case 'unreachable':
      return refusal(
        'unreachable',
        problem.reason,
        'Check the URL and the network; crier will try again at the next poll',
      );
    case 'too-many-redirects':
      return refusal(
        'too-many-redirects',
        `too many redirects (more than ${settings.maxRedirects}; the last one pointed to ${problem.location})`,
        'Register the final address of the feed',
      );
    case 'http':
      return refusal(
        'http',
        `${at.host} answered HTTP ${problem.status}`,
        problem.status === 404 || problem.status === 410
          ? 'Check the URL; remove the feed with `crier feed rm` if it is gone'
          : 'crier will try again at the next poll',
        problem.status,
      );
    case 'content-type': // fetchFeed judges feeds by their text (parse.ts), not by their content type
      return refusal('not-a-feed', `the address serves ${problem.serves}, not a feed`, 'Register the feed itself');
    case 'too-large':
      return refusal(
        'too-large',
        `the feed is larger than ${settings.maxBytes} bytes`,
        'Use a feed with fewer items, or raise settings.fetch.maxBytes',
      );
  }
}

/**
 * Fetches a feed document with the guards of settings.fetch (see guardedGet), as a conditional GET:
 * with the validators of the last copy read, an unchanged feed answers 304 and is not downloaded.
 * Unlike the article fetcher (src/article/fetch-url.ts), which refuses feed content types on purpose,
 * any content type is read: parse.ts tells a feed by its text.
 */
export async function fetchFeed(
  feedUrl: string,
  settings: Settings['fetch'],
  validators: Validators = {},
): Promise<FetchedFeed | { notModified: true }> {
  const response = await guardedGet(feedUrl, settings, {
    headers: {
      accept: ACCEPT,
      'user-agent': 'crier feed poller (+https://github.com/crier)',
      ...(validators.etag ? { 'if-none-match': validators.etag } : {}),
      ...(validators.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
    },
    passStatuses: [304],
  }).catch((error: unknown) => {
    throw error instanceof GuardedFetchError ? feedError(feedUrl, error, settings) : error;
  });
  if (response.status === 304) return { notModified: true };
  const { url, headers, contentType, bytes } = response;
  const etag = headers.etag === undefined ? undefined : String(headers.etag);
  const lastModified = headers['last-modified'] === undefined ? undefined : String(headers['last-modified']);
  return {
    url,
    contentType,
    text: decodeFeed(feedUrl, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), contentType),
    validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
  };
}

/** BOM, then the HTTP charset, then the XML declaration's encoding, then UTF-8, then the encoding chardet finds. */
function decodeFeed(feedUrl: string, bytes: Buffer, contentType: string): string {
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
    const detected = decodeDetected(bytes);
    if (detected.ok) return detected.text;
    throw new FeedError(feedUrl, 'malformed', detected.problem, 'Ask its publisher to serve it as UTF-8');
  }
}
