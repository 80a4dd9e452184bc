import { XRPCError } from '@atproto/api';
import { describe, expect, test } from '@jest/globals';
import { type CallKind, resetAt, toBlueskyError } from '../../../src/platforms/bluesky/errors.js';
import {
  OutcomeUnknownError,
  PermanentError,
  RateLimitedError,
  RetryableError,
} from '../../../src/platforms/errors.js';

const NOW = Date.UTC(2026, 10, 28, 14, 0, 0);

/** What @atproto/xrpc throws when fetch fails: XRPCError(Unknown) ← TypeError("fetch failed") ← the socket error. */
function network(code: string, message = code): XRPCError {
  const socket = Object.assign(new Error(message), { code });
  return XRPCError.from(new TypeError('fetch failed', { cause: socket }));
}
function timeout(): XRPCError {
  return XRPCError.from(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
}

describe('Bluesky failures → typed publish errors', () => {
  test.each<[string, unknown, CallKind, unknown, RegExp]>([
    [
      '429 with RateLimit-Reset',
      new XRPCError(429, 'RateLimitExceeded', 'Rate Limit Exceeded', { 'ratelimit-reset': '1764342000' }),
      'write',
      RateLimitedError,
      /rate limited \(RateLimitExceeded: Rate Limit Exceeded\)/,
    ],
    ['500', new XRPCError(500, 'InternalServerError', 'Internal Server Error'), 'write', RetryableError, /500/],
    ['503 on a read', new XRPCError(503, undefined, 'busy'), 'read', RetryableError, /503/],
    [
      '400 invalid record',
      new XRPCError(
        400,
        'InvalidRequest',
        'Invalid app.bsky.feed.post record: grapheme too big (maximum 300, got 301)',
      ),
      'write',
      PermanentError,
      /InvalidRequest: Invalid app\.bsky\.feed\.post record: grapheme too big/,
    ],
    [
      '400 InvalidSwap',
      new XRPCError(400, 'InvalidSwap', 'Record was at bafy…'),
      'write',
      PermanentError,
      /InvalidSwap/,
    ],
    [
      '401 on a write',
      new XRPCError(401, 'AuthMissing', 'Authentication Required'),
      'write',
      PermanentError,
      /AuthMissing/,
    ],
    [
      '403',
      new XRPCError(403, 'AccountTakedown', 'Account has been taken down'),
      'write',
      PermanentError,
      /taken down/,
    ],
    [
      '401 on login names the variables',
      new XRPCError(401, 'AuthenticationRequired', 'Invalid identifier or password'),
      'login',
      PermanentError,
      /refused \(401 Invalid identifier or password\): check BLUESKY_IDENTIFIER and BLUESKY_APP_PASSWORD/,
    ],
    ['connection refused on a write', network('ECONNREFUSED'), 'write', RetryableError, /ECONNREFUSED/],
    ['DNS failure', network('ENOTFOUND'), 'write', RetryableError, /ENOTFOUND/],
    [
      'socket closed after a write',
      network('UND_ERR_SOCKET', 'other side closed'),
      'write',
      OutcomeUnknownError,
      /may exist/,
    ],
    ['reset after a write', network('ECONNRESET'), 'write', OutcomeUnknownError, /ECONNRESET/],
    ['timeout after a write', timeout(), 'write', OutcomeUnknownError, /no answer in time/],
    ['socket closed on a read', network('UND_ERR_SOCKET', 'other side closed'), 'read', RetryableError, /other side/],
    ['timeout on login', timeout(), 'login', RetryableError, /no answer in time/],
    [
      'an invalid answer to a write',
      new XRPCError(2, 'InvalidResponse', 'bad output'),
      'write',
      OutcomeUnknownError,
      /bad/,
    ],
  ])('%s', (_name, error, kind, expected, message) => {
    const mapped = toBlueskyError(error, { account: 'default', action: 'writing part 1 of 1', kind }, NOW);
    expect(mapped).toBeInstanceOf(expected);
    expect(mapped.platform).toBe('bluesky');
    expect(mapped.message).toMatch(message);
    expect(mapped.cause).toBe(error);
  });

  test('the account name picks the variables: account "news" → BLUESKY_NEWS_*', () => {
    const error = new XRPCError(401, 'AuthenticationRequired', 'Invalid identifier or password');
    const mapped = toBlueskyError(error, { account: 'news', action: 'logging in', kind: 'login' });
    expect(mapped.message).toContain('check BLUESKY_NEWS_IDENTIFIER and BLUESKY_NEWS_APP_PASSWORD');
  });

  test('permanent errors keep the status', () => {
    const mapped = toBlueskyError(new XRPCError(403, 'Forbidden', 'no'), {
      account: 'default',
      action: 'x',
      kind: 'write',
    });
    expect((mapped as PermanentError).status).toBe(403);
  });
});

describe('resetAt', () => {
  test.each<[string, Record<string, string> | undefined, number]>([
    ['RateLimit-Reset in Unix seconds', { 'ratelimit-reset': '1764342000' }, 1_764_342_000_000],
    [
      'RateLimit-Reset wins over Retry-After',
      { 'ratelimit-reset': '1764342000', 'retry-after': '5' },
      1_764_342_000_000,
    ],
    ['Retry-After in seconds', { 'retry-after': '300' }, NOW + 300_000],
    ['Retry-After as an HTTP date', { 'retry-after': 'Fri, 28 Nov 2026 15:00:00 GMT' }, Date.UTC(2026, 10, 28, 15)],
    ['no header: a minute', {}, NOW + 60_000],
    ['no headers at all', undefined, NOW + 60_000],
    ['garbage', { 'ratelimit-reset': 'soon' }, NOW + 60_000],
  ])('%s', (_name, headers, expected) => {
    expect(resetAt(headers, NOW).getTime()).toBe(expected);
  });
});
