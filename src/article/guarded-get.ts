import { Agent, type Dispatcher, errors, request } from 'undici';
import type { Settings } from '../config.js';
import { isPrivateAddress, PrivateAddressRefused, publicOnlyLookup } from './private-address.js';

/**
 * What went wrong with a guarded GET, as data: each caller (article intake, article images, feeds)
 * words it in its own error type. The address at fault is the error's `at`.
 */
export type FetchProblem =
  /** `at` (the first address or a redirect) is not http(s). */
  | { kind: 'scheme' }
  /** Refused before connecting: an IP literal by name, a host name (with the address) after DNS. */
  | { kind: 'private-address'; address?: string }
  /** The whole fetch outlived settings.timeoutMs; `whileReading` once the headers had come. */
  | { kind: 'timeout'; whileReading: boolean }
  /** The network failed; `reason` says how, in words ("the host x cannot be found"). */
  | { kind: 'unreachable'; reason: string; whileReading: boolean }
  /** More than settings.maxRedirects; `location` is where the last one pointed. */
  | { kind: 'too-many-redirects'; location: string }
  | { kind: 'http'; status: number }
  /** The caller's `accepts` refused the content type; `serves` is its reason ("media (video/mp4)"). */
  | { kind: 'content-type'; serves: string }
  /** Over settings.maxBytes: declared by content-length or counted (`size`), or cut off while reading. */
  | { kind: 'too-large'; size?: number };

// Declared beside the address rule, which needs no undici: http-url.ts (and so `crier preview` of a file) uses it.
export { PRIVATE_ADDRESS_HINT } from './private-address.js';

export class GuardedFetchError extends Error {
  override name = 'GuardedFetchError';
  constructor(
    /** The address being fetched when it failed: the last redirect hop. */
    readonly at: URL,
    readonly problem: FetchProblem,
    options?: ErrorOptions,
  ) {
    super(`GET ${at.href}: ${problem.kind}`, options);
  }
}

export interface GuardedGetOptions {
  /** Request headers: accept, user-agent, conditional-GET validators. */
  headers: Record<string, string>;
  /** Judges the content type before a byte of the body is read: true, or what the address serves instead. */
  accepts?: (contentType: string) => true | string;
  /** Statuses handed back as they are, body unread (304 for a conditional GET). */
  passStatuses?: readonly number[];
}

export interface GuardedResponse {
  /** Where the answer finally came from, after redirects. */
  url: string;
  status: number;
  headers: Dispatcher.ResponseData['headers'];
  /** The content-type header, "" when there is none. */
  contentType: string;
  /** The body; empty for a pass status. */
  bytes: Uint8Array;
}

/**
 * GET with every guard of settings.fetch, the one place intake's guards live: one deadline for the
 * whole fetch (redirects included), at most `maxRedirects` redirects (followed here, hop by hop,
 * rather than by undici's interceptor, whose limit silently returns the last 3xx), http(s) only on
 * every hop, no loopback/private/link-local address unless `allowPrivateAddresses` (an IP literal
 * checked by name; a host name resolved, every address checked, and the socket connected to a checked
 * one: see publicOnlyLookup), only 2xx (or a pass status), the content type judged
 * before the body is read, and the size cap checked on content-length and enforced while reading.
 * Every refusal is a GuardedFetchError; a refused body is dropped, not downloaded.
 */
export async function guardedGet(
  source: string,
  settings: Settings['fetch'],
  options: GuardedGetOptions,
): Promise<GuardedResponse> {
  let url = new URL(source);
  const refuse = (problem: FetchProblem, cause?: unknown) =>
    new GuardedFetchError(url, problem, cause === undefined ? undefined : { cause });
  const agent = new Agent({
    connect: settings.allowPrivateAddresses
      ? { timeout: settings.timeoutMs }
      : { timeout: settings.timeoutMs, lookup: publicOnlyLookup },
    headersTimeout: settings.timeoutMs,
    bodyTimeout: settings.timeoutMs,
    maxResponseSize: settings.maxBytes,
  });
  const signal = AbortSignal.timeout(settings.timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse({ kind: 'scheme' });
      if (!settings.allowPrivateAddresses && isPrivateAddress(url.hostname)) throw refuse({ kind: 'private-address' });
      let response: Dispatcher.ResponseData;
      try {
        response = await request(url, { dispatcher: agent, signal, headers: options.headers });
      } catch (error) {
        throw refuse(networkProblem(url, error, false), error);
      }
      const { statusCode: status, headers, body } = response;
      const location = headers.location;
      if (status >= 300 && status < 400 && location) {
        await body.dump();
        if (redirects >= settings.maxRedirects)
          throw refuse({ kind: 'too-many-redirects', location: String(location) });
        url = new URL(String(location), url);
        continue;
      }
      const contentType = String(headers['content-type'] ?? '');
      if (options.passStatuses?.includes(status)) {
        await body.dump();
        return { url: url.href, status, headers, contentType, bytes: new Uint8Array(0) };
      }
      if (status < 200 || status >= 300) {
        drop(body);
        throw refuse({ kind: 'http', status });
      }
      const verdict = options.accepts?.(contentType) ?? true;
      if (verdict !== true) {
        drop(body);
        throw refuse({ kind: 'content-type', serves: verdict });
      }
      const length = Number(headers['content-length']);
      if (Number.isFinite(length) && length > settings.maxBytes) {
        drop(body);
        throw refuse({ kind: 'too-large', size: length });
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await body.arrayBuffer());
      } catch (error) {
        throw refuse(networkProblem(url, error, true), error);
      }
      if (bytes.length > settings.maxBytes) throw refuse({ kind: 'too-large', size: bytes.length });
      return { url: url.href, status, headers, contentType, bytes };
    }
  } finally {
    await agent.destroy().catch(() => undefined);
  }
}

/** Closes a body we will not read without reading it (`dump()` would read up to 128 KiB first). */
function drop(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined); // destroying an unread body raises RequestAbortedError on it
  body.destroy();
}

/** The error and its causes. Duck-typed: socket errors may come from another realm (Jest's VM). */
function causes(error: unknown): Array<{ code?: unknown; name?: unknown; message?: unknown }> {
  const chain: Array<{ code?: unknown; name?: unknown; message?: unknown; cause?: unknown }> = [];
  let current: unknown = error;
  for (let depth = 0; typeof current === 'object' && current !== null && depth < 6; depth++) {
    const link = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
    chain.push(link);
    current = link.cause;
  }
  return chain;
}

function networkProblem(url: URL, error: unknown, whileReading: boolean): FetchProblem {
  const chain = causes(error);
  const refused = chain.find((e): e is PrivateAddressRefused => e instanceof PrivateAddressRefused);
  if (refused) return { kind: 'private-address', address: refused.address };
  if (chain.some((e) => e instanceof errors.ResponseExceededMaxSizeError)) return { kind: 'too-large' };
  const code = chain.map((e) => e.code).find((c): c is string => typeof c === 'string' && c !== '');
  const timedOut =
    chain.some(
      (e) => e.name === 'TimeoutError' || e.name === 'AbortError' || /aborted due to timeout/.test(String(e.message)),
    ) || /^UND_ERR_(CONNECT|HEADERS|BODY)_TIMEOUT$/.test(code ?? '');
  if (timedOut) return { kind: 'timeout', whileReading };
  const reason =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN'
      ? `the host ${url.hostname} cannot be found`
      : code === 'ECONNREFUSED'
        ? `${url.host} refused the connection`
        : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
          ? `${url.host} closed the connection`
          : `cannot reach ${url.host} (${code ?? String(chain[0]?.message ?? error)})`;
  return { kind: 'unreachable', reason, whileReading };
}
