import { ApiPartialResponseError, ApiRequestError, ApiResponseError, type TwitterRateLimit } from 'twitter-api-v2';
import { accountVar, type XCredentials } from '../../config.js';
import {
  DuplicateError,
  OutcomeUnknownError,
  PermanentError,
  PublishError,
  RateLimitedError,
  RetryableError,
} from '../errors.js';
import { NOT_SENT_CODES } from '../network.js';

/**
 * The one place where X failures become crier's typed publish errors.
 *
 *   ApiRequestError, nothing sent (refused, DNS, reset while connecting) ─► RetryableError
 *   ApiRequestError after the request was written, on a write (POST /2/tweets) ─► OutcomeUnknownError
 *   ApiPartialResponseError on a write (the answer was cut) ──────────────────► OutcomeUnknownError
 *   5xx ─► RetryableError     429 ─► RateLimitedError(largest exhausted reset)
 *   403 "duplicate content" ─► DuplicateError      400/401/403/… ─► PermanentError(X's own detail)
 *
 * Reads (timeline, users/me) and media uploads are harmless to repeat, so a lost answer there is
 * only retryable: "outcome unknown" is reserved for the one call that publishes.
 */

export interface XErrorContext {
  account: string;
  credentials: Pick<XCredentials, 'kind'>;
  /** What was being done, for the message ("posting part 2 of 3"). */
  action: string;
  /** True for the call that creates a post: a lost answer there leaves the outcome unknown. */
  publishes?: boolean;
  /** The clock, for a 429 that carries no reset header. */
  now?: () => Date;
}

/** Without any reset header X still wants a pause; 15 minutes is its shortest posting window. */
const DEFAULT_RATE_LIMIT_PAUSE_MS = 15 * 60 * 1000;

function credentialVars(account: string, credentials: Pick<XCredentials, 'kind'>): string {
  const names =
    credentials.kind === 'oauth1'
      ? ['X_API_KEY', 'X_API_SECRET', 'X_ACCESS_TOKEN', 'X_ACCESS_SECRET']
      : ['X_CLIENT_ID', 'X_CLIENT_SECRET', 'X_OAUTH2_REFRESH_TOKEN'];
  return names.map((name) => accountVar(name, account)).join(', ');
}

/**
 * What X answered, without the request: the library's errors hold the ClientRequest, whose raw
 * header text carries the Authorization header (an OAuth 2.0 access token is not in any env var that
 * the log redaction knows), so they never travel as a `cause`.
 */
export class XApiFailure extends Error {
  readonly status: number | undefined;
  readonly data: unknown;
  readonly rateLimit: TwitterRateLimit | undefined;
  readonly networkCode: string | undefined;
  constructor(error: ApiRequestError | ApiPartialResponseError | ApiResponseError) {
    super(error.message);
    this.name = 'XApiFailure';
    if (error instanceof ApiResponseError) {
      this.status = error.code;
      this.data = error.data;
      this.rateLimit = error.rateLimit;
    } else if (error instanceof ApiPartialResponseError) {
      this.status = error.response.statusCode;
    } else {
      const cause = networkError(error);
      this.networkCode = cause?.code ?? cause?.message;
    }
  }
}

export function toXError(error: unknown, context: XErrorContext): PublishError {
  if (error instanceof PublishError) return error;
  if (
    error instanceof ApiRequestError ||
    error instanceof ApiPartialResponseError ||
    error instanceof ApiResponseError
  ) {
    return classify(error, context);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new PermanentError('x', `account "${context.account}": ${context.action} failed: ${detail}`, undefined, {
    cause: error,
  });
}

function classify(
  error: ApiRequestError | ApiPartialResponseError | ApiResponseError,
  context: XErrorContext,
): PublishError {
  const who = `account "${context.account}"`;
  const cause = new XApiFailure(error);
  if (error instanceof ApiPartialResponseError) {
    const status = error.response.statusCode ?? 0;
    const message = `${who}: the answer to ${context.action} was cut off (HTTP ${status})`;
    return context.publishes
      ? new OutcomeUnknownError('x', message, { cause })
      : new RetryableError('x', message, { cause });
  }
  if (error instanceof ApiRequestError) {
    const code = cause.networkCode ?? 'unknown';
    const sent = wasSent(error);
    const message = `${who}: ${context.action} failed on the network (${code})`;
    if (sent && context.publishes) {
      return new OutcomeUnknownError('x', `${message} after the request was sent: the post may exist`, { cause });
    }
    return new RetryableError('x', message, { cause });
  }
  return fromResponse(error, context, who);
}

/** The request left this machine when its bytes were handed to the socket and the peer was not proven unreachable. */
function wasSent(error: ApiRequestError): boolean {
  const cause = networkError(error);
  if (cause?.code && NOT_SENT_CODES.has(cause.code)) return false;
  // ClientRequest#writableFinished: every byte of the request (headers and body) was flushed to the socket.
  return error.request?.writableFinished === true;
}

/**
 * twitter-api-v2 1.29.1 stores the socket error as `_options.error` but its `requestError` getter
 * reads `_options.requestError`, so the getter is always undefined: read both.
 */
function networkError(error: ApiRequestError): NodeJS.ErrnoException | undefined {
  const options = (error as unknown as { _options?: { error?: unknown } })._options;
  const cause = error.requestError ?? options?.error;
  // Not `instanceof Error`: socket errors come from Node's own realm, which differs under a VM (Jest).
  return typeof cause === 'object' && cause !== null && 'message' in cause
    ? (cause as NodeJS.ErrnoException)
    : undefined;
}

function fromResponse(error: ApiResponseError, context: XErrorContext, who: string): PublishError {
  const cause = new XApiFailure(error);
  const status = error.code;
  const detail = problemDetail(error);
  if (status === 429 || error.rateLimitError) {
    const resetAt = rateLimitReset(error.rateLimit, context.now?.() ?? new Date());
    return new RateLimitedError(
      'x',
      `${who}: rate limited while ${context.action} (429 ${detail}) until ${resetAt.toISOString()}`,
      resetAt,
      { cause },
    );
  }
  if (status >= 500) {
    return new RetryableError('x', `${who}: X answered ${status} while ${context.action} (${detail})`, { cause });
  }
  if (status === 403 && /duplicate/i.test(detail)) {
    return new DuplicateError('x', `${who}: X says this post already exists (403 ${detail})`, { cause });
  }
  if (status === 401) {
    return new PermanentError(
      'x',
      `${who}: the credentials were refused (401 ${detail}): check ${credentialVars(context.account, context.credentials)}`,
      status,
      { cause },
    );
  }
  return new PermanentError('x', `${who}: X refused ${context.action} (${status} ${detail})`, status, { cause });
}

/** X's own words: the v2 problem `detail`, else its `title`, else the first of `errors[]`, else the OAuth `error`. */
export function problemDetail(error: ApiResponseError): string {
  const data: unknown = error.data;
  if (data && typeof data === 'object') {
    const d = data as Record<string, unknown>;
    const first = Array.isArray(d.errors) ? (d.errors[0] as Record<string, unknown> | undefined) : undefined;
    // OAuth errors: twitter-api-v2 copies `error` into `errors[0].message`; `error_description` says more.
    const candidates = [d.detail, d.error_description, d.title, first?.message, first?.detail, d.error];
    for (const candidate of candidates) if (typeof candidate === 'string' && candidate.trim()) return candidate.trim();
  }
  if (typeof data === 'string' && data.trim()) return data.trim().slice(0, 300);
  return `HTTP ${error.code}`;
}

/**
 * When posting may start again: the largest reset among the windows that are exhausted (15-minute
 * window, user 24 h, app 24 h; Unix seconds). A 24 h quota can block while the short window has room,
 * so the short window's reset alone would retry too early.
 */
export function rateLimitReset(rateLimit: TwitterRateLimit | undefined, now: Date): Date {
  const windows = [rateLimit, rateLimit?.day, rateLimit?.userDay].filter(
    (w): w is { limit: number; remaining: number; reset: number } => !!w && Number.isFinite(w.reset) && w.reset > 0,
  );
  const exhausted = windows.filter((w) => w.remaining === 0);
  const candidates = (exhausted.length > 0 ? exhausted : windows).map((w) => w.reset * 1000);
  const latest = Math.max(...candidates, 0);
  return latest > now.getTime() ? new Date(latest) : new Date(now.getTime() + DEFAULT_RATE_LIMIT_PAUSE_MS);
}
