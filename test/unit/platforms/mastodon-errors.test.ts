import { describe, expect, test } from '@jest/globals';
import { MastoHttpError, MastoTimeoutError, MastoUnexpectedError } from 'masto';
import {
  OutcomeUnknownError,
  PermanentError,
  type PublishError,
  RateLimitedError,
  RetryableError,
} from '../../../src/platforms/errors.js';
import { toMastodonError } from '../../../src/platforms/mastodon/errors.js';

/**
 * The mapping table of src/platforms/mastodon/errors.ts, fed with the errors masto 8 and Node 20's
 * fetch really throw (shapes recorded from runs against the fake; see the integration tests).
 */

const NOW = new Date('2026-11-28T14:00:00.000Z');

function http(status: number, error: string, headers: Record<string, string> = {}): MastoHttpError {
  const response = new Response(JSON.stringify({ error }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
  return new MastoHttpError({ statusCode: status, message: error }, { cause: response });
}

/** What fetch rejects with: TypeError("fetch failed") around the socket or DNS error. */
function network(cause: Record<string, unknown>): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(String(cause.code)), cause) });
}

const abort = () => new DOMException('This operation was aborted', 'AbortError');

type Kind = new (...args: never[]) => PublishError;

describe('toMastodonError', () => {
  test.each<[string, unknown, boolean, Kind]>([
    ['503', http(503, 'Service Unavailable'), true, RetryableError],
    ['500', http(500, 'Internal Server Error'), true, RetryableError],
    ['408', http(408, 'Request Timeout'), true, RetryableError],
    ['401', http(401, 'The access token is invalid'), true, PermanentError],
    ['403', http(403, 'This action is outside the authorized scopes'), true, PermanentError],
    ['404', http(404, 'Record not found'), true, PermanentError],
    ['422', http(422, 'Validation failed: Text character limit of 500 exceeded'), true, PermanentError],
    ['429', http(429, 'Too many requests'), true, RateLimitedError],
    ['refused', network({ code: 'ECONNREFUSED', syscall: 'connect' }), true, RetryableError],
    ['DNS', network({ code: 'ENOTFOUND', syscall: 'getaddrinfo' }), true, RetryableError],
    ['reset while connecting', network({ code: 'ECONNRESET', syscall: 'connect' }), true, RetryableError],
    ['connect timeout', network({ code: 'UND_ERR_CONNECT_TIMEOUT' }), true, RetryableError],
    ['socket closed after sending, on the create', network({ code: 'UND_ERR_SOCKET' }), true, OutcomeUnknownError],
    ['socket closed after sending, on a read', network({ code: 'UND_ERR_SOCKET' }), false, RetryableError],
    ['read reset, on the create', network({ code: 'ECONNRESET', syscall: 'read' }), true, OutcomeUnknownError],
    ['timeout, on the create', new MastoTimeoutError('Request timed out'), true, OutcomeUnknownError],
    ['timeout, on a read', new MastoTimeoutError('Request timed out'), false, RetryableError],
    ['aborted mid-request, on the create', abort(), true, OutcomeUnknownError],
    ['unreadable answer, on the create', new MastoUnexpectedError('unknown encoding'), true, OutcomeUnknownError],
    ['unreadable answer, on a read', new MastoUnexpectedError('unknown encoding'), false, RetryableError],
  ])('%s', (_, error, publishes, kind) => {
    const mapped = toMastodonError(error, { account: 'default', action: 'posting part 1 of 1', publishes });
    expect(mapped).toBeInstanceOf(kind);
    expect(mapped.platform).toBe('mastodon');
    expect(mapped.cause).toBe(error);
  });

  test.each([
    [
      'an ISO-8601 X-RateLimit-Reset with microseconds',
      { 'X-RateLimit-Reset': '2026-11-28T15:00:00.123456Z' },
      '2026-11-28T15:00:00.123Z',
    ],
    ['Retry-After seconds when the reset is missing', { 'Retry-After': '90' }, '2026-11-28T14:01:30.000Z'],
    ['five minutes when neither header is there', {}, '2026-11-28T14:05:00.000Z'],
    ['five minutes when the reset is not a date', { 'X-RateLimit-Reset': 'soon' }, '2026-11-28T14:05:00.000Z'],
  ])('429 with %s', (_, headers, resetAt) => {
    const mapped = toMastodonError(http(429, 'Too many requests', headers), {
      account: 'default',
      action: 'posting part 1 of 1',
      now: () => NOW,
    });
    expect(mapped).toBeInstanceOf(RateLimitedError);
    expect((mapped as RateLimitedError).resetAt.toISOString()).toBe(resetAt);
  });

  test.each([
    [
      401,
      'The access token is invalid',
      'news',
      'mastodon: account "news": the access token was refused (401 The access token is invalid) while posting part 1 of 1: check MASTODON_NEWS_ACCESS_TOKEN',
    ],
    [
      403,
      'This action is outside the authorized scopes',
      'default',
      'mastodon: account "default": Mastodon refused posting part 1 of 1 (403 This action is outside the authorized scopes): MASTODON_ACCESS_TOKEN needs the "read", "write:statuses" and "write:media" scopes',
    ],
    [
      422,
      'Validation failed: Text character limit of 500 exceeded',
      'default',
      'mastodon: account "default": Mastodon refused posting part 1 of 1 (422 Validation failed: Text character limit of 500 exceeded)',
    ],
  ])('%i keeps Mastodon’s own words and says what to fix', (status, text, account, message) => {
    const mapped = toMastodonError(http(status, text), { account, action: 'posting part 1 of 1', publishes: true });
    expect(mapped).toBeInstanceOf(PermanentError);
    expect(mapped).toMatchObject({ status, message });
  });

  test('a connection failure names the URL variable of the account', () => {
    const mapped = toMastodonError(network({ code: 'ECONNREFUSED', syscall: 'connect' }), {
      account: 'news',
      action: 'posting part 1 of 1',
    });
    expect(mapped.message).toContain('check MASTODON_NEWS_URL');
  });

  test('an error that is already typed passes through', () => {
    const typed = new RetryableError('mastodon', 'aborted before posting');
    expect(toMastodonError(typed, { account: 'default', action: 'x' })).toBe(typed);
  });
});
