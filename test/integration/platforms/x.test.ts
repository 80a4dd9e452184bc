import { randomBytes } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import { Redis } from 'ioredis';
import sharp from 'sharp';
import type { XCredentials } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import type { PublishedPart, PublishRequest } from '../../../src/platforms/adapter.js';
import {
  DuplicateError,
  OutcomeUnknownError,
  PermanentError,
  PublishError,
  RateLimitedError,
  RetryableError,
} from '../../../src/platforms/errors.js';
import type { PostPart } from '../../../src/platforms/parts.js';
import { createXAdapter, type XAdapterOptions } from '../../../src/platforms/x/adapter.js';
import { type Fault, type FaultProxy, startFaultProxy } from '../../fakes/fault-proxy.js';
import { startXServer, type XServer, type XServerOptions } from '../../fakes/x-server.js';
import { uniquePrefix } from '../../support/env.js';
import { rejection } from '../../support/rejection.js';
import { closingAfterEach, testRedis } from '../../support/resources.js';

/**
 * The X adapter through the real twitter-api-v2 client, against the local X fake (test/fakes/x-server.ts),
 * optionally behind the fault proxy. Nothing is mocked: every call is HTTP.
 */

const OAUTH1 = {
  appKey: 'app-key-1234',
  appSecret: 'app-secret-5678-never-shown',
  accessToken: '1500000000000000001-access-token-9abc',
  accessSecret: 'access-secret-def0-never-shown',
};

const redis = testRedis();
const closeAfter = closingAfterEach();

async function server(options: XServerOptions = {}): Promise<XServer> {
  const x = await startXServer({ oauth1: OAUTH1, ...options });
  closeAfter(() => x.close());
  return x;
}

/** Behind the proxy the client signs the proxy's URL, so that fake cannot check the HMAC; it still needs an OAuth header. */
const unsigned = { oauth1: undefined };

async function proxy(target: XServer): Promise<FaultProxy> {
  const p = await startFaultProxy(target.url);
  closeAfter(() => p.close());
  return p;
}

function adapter(apiUrl: string, extra: Partial<XAdapterOptions> = {}) {
  const credentials: XCredentials = { kind: 'oauth1', ...OAUTH1, apiUrl };
  return createXAdapter({ account: 'default', credentials, redis, prefix: uniquePrefix('x'), ...extra });
}

const part = (text: string): PostPart => ({ text, length: 0, limit: 280 });

function request(texts: string[], extra: Partial<PublishRequest<'x'>> = {}): PublishRequest<'x'> {
  return {
    article: { id: 'a1', url: 'https://example.org/a1', title: 'A title', lang: 'fr' },
    parts: texts.map(part),
    idempotencyKey: 'a1:x:default',
    done: [],
    ...extra,
  };
}

const repliedTo = (x: XServer, id: string) => x.state.tweets.find((t) => t.id === id)?.inReplyTo;

describe('publishing', () => {
  test("a single post: the text as sent, X's id, a public URL, onPosted called", async () => {
    const x = await server();
    const posted: Array<[number, PublishedPart]> = [];
    const text = 'Coopération : le rapport est sorti https://example.org/a1 #Coopération';
    const parts = await adapter(x.url).publish(request([text], { onPosted: (i, p) => void posted.push([i, p]) }));

    expect(x.state.tweets.map((t) => t.text)).toEqual([text]);
    const id = x.state.tweets[0]?.id ?? '';
    expect(parts).toEqual([{ remoteId: id, url: `https://x.com/crier_test/status/${id}` }]);
    expect(posted).toEqual([[0, parts[0]]]);
    // OAuth 1.0a: the fake checked the HMAC signature over its own URL.
    expect(x.state.requests.filter((r) => r.path === '/2/tweets').map((r) => r.auth)).toEqual(['oauth1']);
  });

  test('a thread is a chain of replies, and a half-posted thread resumes after `done`', async () => {
    const x = await server();
    const a = adapter(x.url);
    const all = await a.publish(request(['one 1/3', 'two 2/3', 'three 3/3']));
    expect(x.state.tweets.map((t) => t.text)).toEqual(['one 1/3', 'two 2/3', 'three 3/3']);
    expect(all.map((p) => repliedTo(x, p.remoteId))).toEqual([undefined, all[0]?.remoteId, all[1]?.remoteId]);

    const first = await a.publish(request(['uno 1/2']));
    const resumed = await a.publish(request(['uno 1/2', 'dos 2/2'], { done: first }));
    expect(resumed[0]).toEqual(first[0]);
    expect(repliedTo(x, resumed[1]?.remoteId ?? '')).toBe(first[0]?.remoteId);
    expect(x.state.tweets).toHaveLength(5);
  });

  test('the article image goes on the first part through the v2 media upload, with its alt text', async () => {
    const x = await server({ processingPolls: 1 });
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
      .png()
      .toBuffer();
    const fetched: string[] = [];
    const fetchImage = async (url: string) => {
      fetched.push(url);
      return { bytes: new Uint8Array(png), mimeType: 'image/png' };
    };
    const parts = await adapter(x.url, { fetchImage }).publish(
      request(['with image 1/2', 'no image 2/2'], {
        article: {
          id: 'a1',
          url: 'https://example.org/a1',
          title: 't',
          lang: 'fr',
          image: { url: 'https://example.org/cover.png', alt: 'Une vue du port de Marseille' },
        },
      }),
    );

    expect(fetched).toEqual(['https://example.org/cover.png']);
    const [first, second] = x.state.tweets;
    const media = x.state.media.get(first?.mediaIds[0] ?? '');
    expect(media).toMatchObject({ mediaType: 'image/png', totalBytes: png.length, finalized: true });
    expect(media?.altText).toBe('Une vue du port de Marseille');
    expect(media?.polls).toBeGreaterThanOrEqual(2); // STATUS polled until "succeeded"
    expect(second?.mediaIds).toEqual([]);
    expect(parts).toHaveLength(2);
    const paths = x.state.requests.map((r) => r.path.replace(/\d{10,}/, ':id').replace(/\?.*/, ''));
    expect(paths.slice(0, 6)).toEqual([
      '/2/media/upload/initialize',
      '/2/media/upload/:id/append',
      '/2/media/upload/:id/finalize',
      '/2/media/upload',
      '/2/media/upload',
      '/2/media/metadata',
    ]);
  });

  test("an image over X's 5 MB, or in a format X does not take, is re-encoded as JPEG before upload", async () => {
    const x = await server();
    const noise = randomBytes(1400 * 1300 * 3); // incompressible: the PNG stays over 5 MB
    const big = await sharp(noise, { raw: { width: 1400, height: 1300, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    const tiff = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#39c' } })
      .tiff()
      .toBuffer();
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    for (const [bytes, mimeType] of [
      [big, 'image/png'],
      [tiff, 'image/tiff'],
    ] as const) {
      await adapter(x.url, { fetchImage: async () => ({ bytes: new Uint8Array(bytes), mimeType }) }).publish(
        request([`image as ${mimeType}`], {
          article: {
            id: 'a1',
            url: 'https://example.org/a1',
            title: 't',
            lang: 'fr',
            image: { url: 'https://example.org/i' },
          },
        }),
      );
    }
    const uploaded = x.state.tweets.map((t) => x.state.media.get(t.mediaIds[0] ?? ''));
    expect(uploaded.map((m) => m?.mediaType)).toEqual(['image/jpeg', 'image/jpeg']);
    for (const m of uploaded) {
      expect(m?.totalBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
      // Appended in 1 MiB chunks, in order.
      const chunks = Math.ceil((m?.totalBytes ?? 0) / (1024 * 1024));
      expect(m?.segments).toEqual(Array.from({ length: chunks }, (_, i) => i));
    }
    expect(uploaded[0]?.segments.length).toBeGreaterThan(1);
  });

  test('an image that cannot be fetched does not stop the post', async () => {
    const x = await server();
    const fetchImage = async () => {
      throw new Error('404 from the image host');
    };
    await adapter(x.url, { fetchImage, imageRetryDelayMs: 1 }).publish(
      request(['text only'], {
        article: {
          id: 'a1',
          url: 'https://example.org/a1',
          title: 't',
          lang: 'fr',
          image: { url: 'https://example.org/x.png' },
        },
      }),
    );
    expect(x.state.tweets.map((t) => [t.text, t.mediaIds])).toEqual([['text only', []]]);
  });

  const withImage = (texts: string[], note: (text: string) => void) =>
    request(texts, {
      note,
      article: { id: 'a1', url: 'https://example.org/a1', title: 't', lang: 'fr', image: { url: 'https://e.org/i' } },
    });

  const tinyPng = () =>
    sharp({ create: { width: 8, height: 8, channels: 3, background: '#123' } })
      .png()
      .toBuffer();

  // Each request of the upload is sent up to 4 times on its own; the whole upload is tried 3 times.
  test.each([
    { label: 'three 503s: sent again alone, it goes up', times: 3, status: 503, media: 1, sends: 4, note: undefined },
    {
      label: 'a 503 on every send (4 sends × 3 tries): dropped, the post goes without it',
      times: 12,
      status: 503,
      media: 0,
      sends: 12,
      note: /^image dropped: uploading: .*X answered 503/,
    },
    {
      label: 'X refuses the image (400): dropped at once',
      times: 1,
      status: 400,
      media: 0,
      sends: 1,
      note: /^image dropped: uploading: .*Unsupported media/,
    },
  ])('the image upload’s first request: $label', async ({ times, status, media, sends, note }) => {
    const x = await server();
    const body = { title: 'Invalid Request', detail: status === 400 ? 'Unsupported media.' : 'busy' };
    x.state.failNext({ match: /^POST \/2\/media\/upload\/initialize/, status, body, times });
    const png = await tinyPng();
    const notes: string[] = [];
    const fetchImage = async () => ({ bytes: new Uint8Array(png), mimeType: 'image/png' });
    await adapter(x.url, { fetchImage, imageRetryDelayMs: 1 }).publish(withImage(['a post'], (n) => notes.push(n)));
    expect(x.state.tweets.map((t) => t.mediaIds.length)).toEqual([media]);
    expect(x.state.requests.filter((r) => r.path === '/2/media/upload/initialize')).toHaveLength(sends);
    expect(notes).toEqual(note ? [expect.stringMatching(note)] : []);
  });

  const UPLOAD_REQUESTS = {
    append: /^POST \/2\/media\/upload\/\d+\/append/,
    finalize: /^POST \/2\/media\/upload\/\d+\/finalize/,
    'alt text': /^POST \/2\/media\/metadata/,
    'processing status': /^GET \/2\/media\/upload\?/,
  };
  const TRANSIENT = {
    '502 × 3': { kind: 'status', status: 502, body: { title: 'Bad Gateway' }, times: 3 },
    'answer lost after X acted × 3': { kind: 'commit-then-drop', times: 3 },
    'connection reset × 3': { kind: 'reset-before', times: 3 },
    '429 resetting in a second': {
      kind: 'status',
      status: 429,
      headers: () => ({
        'x-rate-limit-limit': '100',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(Math.ceil(Date.now() / 1000) + 1),
      }),
      body: { title: 'Too Many Requests' },
    },
  } satisfies Record<string, Omit<Fault, 'match'>>;
  test.each(
    Object.keys(UPLOAD_REQUESTS).flatMap((request) => Object.keys(TRANSIENT).map((fault) => ({ request, fault }))),
  )(
    '$fault on the upload’s $request: that request alone is sent again, the image goes up',
    async ({ request: name, fault }) => {
      const x = await server({ ...unsigned, processingPolls: 1 });
      const p = await proxy(x);
      p.inject({
        match: UPLOAD_REQUESTS[name as keyof typeof UPLOAD_REQUESTS],
        ...TRANSIENT[fault as keyof typeof TRANSIENT],
      });
      const png = await tinyPng();
      const notes: string[] = [];
      const fetchImage = async () => ({ bytes: new Uint8Array(png), mimeType: 'image/png' });
      const post = withImage(['a post'], (n) => notes.push(n));
      post.article.image = { url: 'https://e.org/i', alt: 'Une image' };
      await adapter(p.url, { fetchImage, imageRetryDelayMs: 1 }).publish(post);
      const [tweet] = x.state.tweets;
      expect(tweet?.mediaIds).toHaveLength(1);
      expect(x.state.media.get(tweet?.mediaIds[0] ?? '')?.altText).toBe('Une image');
      // One upload: not started over for one failed request.
      expect(p.requests.filter((r) => r.path === '/2/media/upload/initialize')).toHaveLength(1);
      expect(notes).toEqual([]);
    },
  );

  test('X refuses a segment (400): the image is dropped at once, the post goes without it', async () => {
    const x = await server({ ...unsigned });
    const p = await proxy(x);
    p.inject({
      match: UPLOAD_REQUESTS.append,
      kind: 'status',
      status: 400,
      body: { title: 'Invalid Request', detail: 'Segment is invalid.' },
    });
    const png = await tinyPng();
    const notes: string[] = [];
    const fetchImage = async () => ({ bytes: new Uint8Array(png), mimeType: 'image/png' });
    await adapter(p.url, { fetchImage, imageRetryDelayMs: 1 }).publish(withImage(['a post'], (n) => notes.push(n)));
    expect(x.state.tweets.map((t) => [t.text, t.mediaIds])).toEqual([['a post', []]]);
    expect(p.requests.filter((r) => /\/append$/.test(r.path))).toHaveLength(1);
    expect(notes).toEqual([expect.stringMatching(/^image dropped: uploading: .*Segment is invalid/)]);
  });

  test('refused credentials on the image upload are not the image’s to decide: the post fails, nothing posted', async () => {
    const x = await server();
    x.state.failNext({ match: /^POST \/2\/media\/upload\/initialize/, status: 401, body: { title: 'Unauthorized' } });
    const fetchImage = async () => ({ bytes: new Uint8Array([1, 2, 3]), mimeType: 'image/png' });
    const error = await rejection(
      PublishError,
      adapter(x.url, { fetchImage, imageRetryDelayMs: 1 }).publish(withImage(['a post'], () => undefined)),
    );
    expect(error).toBeInstanceOf(PermanentError);
    expect(x.state.tweets).toHaveLength(0);
  });

  test('verify() returns the handle; wrong keys give a PermanentError naming the variables, not the secret', async () => {
    const x = await server();
    await expect(adapter(x.url).verify()).resolves.toBe('@crier_test');

    const wrong = createXAdapter({
      account: 'news',
      credentials: { kind: 'oauth1', ...OAUTH1, accessSecret: 'wrong-secret-zzz', apiUrl: x.url },
      redis,
      prefix: uniquePrefix('x'),
    });
    const error = await rejection(PublishError, wrong.verify());
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toBe(
      'x: account "news": the credentials were refused (401 Unauthorized): check X_NEWS_API_KEY, X_NEWS_API_SECRET, X_NEWS_ACCESS_TOKEN, X_NEWS_ACCESS_SECRET',
    );
    expect((error as PermanentError).status).toBe(401);
  });
});

describe('the account', () => {
  test('GET /2/users/me is asked once and shared through Redis; verify() always asks X', async () => {
    const x = await server();
    const prefix = uniquePrefix('x');
    const credentials: XCredentials = { kind: 'oauth1', ...OAUTH1, apiUrl: x.url };
    const make = () => createXAdapter({ account: 'default', credentials, redis, prefix });
    await make().publish(request(['one']));
    await make().publish(request(['two']));
    const me = () => x.state.requests.filter((r) => r.path === '/2/users/me').length;
    expect(me()).toBe(1);
    await make().verify();
    expect(me()).toBe(2);
  });

  test('Redis unreachable: a RetryableError, nothing posted', async () => {
    const x = await server();
    const down = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
    });
    down.on('error', () => {});
    const error = await rejection(PublishError, adapter(x.url, { redis: down }).publish(request(['hello'])));
    down.disconnect();
    expect(error).toBeInstanceOf(RetryableError);
    expect(x.state.tweets).toHaveLength(0);
  });
});

describe('every failure is one typed error', () => {
  test.each([
    ['503 from X', 503, RetryableError],
    ['500 from X', 500, RetryableError],
    ['403 from X', 403, PermanentError],
  ] as const)('%s → %p', async (_label, status, kind) => {
    const x = await server(unsigned);
    const p = await proxy(x);
    p.inject({
      match: /^POST \/2\/tweets/,
      kind: 'status',
      status,
      body: { title: 'x', detail: 'Service Unavailable', status },
    });
    const error = await rejection(PublishError, adapter(p.url).publish(request(['hello'])));
    expect(error).toBeInstanceOf(kind);
    expect(x.state.tweets).toHaveLength(0);
  });

  test('a refused connection is retryable (nothing was sent)', async () => {
    const x = await server();
    const a = adapter(x.url);
    await a.verify(); // the account is known; the next call is the post itself
    await x.close();
    const error = await rejection(PublishError, a.publish(request(['hello'])));
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  test('a reset on a read is retryable', async () => {
    const x = await server(unsigned);
    const p = await proxy(x);
    p.inject({ match: /^GET \/2\/users\/me/, kind: 'reset-before' });
    expect(await rejection(PublishError, adapter(p.url).verify())).toBeInstanceOf(RetryableError);
  });

  test("too long for X: a PermanentError with X's own detail", async () => {
    const x = await server();
    const error = await rejection(PublishError, adapter(x.url).publish(request(['é'.repeat(281)])));
    expect(error).toBeInstanceOf(PermanentError);
    expect((error as PermanentError).status).toBe(400);
    expect(error.message).toMatch(/too long \(weighted length 281, limit 280\)/);
  });

  test('a duplicate X cannot match to our thread stays a DuplicateError', async () => {
    const x = await server();
    const a = adapter(x.url);
    await a.publish(request(['same words']));
    // The same text as the reply of another thread: X refuses it, and it is not that thread's part.
    const error = await rejection(PublishError, a.publish(request(['new thread', 'same words'])));
    expect(error).toBeInstanceOf(DuplicateError);
    expect(error.message).toMatch(/duplicate content/);
  });

  test('a duplicate of our own lost post is resolved to that post, never posted twice', async () => {
    const x = await server();
    const a = adapter(x.url);
    const text = 'Le port https://example.org/a1 & la ville';
    const [earlier] = await a.publish(request([text]));
    const again = await a.publish(request([text]));
    expect(again).toEqual([earlier]);
    expect(x.state.tweets).toHaveLength(1);
  });

  test.each([
    {
      label: 'the 15-minute window',
      windows: { window: { remaining: 0, reset: 2_000_000_000 } },
      resetAt: 2_000_000_000,
    },
    {
      label: 'the user 24 h quota, later than the short window',
      windows: { window: { remaining: 0, reset: 2_000_000_000 }, userDay: { remaining: 0, reset: 2_000_050_000 } },
      resetAt: 2_000_050_000,
    },
    {
      label: 'the app 24 h quota while the short window has room',
      windows: { appDay: { remaining: 0, reset: 2_000_070_000 } },
      resetAt: 2_000_070_000,
    },
  ])('429 on $label → RateLimitedError until the largest exhausted reset', async ({ windows, resetAt }) => {
    const x = await server();
    for (const [name, value] of Object.entries(windows)) {
      x.state.setRateLimit('POST /2/tweets', name as 'window' | 'userDay' | 'appDay', value);
    }
    const error = await rejection(PublishError, adapter(x.url).publish(request(['hello'])));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).resetAt.toISOString()).toBe(new Date(resetAt * 1000).toISOString());
    expect(x.state.tweets).toHaveLength(0);
  });

  test("429 injected by the proxy with X's headers", async () => {
    const x = await server(unsigned);
    const p = await proxy(x);
    p.inject({
      match: /^POST \/2\/tweets/,
      kind: 'status',
      status: 429,
      body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
      headers: {
        'x-rate-limit-limit': '100',
        'x-rate-limit-remaining': '37',
        'x-rate-limit-reset': '2000000100',
        'x-user-limit-24hour-limit': '17',
        'x-user-limit-24hour-remaining': '0',
        'x-user-limit-24hour-reset': '2000080000',
      },
    });
    const error = await rejection(PublishError, adapter(p.url).publish(request(['hello'])));
    expect((error as RateLimitedError).resetAt).toEqual(new Date(2_000_080_000 * 1000));
  });

  test('a timeout after sending leaves the outcome unknown', async () => {
    const x = await server(unsigned);
    const p = await proxy(x);
    p.inject({ match: /^POST \/2\/tweets/, kind: 'latency', delayMs: 600 });
    const error = await rejection(PublishError, adapter(p.url, { timeoutMs: 150 }).publish(request(['slow'])));
    expect(error).toBeInstanceOf(OutcomeUnknownError);
  });

  test('an aborted signal stops before anything is sent', async () => {
    const x = await server();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(
      PublishError,
      adapter(x.url).publish(request(['hello'], { signal: controller.signal })),
    );
    expect(error).toBeInstanceOf(RetryableError);
    expect(x.state.requests).toHaveLength(0);
  });
});

describe('commit-then-drop: recovery finds the post, so it exists exactly once', () => {
  test('a single post', async () => {
    const x = await server(unsigned);
    const p = await proxy(x);
    const a = adapter(p.url);
    const req = request(['Lisez https://example.org/a1 — «le port» & la ville']);
    p.inject({ match: /^POST \/2\/tweets/, kind: 'commit-then-drop' });

    expect(await rejection(PublishError, a.publish(req))).toBeInstanceOf(OutcomeUnknownError);
    const found = await a.recover(req);
    const id = x.state.tweets[0]?.id;
    expect(found).toEqual({ remoteId: id, url: `https://x.com/crier_test/status/${id}` });
    expect(x.state.tweets).toHaveLength(1);
  });

  test('the second part of a thread: recovered, then the thread resumes', async () => {
    const x = await server(unsigned);
    const p = await proxy(x);
    const a = adapter(p.url);
    const texts = ['part one 1/3', 'part two https://example.org/a1 2/3', 'part three 3/3'];
    const done: PublishedPart[] = [];
    const onPosted = (_i: number, part: PublishedPart) => void done.push(part);
    await a.publish(request(texts.slice(0, 1), { onPosted }));
    p.inject({ match: /^POST \/2\/tweets/, kind: 'commit-then-drop' });

    expect(await rejection(PublishError, a.publish(request(texts, { done: [...done], onPosted })))).toBeInstanceOf(
      OutcomeUnknownError,
    );
    const recovered = await a.recover(request(texts, { done: [...done] }));
    expect(recovered).not.toBeNull();
    if (recovered) done.push(recovered);
    const all = await a.publish(request(texts, { done: [...done] }));

    expect(x.state.tweets.map((t) => t.text)).toEqual(texts);
    expect(all.map((q) => q.remoteId)).toEqual(x.state.tweets.map((t) => t.id));
    expect(all.map((q) => repliedTo(x, q.remoteId))).toEqual([undefined, all[0]?.remoteId, all[1]?.remoteId]);
  });

  test('a reset after sending is treated as unknown; recovery finds nothing, and the post goes out once', async () => {
    const x = await server(unsigned);
    const p = await proxy(x);
    const a = adapter(p.url);
    const req = request(['never arrived']);
    p.inject({ match: /^POST \/2\/tweets/, kind: 'reset-before' });
    expect(await rejection(PublishError, a.publish(req))).toBeInstanceOf(OutcomeUnknownError);
    expect(await a.recover(req)).toBeNull();
    await a.publish(req);
    expect(x.state.tweets.map((t) => t.text)).toEqual(['never arrived']);
  });

  test('the fake itself can commit and drop, too (no proxy)', async () => {
    const x = await server();
    const a = adapter(x.url);
    const req = request(['committed, answer lost']);
    await a.verify();
    x.state.failNext({ match: /^POST \/2\/tweets/, kind: 'commit-then-drop' });
    expect(await rejection(PublishError, a.publish(req))).toBeInstanceOf(OutcomeUnknownError);
    expect((await a.recover(req))?.remoteId).toBe(x.state.tweets[0]?.id);
  });

  test('aborting while the post is in flight leaves the outcome unknown; recovery then finds it', async () => {
    const x = await server();
    const a = adapter(x.url);
    await a.verify();
    const controller = new AbortController();
    x.state.failNext({ match: /^POST \/2\/tweets/, kind: 'commit-then-drop', delayMs: 300 });
    const req = request(['aborted in flight'], { signal: controller.signal });
    const pending = rejection(PublishError, a.publish(req));
    setTimeout(() => controller.abort(), 100);
    expect(await pending).toBeInstanceOf(OutcomeUnknownError);
    // The server still handles it after the client gave up.
    while (x.state.tweets.length === 0) await new Promise((resolve) => setTimeout(resolve, 25));
    expect((await a.recover({ ...req, signal: undefined }))?.remoteId).toBe(x.state.tweets[0]?.id);
    expect(x.state.tweets).toHaveLength(1);
  });

  test('recovery reads the timeline page by page: our post under 150 newer ones is found on the second page', async () => {
    const x = await server();
    for (const window of ['window', 'userDay'] as const) {
      x.state.setRateLimit('POST /2/tweets', window, { limit: 1_000, remaining: 1_000 });
    }
    const a = adapter(x.url);
    const ours = request(['ours, posted before the burst']);
    const [posted] = await a.publish(ours);
    for (let i = 0; i < 150; i++) await a.publish(request([`another post ${i}`]));
    const timeline = () => x.state.requests.filter((r) => /^\/2\/users\/\d+\/tweets/.test(r.path));
    expect(await a.recover(ours)).toEqual(posted);
    expect(timeline()).toHaveLength(2);
    // Nothing older than the post's record can be it: the look stops at the first page older than that.
    expect(
      await a.recover({ ...ours, parts: [part('never posted')], notBefore: new Date(Date.now() + 60_000) }),
    ).toBeNull();
    expect(timeline()).toHaveLength(3);
  });

  test('a page that fails is read again, a 429 with a near reset is waited out: the look still finds the post', async () => {
    const x = await server(unsigned);
    for (const window of ['window', 'userDay'] as const) {
      x.state.setRateLimit('POST /2/tweets', window, { limit: 1_000, remaining: 1_000 });
    }
    const p = await proxy(x);
    const a = adapter(p.url);
    const ours = request(['ours, under a burst, looked for through a flaky network']);
    const [posted] = await a.publish(ours);
    for (let i = 0; i < 150; i++) await a.publish(request([`another post ${i}`]));
    const secondPage = /^GET \/2\/users\/\d+\/tweets\?.*pagination_token/;
    p.inject({ match: secondPage, kind: 'status', status: 503, body: { title: 'Service Unavailable' } });
    p.inject({ match: secondPage, kind: 'reset-before' });
    p.inject({
      match: secondPage,
      kind: 'status',
      status: 429,
      body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
      headers: {
        'x-rate-limit-limit': '900',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(Math.ceil(Date.now() / 1000) + 1),
      },
    });
    expect(await a.recover(ours)).toEqual(posted);
    const secondPageReads = p.requests.filter((r) => secondPage.test(`${r.method} ${r.path}`));
    expect(secondPageReads.map((r) => r.fault ?? r.status)).toEqual(['status', 'reset-before', 'status', 200]);
  });

  test('a 429 whose reset is far (the free tier reads the timeline once per 15 minutes) ends the look', async () => {
    const x = await server(unsigned);
    const p = await proxy(x);
    const a = adapter(p.url);
    const ours = request(['looked for while the timeline is rate limited']);
    await a.publish(ours);
    const reset = Math.ceil(Date.now() / 1000) + 15 * 60;
    p.inject({
      match: /^GET \/2\/users\/\d+\/tweets/,
      kind: 'status',
      status: 429,
      body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
      headers: { 'x-rate-limit-limit': '1', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) },
    });
    const error = await rejection(PublishError, a.recover(ours));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).resetAt).toEqual(new Date(reset * 1000));
  });

  test('recovery never posts', async () => {
    const x = await server();
    expect(await adapter(x.url).recover(request(['not there']))).toBeNull();
    expect(x.state.requests.map((r) => r.method)).toEqual(['GET', 'GET']);
  });
});

describe('secrets', () => {
  test('no key, secret or token appears in errors or log lines', async () => {
    const x = await server();
    const p = await proxy(await server(unsigned));
    let out = '';
    const logger = createLogger({
      level: 'debug',
      secrets: [],
      destination: {
        write: (line: string) => {
          out += line;
        },
      },
    });
    const wrong = createXAdapter({
      account: 'default',
      credentials: { kind: 'oauth1', ...OAUTH1, apiUrl: x.url, appSecret: 'bad-app-secret-000' },
      redis,
      prefix: uniquePrefix('x'),
      logger,
    });
    const good = adapter(p.url, { logger });
    p.inject({ match: /^POST \/2\/tweets/, kind: 'commit-then-drop' });
    const errors = [
      await rejection(PublishError, wrong.publish(request(['a']))),
      await rejection(PublishError, good.publish(request(['b']))),
      await rejection(PublishError, good.publish(request(['c'.repeat(300)]))),
    ];
    await good.publish(request(['d']));
    for (const err of errors) logger.error({ err }, 'publish failed');

    const seen = out + errors.map((e) => `${e.message} ${JSON.stringify(e)} ${String(e.cause)}`).join('\n');
    expect(out).toContain('publish failed');
    for (const secret of [...Object.values(OAUTH1), 'bad-app-secret-000']) expect(seen).not.toContain(secret);
  });
});
