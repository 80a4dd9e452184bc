import { Agent, errors, request } from 'undici';
import type { Settings } from '../config.js';
import { decodeText, formatBytes } from './decode.js';
import { IntakeError } from './intake-error.js';
import { guardedConnector, isPrivateAddress, PrivateAddressRefused } from './private-address.js';

export type ContentKind = 'markdown' | 'json' | 'text' | 'html';

export interface FetchedArticle {
  /** Where the content was finally found, after redirects. */
  url: string;
  kind: ContentKind;
  content: string;
}

const ACCEPT = 'text/html, application/xhtml+xml, text/markdown;q=0.9, application/json;q=0.8, text/plain;q=0.7';
const PRIVATE_HINT =
  'crier does not fetch loopback, private or link-local addresses; set fetch.allowPrivateAddresses in the settings for an intranet';

/** Content types that are articles, by what they are; the rest are refused with a reason. */
function kindOf(contentType: string): ContentKind | string {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'application/json' || type.endsWith('+json')) return type.includes('feed') ? 'a JSON feed' : 'json';
  if (type === 'text/plain' || type === '') return 'text';
  if (/(rss|atom|xml)/.test(type)) return 'a feed or an XML document';
  if (type.startsWith('image/') || type.startsWith('video/') || type.startsWith('audio/')) return `media (${type})`;
  return type;
}

function findCause<T>(error: unknown, type: new (...args: never[]) => T): T | undefined {
  let current: unknown = error;
  for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
    if (current instanceof type) return current;
    current = current.cause;
  }
  return undefined;
}

/** Duck-typed: errors from Node's internals (DOMException, undici's) may come from another realm. */
function isErrorLike(value: unknown): value is Error {
  return typeof value === 'object' && value !== null && 'message' in value;
}

function inChain(error: unknown, predicate: (error: Error) => boolean): boolean {
  let current: unknown = error;
  for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
    if (predicate(current)) return true;
    current = current.cause;
  }
  return false;
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; isErrorLike(current) && depth < 5; depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code) return code;
    current = current.cause;
  }
  return undefined;
}

function networkError(source: string, url: URL, error: unknown, settings: Settings['fetch']): IntakeError {
  const refused = findCause(error, PrivateAddressRefused);
  if (refused)
    return new IntakeError(source, `${url.host} is a private address (${refused.address})`, PRIVATE_HINT, {
      cause: error,
    });
  if (findCause(error, errors.ResponseExceededMaxSizeError))
    return tooLarge(source, undefined, settings.maxBytes, error);
  const code = errorCode(error);
  const timedOut =
    inChain(
      error,
      (e) => e.name === 'TimeoutError' || e.name === 'AbortError' || /aborted due to timeout/.test(e.message),
    ) ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT';
  if (timedOut)
    return new IntakeError(
      source,
      `${url.host} did not answer within ${settings.timeoutMs / 1000} s`,
      'Try again later, or save the page and give the file',
      { cause: error },
    );
  const reason =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? `the host ${url.hostname} cannot be found`
      : code === 'ECONNREFUSED'
        ? `${url.host} refused the connection`
        : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
          ? `${url.host} closed the connection`
          : `cannot reach ${url.host} (${code ?? (error as Error).message})`;
  return new IntakeError(source, reason, 'Check the URL and your network, or save the page and give the file', {
    cause: error,
  });
}

function tooLarge(source: string, size: number | undefined, maxBytes: number, cause?: unknown): IntakeError {
  const what = size === undefined ? 'the page is larger' : `the page is ${formatBytes(size)}, more`;
  return new IntakeError(
    source,
    `${what} than the ${formatBytes(maxBytes)} an article may have`,
    'Give the article itself, not a download (the cap is settings.fetch.maxBytes)',
    cause === undefined ? undefined : { cause },
  );
}

/**
 * Fetches an article by URL with every guard of settings.fetch: one deadline for the whole fetch
 * (redirects included), a size cap enforced while reading, at most `maxRedirects` redirects
 * (followed here, hop by hop, rather than by undici's interceptor, whose limit silently returns the
 * last 3xx), a content-type check, and no private addresses unless allowed.
 */
export async function fetchArticle(source: string, settings: Settings['fetch']): Promise<FetchedArticle> {
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
        throw new IntakeError(
          source,
          `it redirects to ${url.href}, which is not http(s)`,
          'Give the final http(s) address',
        );
      if (!settings.allowPrivateAddresses && isPrivateAddress(url.hostname))
        throw new IntakeError(source, `${url.host} is a private address`, PRIVATE_HINT);
      let response: Awaited<ReturnType<typeof request>>;
      try {
        response = await request(url, {
          dispatcher: agent,
          signal,
          headers: { accept: ACCEPT, 'user-agent': 'crier/0.1 (article intake)' },
        });
      } catch (error) {
        throw networkError(source, url, error, settings);
      }
      const { statusCode, headers, body } = response;
      const location = headers.location;
      if (statusCode >= 300 && statusCode < 400 && location) {
        await body.dump();
        if (redirects >= settings.maxRedirects)
          throw new IntakeError(
            source,
            `too many redirects (more than ${settings.maxRedirects}; the last one pointed to ${String(location)})`,
            'Give the final address of the article',
          );
        url = new URL(String(location), url);
        continue;
      }
      if (statusCode < 200 || statusCode >= 300) {
        await body.dump();
        throw new IntakeError(
          source,
          `${url.host} answered HTTP ${statusCode}`,
          statusCode === 404 || statusCode === 410
            ? 'Check the URL'
            : 'Try again later, or save the page and give the file',
        );
      }
      const contentType = String(headers['content-type'] ?? '');
      const kind = kindOf(contentType);
      if (kind !== 'html' && kind !== 'markdown' && kind !== 'json' && kind !== 'text') {
        await body.dump();
        throw new IntakeError(
          source,
          `the address serves ${kind}, not an article`,
          /feed/.test(kind)
            ? 'Add a feed with `crier feed add URL`; give one of its articles here'
            : 'Give the address of an HTML page, a Markdown or JSON article, or plain text',
        );
      }
      const length = Number(headers['content-length']);
      if (Number.isFinite(length) && length > settings.maxBytes) {
        await body.dump().catch(() => undefined);
        throw tooLarge(source, length, settings.maxBytes);
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await body.arrayBuffer());
      } catch (error) {
        throw networkError(source, url, error, settings);
      }
      if (bytes.length > settings.maxBytes) throw tooLarge(source, bytes.length, settings.maxBytes);
      const charset =
        /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? (kind === 'html' ? metaCharset(bytes) : undefined);
      return { url: url.href, kind, content: decodeText(source, bytes, charset) };
    }
  } finally {
    await agent.destroy().catch(() => undefined);
  }
}

/** `<meta charset="…">` in the first bytes of an HTML page. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
}
