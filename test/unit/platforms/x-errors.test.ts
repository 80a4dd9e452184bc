import type { ClientRequest, IncomingMessage } from 'node:http';
import { describe, expect, test } from '@jest/globals';
import { ApiPartialResponseError, ApiRequestError, ApiResponseError, type TwitterRateLimit } from 'twitter-api-v2';
import {
  DuplicateError,
  OutcomeUnknownError,
  PermanentError,
  RateLimitedError,
  RetryableError,
} from '../../../src/platforms/errors.js';
import { rateLimitReset, toXError, XApiFailure } from '../../../src/platforms/x/errors.js';
import { comparableText, findPart } from '../../../src/platforms/x/timeline.js';

/**
 * The X error mapping as a table. The errors are the library's own classes, built the way its
 * request handler builds them (the integration tests produce the same ones over real HTTP).
 */

const NOW = new Date('2033-05-18T03:33:20Z'); // 2_000_000_000 s

const response = (code: number, data: unknown, rateLimit?: TwitterRateLimit) =>
  new ApiResponseError(`Request failed with code ${code}`, {
    code,
    data: data as ApiResponseError['data'],
    headers: {},
    request: {} as ClientRequest,
    response: { statusCode: code } as IncomingMessage,
    rateLimit,
  });

const network = (code: string, writableFinished: boolean) =>
  new ApiRequestError('Request failed.', {
    request: { writableFinished } as ClientRequest,
    error: Object.assign(new Error(code === 'TIMEOUT' ? 'Request timeout.' : `connect ${code}`), {
      code: code === 'TIMEOUT' ? undefined : code,
    }),
  });

const partial = (status: number) =>
  new ApiPartialResponseError('Request failed with partial response', {
    request: {} as ClientRequest,
    response: { statusCode: status } as IncomingMessage,
    rawContent: '{"data":',
    responseError: new Error('aborted'),
  });

const context = (publishes: boolean) => ({
  account: 'default',
  credentials: { kind: 'oauth1' as const },
  action: 'posting part 1 of 1',
  publishes,
  now: () => NOW,
});

describe('toXError', () => {
  test.each([
    ['connection refused, on a post → RetryableError', network('ECONNREFUSED', false), true, RetryableError],
    ['DNS failure, on a post → RetryableError', network('ENOTFOUND', false), true, RetryableError],
    [
      'reset after the request was written, on a post → OutcomeUnknownError',
      network('ECONNRESET', true),
      true,
      OutcomeUnknownError,
    ],
    [
      'timeout after the request was written, on a post → OutcomeUnknownError',
      network('TIMEOUT', true),
      true,
      OutcomeUnknownError,
    ],
    [
      'reset before the request was written, on a post → RetryableError',
      network('ECONNRESET', false),
      true,
      RetryableError,
    ],
    [
      'reset after the request was written, on a read → RetryableError',
      network('ECONNRESET', true),
      false,
      RetryableError,
    ],
    ['answer cut off, on a post → OutcomeUnknownError', partial(201), true, OutcomeUnknownError],
    ['answer cut off, on a read → RetryableError', partial(200), false, RetryableError],
    ['500 → RetryableError', response(500, { title: 'Internal Server Error' }), true, RetryableError],
    ['503 → RetryableError', response(503, { title: 'Service Unavailable' }), true, RetryableError],
    [
      '429 → RateLimitedError',
      response(429, { title: 'Too Many Requests', detail: 'Too Many Requests' }),
      true,
      RateLimitedError,
    ],
    [
      '403 duplicate → DuplicateError',
      response(403, {
        detail: 'You are not allowed to create a Tweet with duplicate content.',
        type: 'about:blank',
        title: 'Forbidden',
        status: 403,
      }),
      true,
      DuplicateError,
    ],
    [
      '403 other → PermanentError',
      response(403, { detail: 'You are not permitted to perform this action.' }),
      true,
      PermanentError,
    ],
    ['401 → PermanentError', response(401, { title: 'Unauthorized', detail: 'Unauthorized' }), true, PermanentError],
    [
      '400 → PermanentError',
      response(400, { title: 'Invalid Request', detail: 'text too long' }),
      true,
      PermanentError,
    ],
  ] as const)('%s', (_label, error, publishes, kind) => {
    const mapped = toXError(error, context(publishes));
    expect(mapped).toBeInstanceOf(kind);
    expect(mapped.platform).toBe('x');
    // The cause keeps X's answer but never the library error (whose request holds the Authorization header).
    expect(mapped.cause).toBeInstanceOf(XApiFailure);
  });

  test.each([
    [
      response(401, { title: 'Unauthorized', detail: 'Unauthorized' }),
      'x: account "default": the credentials were refused (401 Unauthorized): check X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_SECRET',
    ],
    [
      response(400, { title: 'Invalid Request', detail: 'Your Tweet text is too long.' }),
      'x: account "default": X refused posting part 1 of 1 (400 Your Tweet text is too long.)',
    ],
    [response(403, { title: 'Forbidden' }), 'x: account "default": X refused posting part 1 of 1 (403 Forbidden)'],
    [network('ECONNREFUSED', false), 'x: account "default": posting part 1 of 1 failed on the network (ECONNREFUSED)'],
  ])('the message says what X said and what to fix: %#', (error, message) => {
    expect(toXError(error, context(true)).message).toBe(message);
  });

  test('OAuth 2.0 accounts are told their own variables, per account', () => {
    const mapped = toXError(response(401, { title: 'Unauthorized' }), {
      ...context(true),
      account: 'news',
      credentials: { kind: 'oauth2' },
    });
    expect(mapped.message).toMatch(/check X_NEWS_CLIENT_ID, X_NEWS_CLIENT_SECRET, X_NEWS_OAUTH2_REFRESH_TOKEN$/);
  });
});

describe('rateLimitReset: the largest reset among the exhausted windows', () => {
  const t = 2_000_000_000;
  test.each([
    ['15-minute window exhausted', { limit: 100, remaining: 0, reset: t + 900 }, t + 900],
    [
      'user 24 h exhausted, window has room',
      { limit: 100, remaining: 40, reset: t + 900, userDay: { limit: 17, remaining: 0, reset: t + 80_000 } },
      t + 80_000,
    ],
    [
      'both exhausted: the later one',
      {
        limit: 100,
        remaining: 0,
        reset: t + 900,
        day: { limit: 1667, remaining: 0, reset: t + 50_000 },
        userDay: { limit: 17, remaining: 3, reset: t + 86_000 },
      },
      t + 50_000,
    ],
    ['nothing says 0: the latest reset given', { limit: 100, remaining: 5, reset: t + 600 }, t + 600],
  ] as Array<[string, TwitterRateLimit, number]>)('%s', (_label, rateLimit, expected) => {
    expect(rateLimitReset(rateLimit, NOW)).toEqual(new Date(expected * 1000));
  });

  test("no headers at all: wait X's shortest window, 15 minutes", () => {
    expect(rateLimitReset(undefined, NOW)).toEqual(new Date(NOW.getTime() + 15 * 60 * 1000));
  });
});

describe('recognising our own post on the timeline (recovery)', () => {
  test.each([
    ['as sent', 'Le port de Marseille https://example.org/a', 'Le port de Marseille https://example.org/a'],
    ['URL shortened by X', 'Le port https://example.org/a #Marseille', 'Le port https://t.co/AbCdEf123 #Marseille'],
    ['bare domain shortened too', 'Voir example.org maintenant', 'Voir https://t.co/x1 maintenant'],
    ['HTML-escaped by X', 'Ports & villes <2026>', 'Ports &amp; villes &lt;2026&gt;'],
    ['NFD vs NFC', 'Coope\u0301ration', 'Coopération'],
    ['media link appended', 'Avec image', 'Avec image https://t.co/media99'],
  ])('%s', (_label, sent, shown) => {
    expect(comparableText(shown)).toBe(comparableText(sent));
  });

  test.each([
    ['another text', 'Le port de Marseille', 'Le port de Toulon'],
    ['a word more', 'Le port', 'Le port, enfin'],
  ])('not the same post: %s', (_label, sent, shown) => {
    expect(comparableText(shown)).not.toBe(comparableText(sent));
  });

  const timeline = [
    { id: '3', text: 'deux 2/2', referenced_tweets: [{ type: 'replied_to', id: '9' }] },
    { id: '2', text: 'deux 2/2', referenced_tweets: [{ type: 'replied_to', id: '1' }] },
    { id: '1', text: 'un https://t.co/zz 1/2' },
  ];
  test.each([
    ['a first part: not a reply', 'un https://example.org/a 1/2', undefined, '1'],
    ['a reply: the one answering our previous part', 'deux 2/2', '1', '2'],
    ['the same text answering something else does not count', 'deux 2/2', '7', undefined],
    ['a first part never matches a reply', 'deux 2/2', undefined, undefined],
  ])('%s', (_label, text, inReplyTo, id) => {
    expect(findPart(timeline, text, inReplyTo)?.id).toBe(id);
  });
});
