import { XRPCError } from '@atproto/api';
import { accountVar } from '../../config.js';
import { OutcomeUnknownError, PermanentError, type PublishError, RateLimitedError, RetryableError } from '../errors.js';
import { NOT_SENT_CODES } from '../network.js';

/**
 * Every failure of a Bluesky call becomes exactly one typed publish error, here and nowhere else.
 *
 *   what happened                                        → class
 *   ───────────────────────────────────────────────────────────────────────────────
 *   429 (RateLimit-Reset: Unix seconds, or Retry-After)  → RateLimitedError(resetAt)
 *   5xx                                                  → RetryableError
 *   401 / 403 / other 4xx (InvalidRequest, InvalidSwap…) → PermanentError(the PDS's own message)
 *   401 on createSession                                 → PermanentError naming the variables to fix
 *   no connection (refused, DNS, connect timeout)        → RetryableError
 *   connection lost or timed out after a write was sent  → OutcomeUnknownError (recover() reads the record)
 *   the same on a read (getRecord, uploadBlob, session)  → RetryableError: reading twice is harmless
 *
 * Whether a dropped write reached the PDS cannot be told from the client (the request is written
 * before the socket dies either way), so every lost write is outcome-unknown. That is cheap on
 * Bluesky: the record key is fixed, and reading it back settles the question.
 */
export type CallKind = 'write' | 'read' | 'login';

export interface CallContext {
  account: string;
  /** What crier was doing, for the message ("writing part 1 of 2"). */
  action: string;
  kind: CallKind;
}

/** Without a reset header, wait this long after a 429. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

export function toBlueskyError(error: unknown, context: CallContext, now = Date.now()): PublishError {
  const where = `account "${context.account}", ${context.action}`;
  if (error instanceof XRPCError && error.status >= 400) {
    const pds = error.error && error.error !== error.message ? `${error.error}: ${error.message}` : error.message;
    if (error.status === 429) {
      return new RateLimitedError('bluesky', `${where}: rate limited (${pds})`, resetAt(error.headers, now), {
        cause: error,
      });
    }
    if (error.status >= 500) {
      return new RetryableError('bluesky', `${where}: the PDS failed (${error.status} ${pds})`, { cause: error });
    }
    if (context.kind === 'login' && (error.status === 401 || error.error === 'AuthenticationRequired')) {
      const vars = [
        accountVar('BLUESKY_IDENTIFIER', context.account),
        accountVar('BLUESKY_APP_PASSWORD', context.account),
      ];
      return new PermanentError(
        'bluesky',
        `account "${context.account}": the identifier or app password was refused (${error.status} ${error.message}): check ${vars.join(' and ')}`,
        error.status,
        { cause: error },
      );
    }
    return new PermanentError('bluesky', `${where}: ${pds}`, error.status, { cause: error });
  }
  const { codes, messages } = causeChain(error);
  const nothingSent = codes.some((code) => NOT_SENT_CODES.has(code));
  const description = describe(codes, messages);
  if (nothingSent || context.kind !== 'write') {
    return new RetryableError('bluesky', `${where}: ${description}`, { cause: error });
  }
  return new OutcomeUnknownError(
    'bluesky',
    `${where}: ${description} after the request was sent; the record may exist`,
    { cause: error },
  );
}

/** When a 429 ends: `RateLimit-Reset` (Unix seconds), else `Retry-After` (seconds or an HTTP date). */
export function resetAt(headers: Record<string, string | undefined> | undefined, now = Date.now()): Date {
  const header = (name: string) => headers?.[name] ?? headers?.[name.toLowerCase()];
  const reset = Number(header('ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 0) return new Date(reset * 1000);
  const retryAfter = header('retry-after');
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return new Date(now + seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return new Date(date);
  }
  return new Date(now + DEFAULT_RATE_LIMIT_WAIT_MS);
}

/** The `code`s and messages along the cause chain (fetch wraps the socket error in "TypeError: fetch failed"). */
function causeChain(error: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const { code, cause, errors, name, message } = value as Record<string, unknown>;
    if (typeof code === 'string') codes.push(code);
    if (name === 'TimeoutError' || name === 'AbortError') codes.push(name);
    if (typeof message === 'string' && message && !messages.includes(message)) messages.push(message);
    visit(cause);
    if (Array.isArray(errors)) for (const inner of errors) visit(inner);
  };
  visit(error);
  return { codes, messages };
}

function describe(codes: string[], messages: string[]): string {
  if (codes.includes('TimeoutError')) return 'no answer in time';
  if (codes.includes('AbortError')) return 'cancelled';
  const text = messages.join(': ') || 'unknown failure';
  return codes.length > 0 ? `${text} (${[...new Set(codes)].join(', ')})` : text;
}
