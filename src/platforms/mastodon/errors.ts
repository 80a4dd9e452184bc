import { MastoHttpError, MastoTimeoutError } from 'masto';
import { accountVar } from '../../config.js';
import { OutcomeUnknownError, PermanentError, PublishError, RateLimitedError, RetryableError } from '../errors.js';
import { NOT_SENT_CODES } from '../network.js';

/**
 * The one place where Mastodon failures (as masto and fetch throw them) become crier's typed errors.
 *
 *   fetch failed while connecting (refused, DNS, reset during connect) ──► RetryableError
 *   fetch failed after the request went out (socket closed, read reset) ─┐
 *   MastoTimeoutError, request.signal aborted mid-request ───────────────┼► OutcomeUnknownError on the
 *   anything unrecognised (masto's non-JSON answers, a 2xx it cannot read)┘  create; RetryableError otherwise
 *   429 ─► RateLimitedError(X-RateLimit-Reset, ISO-8601)    5xx, 408 ─► RetryableError
 *   401, 403, 404, 422, other 4xx ─► PermanentError(Mastodon's own `error` text, status)
 *
 * Only `POST /api/v1/statuses` publishes: a lost answer to a read or a media upload changes nothing
 * visible, so there it is merely retryable. For the create, an unknown outcome is cheap to resolve
 * (the same Idempotency-Key returns the status if it exists), so every doubt lands there.
 */

export interface MastodonErrorContext {
  account: string;
  /** What was being done, for the message ("posting part 2 of 3"). */
  action: string;
  /** True for the status create: a lost answer there leaves the outcome unknown. */
  publishes?: boolean;
  /** The clock, for a 429 without a readable reset. */
  now?: () => Date;
}

/** Without a reset header, pause for Rack::Attack's shortest window (5 minutes). */
const DEFAULT_RATE_LIMIT_PAUSE_MS = 5 * 60 * 1000;

interface NetworkCause {
  code?: string;
  syscall?: string;
}

/**
 * Node's fetch rejects with TypeError("fetch failed") whose `cause` is the socket or DNS error.
 * Checked by shape, not `instanceof`: fetch's errors may come from another realm (Jest's VM context).
 */
function networkCause(error: unknown): NetworkCause | undefined {
  if (errorName(error) !== 'TypeError') return undefined;
  const cause = (error as { cause?: unknown }).cause as NetworkCause | null | undefined;
  if (typeof cause !== 'object' || cause === null) return undefined;
  return typeof cause.code === 'string' || typeof cause.syscall === 'string' ? cause : undefined;
}

function errorName(error: unknown): string | undefined {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : undefined;
}

function isAbort(error: unknown): boolean {
  const name = errorName(error);
  return name === 'AbortError' || name === 'TimeoutError';
}

/** X-RateLimit-Reset is ISO-8601 with microseconds (Ruby's `iso8601(6)`); the headers hang off `cause`. */
function rateLimitReset(error: MastoHttpError, now: Date): Date {
  // The cause is fetch's Response; read by shape, as it may come from another realm.
  const headers = (error.cause as { headers?: Partial<Headers> } | undefined)?.headers;
  const header = (name: string) => (typeof headers?.get === 'function' ? headers.get(name) : null);
  const reset = header('x-ratelimit-reset');
  const at = reset ? Date.parse(reset) : Number.NaN;
  if (!Number.isNaN(at)) return new Date(at);
  const retryAfter = Number(header('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) return new Date(now.getTime() + retryAfter * 1000);
  return new Date(now.getTime() + DEFAULT_RATE_LIMIT_PAUSE_MS);
}

function refusal(status: number, reason: string, context: MastodonErrorContext, who: string): string {
  const token = accountVar('MASTODON_ACCESS_TOKEN', context.account);
  if (status === 401)
    return `${who}: the access token was refused (401 ${reason}) while ${context.action}: check ${token}`;
  if (status === 403) {
    return `${who}: Mastodon refused ${context.action} (403 ${reason}): ${token} needs the "read", "write:statuses" and "write:media" scopes`;
  }
  return `${who}: Mastodon refused ${context.action} (${status} ${reason})`;
}

export function toMastodonError(error: unknown, context: MastodonErrorContext): PublishError {
  if (error instanceof PublishError) return error;
  const who = `account "${context.account}"`;
  const where = `${who}: ${context.action}`;
  const now = context.now?.() ?? new Date();

  if (error instanceof MastoHttpError) {
    const status = error.statusCode;
    const reason = error.message || error.description || `HTTP ${status}`;
    if (status === 429) {
      const resetAt = rateLimitReset(error, now);
      return new RateLimitedError(
        'mastodon',
        `${where}: rate limited until ${resetAt.toISOString()} (${reason})`,
        resetAt,
        { cause: error },
      );
    }
    if (status >= 500 || status === 408) {
      return new RetryableError('mastodon', `${where}: the instance answered ${status} (${reason})`, { cause: error });
    }
    return new PermanentError('mastodon', refusal(status, reason, context, who), status, { cause: error });
  }

  const network = networkCause(error);
  if (network && (NOT_SENT_CODES.has(network.code ?? '') || network.syscall === 'connect')) {
    return new RetryableError(
      'mastodon',
      `${where}: could not connect (${network.code ?? 'network error'}): check ${accountVar('MASTODON_URL', context.account)}`,
      { cause: error },
    );
  }

  const lost =
    error instanceof MastoTimeoutError
      ? 'no answer before the timeout'
      : network
        ? `the connection dropped (${network.code ?? 'network error'})`
        : isAbort(error)
          ? 'the request was aborted'
          : `the answer could not be read (${messageOf(error)})`;
  if (context.publishes) {
    return new OutcomeUnknownError('mastodon', `${where}: ${lost} after the request was sent`, { cause: error });
  }
  return new RetryableError('mastodon', `${where}: ${lost}`, { cause: error });
}

function messageOf(error: unknown): string {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(error);
}
