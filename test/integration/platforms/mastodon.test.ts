import { Writable } from 'node:stream';
import { describe, expect, test } from '@jest/globals';
import sharp from 'sharp';
import { createLogger } from '../../../src/log.js';
import type { PublishedPart, PublishRequest } from '../../../src/platforms/adapter.js';
import {
  OutcomeUnknownError,
  PermanentError,
  PublishError,
  RateLimitedError,
  RetryableError,
} from '../../../src/platforms/errors.js';
import { createMastodonAdapter, type MastodonAdapterOptions } from '../../../src/platforms/mastodon/adapter.js';
import type { MastodonPart } from '../../../src/platforms/mastodon/part.js';
import { type FaultProxy, startFaultProxy } from '../../fakes/fault-proxy.js';
import { type MastodonServer, type MastodonServerOptions, startMastodonServer } from '../../fakes/mastodon-server.js';
import { uniquePrefix } from '../../support/env.js';
import { rejection } from '../../support/rejection.js';
import { closingAfterEach, testRedis } from '../../support/resources.js';

/**
 * The Mastodon adapter through the real masto 8 client (ESM, on Node 20), against the local
 * Mastodon fake (test/fakes/mastodon-server.ts), optionally behind the fault proxy. Nothing is mocked.
 */

const TOKEN = 'mastodon-token-7f3a9c-never-shown';

const redis = testRedis();
const closeAfter = closingAfterEach();

async function server(options: MastodonServerOptions = {}): Promise<MastodonServer> {
  const m = await startMastodonServer({
    accounts: [
      { username: 'crier', token: TOKEN },
      { username: 'reader', token: 'read-only-token-1234', scopes: ['read'] },
    ],
    ...options,
  });
  closeAfter(() => m.close());
  return m;
}

async function proxy(target: MastodonServer): Promise<FaultProxy> {
  const p = await startFaultProxy(target.url);
  closeAfter(() => p.close());
  return p;
}

function adapter(url: string, extra: Partial<MastodonAdapterOptions> = {}) {
  return createMastodonAdapter({
    account: 'default',
    credentials: { url, accessToken: TOKEN },
    redis,
    prefix: uniquePrefix('mastodon'),
    timeoutMs: 5_000,
    // The image's own tries (src/platforms/optional-image.ts) without their real pauses.
    imageRetryDelayMs: 1,
    ...extra,
  });
}

const part = (text: string, extra: Partial<MastodonPart> = {}): MastodonPart => ({
  text,
  length: 0,
  limit: 500,
  language: 'fr',
  visibility: 'public',
  ...extra,
});

function request(texts: string[], extra: Partial<PublishRequest<'mastodon'>> = {}): PublishRequest<'mastodon'> {
  return {
    article: { id: 'a1', url: 'https://example.org/a1', title: 'Un titre', lang: 'fr' },
    parts: texts.map((t) => part(t)),
    idempotencyKey: 'a1:mastodon:default',
    done: [],
    ...extra,
  };
}

const png = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#c04040' } })
    .png()
    .toBuffer();

const TEASER = 'La Chine appelle à une IA collaborative. 🤖\n\nhttps://example.org/chine-ia\n\n#IA #OpenSource';

describe('publishing', () => {
  test('a single post: its text, language and visibility, as one status with an Idempotency-Key', async () => {
    const m = await server();
    const seen: Array<[number, PublishedPart]> = [];
    const parts = await adapter(m.url).publish(
      request([TEASER], {
        parts: [part(TEASER, { language: 'fr', visibility: 'unlisted' })],
        onPosted: (i, p) => {
          seen.push([i, p]);
        },
      }),
    );
    const [status] = m.state.statusesOf('crier');
    expect(m.state.statuses).toHaveLength(1);
    expect(status).toMatchObject({ text: TEASER, language: 'fr', visibility: 'unlisted', inReplyToId: null });
    expect(parts).toEqual([{ remoteId: status?.id, url: `${m.url}/@crier/${status?.id}` }]);
    expect(seen).toEqual([[0, parts[0]]]);
    expect(m.state.requests.find((r) => r.method === 'POST')).toMatchObject({
      path: '/api/v1/statuses',
      idempotencyKey: 'a1:mastodon:default:0',
      authorization: 'bearer',
    });
  });

  test('the part’s visibility is sent (it is what the preview showed); the account’s is the fallback', async () => {
    const m = await server();
    const a = adapter(m.url, { visibility: 'private' });
    await a.publish(request(['Bonjour'], { parts: [part('Bonjour', { visibility: 'unlisted' })] }));
    const legacy = { ...part('Salut'), visibility: undefined } as unknown as MastodonPart;
    await a.publish(request(['Salut'], { parts: [legacy], idempotencyKey: 'legacy' }));
    expect(m.state.statuses.map((s) => s.visibility)).toEqual(['unlisted', 'private']);
  });

  test('a thread: each part replies to the one before, each with its own key', async () => {
    const m = await server();
    const parts = await adapter(m.url).publish(request(['un', 'deux', 'trois']));
    const statuses = m.state.statusesOf('crier');
    expect(statuses.map((s) => [s.text, s.inReplyToId])).toEqual([
      ['un', null],
      ['deux', parts[0]?.remoteId],
      ['trois', parts[1]?.remoteId],
    ]);
    expect(statuses.map((s) => s.idempotencyKey)).toEqual([
      'a1:mastodon:default:0',
      'a1:mastodon:default:1',
      'a1:mastodon:default:2',
    ]);
  });

  test('a half-posted thread resumes after the parts already done', async () => {
    const m = await server();
    const first = await adapter(m.url).publish(request(['un']));
    const all = await adapter(m.url).publish(request(['un', 'deux'], { done: first }));
    expect(all[0]).toEqual(first[0]);
    expect(m.state.statuses.map((s) => [s.text, s.inReplyToId])).toEqual([
      ['un', null],
      ['deux', first[0]?.remoteId],
    ]);
  });

  test('the article image is uploaded with its alt text and attached to the first part only', async () => {
    const m = await server();
    const image = await png();
    const fetched: string[] = [];
    const fetchImage = async (url: string) => {
      fetched.push(url);
      return { bytes: new Uint8Array(image), mimeType: 'image/png' };
    };
    const article = {
      ...request([]).article,
      image: { url: 'https://example.org/carte.png', alt: 'Une carte de la Chine' },
    };
    await adapter(m.url, { fetchImage }).publish(request(['un', 'deux'], { article }));

    expect(fetched).toEqual(['https://example.org/carte.png']);
    const [first, second] = m.state.statusesOf('crier');
    expect(first?.mediaIds).toHaveLength(1);
    expect(second?.mediaIds).toEqual([]);
    const media = m.state.media.get(first?.mediaIds[0] ?? '');
    expect(media).toMatchObject({ description: 'Une carte de la Chine', mimeType: 'image/png', width: 64, height: 48 });
    // masto's own polling ran: 202 on upload, 206 while processing, 200 once the url is set.
    const mediaCalls = m.state.requests.filter((r) => r.path.includes('/media')).map((r) => [r.method, r.status]);
    expect(mediaCalls).toEqual([
      ['POST', 202],
      ['GET', 206],
      ['GET', 200],
    ]);
  });

  test('an image in a type the instance does not take is re-encoded as JPEG', async () => {
    const m = await server({ supportedMimeTypes: ['image/jpeg'], mediaPollsUntilReady: null });
    const image = await png();
    const article = { ...request([]).article, image: { url: 'https://example.org/i.png', alt: 'alt' } };
    await adapter(m.url, {
      fetchImage: async () => ({ bytes: new Uint8Array(image), mimeType: 'image/png' }),
    }).publish(request(['avec image'], { article }));
    const [media] = [...m.state.media.values()];
    expect(media?.mimeType).toBe('image/jpeg');
    expect(m.state.statuses[0]?.mediaIds).toEqual([media?.id]);
  });

  test('an image over the instance’s pixel limit is scaled down; a long alt text is cut to its limit', async () => {
    const m = await server({ imageMatrixLimit: 1000, descriptionLimit: 12, mediaPollsUntilReady: null });
    const image = await png(); // 64 × 48 = 3072 px
    const article = {
      ...request([]).article,
      image: { url: 'https://example.org/i.png', alt: 'Une très longue description' },
    };
    await adapter(m.url, {
      fetchImage: async () => ({ bytes: new Uint8Array(image), mimeType: 'image/png' }),
    }).publish(request(['x'], { article }));
    const [media] = [...m.state.media.values()];
    expect((media?.width ?? 0) * (media?.height ?? 0)).toBeLessThanOrEqual(1000);
    expect(media?.description).toBe('Une très lo…');
    expect(m.state.statuses[0]?.mediaIds).toEqual([media?.id]);
  });

  const IMAGE_REFUSED = { kind: 'status', status: 422, body: { error: 'Validation failed: File is invalid' } } as const;
  test.each([
    ['the image cannot be fetched', {}, undefined, true],
    ['the image cannot be made to fit the instance’s size limit', { imageSizeLimit: 10 }, undefined, false],
    ['the instance refuses the upload (422)', {}, IMAGE_REFUSED, false],
  ] as const)('when %s, the post goes out without it', async (_, options, fault, fetchFails) => {
    const m = await server({ ...options, mediaPollsUntilReady: null });
    if (fault) m.state.failNext({ match: /^POST \/api\/v2\/media/, ...fault });
    const image = await png();
    const article = { ...request([]).article, image: { url: 'https://example.org/i.png' } };
    const fetchImage = async () => {
      if (fetchFails) throw new Error('404 from the image host');
      return { bytes: new Uint8Array(image), mimeType: 'image/png' };
    };
    await adapter(m.url, { fetchImage }).publish(request(['sans image'], { article }));
    expect(m.state.statuses.map((s) => [s.text, s.mediaIds])).toEqual([['sans image', []]]);
  });

  test('a retry after a failed post reuses the image already uploaded', async () => {
    const m = await server({ mediaPollsUntilReady: null });
    m.state.failNext({ match: /^POST \/api\/v1\/statuses/, kind: 'status', status: 503, body: { error: 'busy' } });
    const image = await png();
    const article = { ...request([]).article, image: { url: 'https://example.org/i.png', alt: 'alt' } };
    const a = adapter(m.url, { fetchImage: async () => ({ bytes: new Uint8Array(image), mimeType: 'image/png' }) });
    expect(await rejection(PublishError, a.publish(request(['x'], { article })))).toBeInstanceOf(RetryableError);
    await a.publish(request(['x'], { article }));
    expect(m.state.media.size).toBe(1);
    expect(m.state.statuses[0]?.mediaIds).toEqual([...m.state.media.keys()]);
  });

  // Each request of the upload is sent up to 4 times on its own; the whole upload is tried 3 times.
  const BUSY = { kind: 'status', status: 503, body: { error: 'busy' } } as const;
  const UPLOAD = /^POST \/api\/v2\/media/;
  const POLL = /^GET \/api\/v1\/media\//;
  test.each([
    { label: '3 × 503 on the upload', match: UPLOAD, fault: BUSY, times: 3, attached: 1, uploads: 1, notes: [] },
    {
      label: '3 answers lost after the upload (unused attachments are left)',
      match: UPLOAD,
      fault: { kind: 'commit-then-drop' },
      times: 3,
      attached: 1,
      uploads: 4,
      notes: [],
    },
    {
      label: '3 × 503 on a poll while it is processed',
      match: POLL,
      fault: BUSY,
      times: 3,
      attached: 1,
      uploads: 1,
      notes: [],
    },
    {
      label: 'a 503 on every send of the upload (4 sends × 3 tries)',
      match: UPLOAD,
      fault: BUSY,
      times: 12,
      attached: 0,
      uploads: 0,
      notes: [expect.stringMatching(/^image dropped: uploading: .*busy/)],
    },
  ] as const)('$label: $attached image on the post', async ({ match, fault, times, attached, uploads, notes }) => {
    const m = await server({ mediaPollsUntilReady: 1 });
    m.state.failNext({ match, ...fault, times });
    const image = await png();
    const article = { ...request([]).article, image: { url: 'https://example.org/i.png' } };
    const fetchImage = async () => ({ bytes: new Uint8Array(image), mimeType: 'image/png' });
    const noted: string[] = [];
    await adapter(m.url, { fetchImage }).publish(request(['x'], { article, note: (n) => noted.push(n) }));
    expect(m.state.statuses.map((s) => s.mediaIds.length)).toEqual([attached]);
    expect(m.state.media.size).toBe(uploads);
    expect(noted).toEqual(notes);
  });
});

describe('the instance’s limits', () => {
  test.each([500, 5000])('max_characters %i is read from /api/v2/instance and cached in Redis', async (max) => {
    const m = await server({ maxCharacters: max, charactersReservedPerUrl: 23 });
    const prefix = uniquePrefix('mastodon');
    const a = adapter(m.url, { prefix });
    expect(await a.limits()).toMatchObject({
      maxCharacters: max,
      charactersReservedPerUrl: 23,
      maxMediaAttachments: 4,
      media: { descriptionLimit: 1500, imageSizeLimit: 16 * 1024 * 1024 },
    });
    // The instance changes its limit; the cache answers until it expires.
    m.state.maxCharacters = 42;
    expect((await adapter(m.url, { prefix }).limits()).maxCharacters).toBe(max);
    expect(m.state.requests.filter((r) => r.path === '/api/v2/instance')).toHaveLength(1);
    const ttl = await redis.ttl(`${prefix}:mastodon:default:instance`);
    expect(ttl).toBeGreaterThan(3500);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  test('an instance without /api/v2/instance (Mastodon < 4.0) gets upstream’s limits', async () => {
    const m = await server();
    m.state.failNext({ match: /instance/, kind: 'status', status: 404, body: { error: 'Record not found' } });
    expect(await adapter(m.url).limits()).toMatchObject({ maxCharacters: 500, charactersReservedPerUrl: 23 });
  });

  test('an unreachable instance: retryable, and nothing cached', async () => {
    const m = await server();
    const prefix = uniquePrefix('mastodon');
    m.state.failNext({ match: /instance/, kind: 'status', status: 502, body: { error: 'Bad Gateway' } });
    expect(await rejection(PublishError, adapter(m.url, { prefix }).limits())).toBeInstanceOf(RetryableError);
    expect(await redis.exists(`${prefix}:mastodon:default:instance`)).toBe(0);
    expect((await adapter(m.url, { prefix }).limits()).maxCharacters).toBe(500);
  });

  test('a text over 500 is refused by a 500 instance and accepted by a 5000 one', async () => {
    const text = `${'é'.repeat(480)} https://example.org/${'x'.repeat(200)}`; // 480 + 1 + 23 = 504
    const small = await server({ maxCharacters: 500 });
    const error = await rejection(PublishError, adapter(small.url).publish(request([text])));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).toMatchObject({ status: 422 });
    expect(error.message).toContain('Validation failed: Text character limit of 500 exceeded');
    const large = await server({ maxCharacters: 5000 });
    await adapter(large.url).publish(request([text]));
    expect(large.state.statuses).toHaveLength(1);
  });
});

describe('every failure becomes one typed error', () => {
  test.each([
    ['503 from the instance', { kind: 'status', status: 503, body: { error: 'Service Unavailable' } }, RetryableError],
    ['500 from the instance', { kind: 'status', status: 500, body: { error: 'Internal error' } }, RetryableError],
    [
      '422 from the instance',
      { kind: 'status', status: 422, body: { error: 'Validation failed: Nope' } },
      PermanentError,
    ],
  ] as const)('%s', async (_, fault, kind) => {
    const m = await server();
    m.state.failNext({ match: /^POST \/api\/v1\/statuses/, ...fault });
    const error = await rejection(PublishError, adapter(m.url).publish(request(['x'])));
    expect(error).toBeInstanceOf(kind);
    expect(error.message).toContain(fault.body.error);
    expect(m.state.statuses).toHaveLength(0);
  });

  test('429: rate limited until the X-RateLimit-Reset the instance sent (ISO-8601)', async () => {
    const m = await server({ statusesPerWindow: 1 });
    const a = adapter(m.url);
    await a.publish(request(['un'], { idempotencyKey: 'first' }));
    const error = await rejection(PublishError, a.publish(request(['deux'], { idempotencyKey: 'second' })));
    expect(error).toBeInstanceOf(RateLimitedError);
    const window = 3 * 3_600_000;
    const expected = new Date((Math.floor(Date.now() / window) + 1) * window);
    expect((error as RateLimitedError).resetAt).toEqual(expected);
    expect(error.message).toContain('Too many requests');
  });

  test('429 through the proxy, with the reset only in the header', async () => {
    const m = await server();
    const p = await proxy(m);
    const reset = '2030-01-02T03:04:05.678901Z';
    p.inject({
      match: /^POST \/api\/v1\/statuses/,
      kind: 'status',
      status: 429,
      headers: { 'X-RateLimit-Limit': '300', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset },
      body: { error: 'Too many requests' },
    });
    const error = await rejection(PublishError, adapter(p.url).publish(request(['x'])));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).resetAt.toISOString()).toBe('2030-01-02T03:04:05.678Z');
  });

  test.each([
    [
      '401 a refused token',
      { accessToken: 'wrong-token-123' },
      401,
      /the access token was refused \(401 The access token is invalid\).*check MASTODON_ACCESS_TOKEN/,
    ],
    [
      '403 a token without write scope',
      { accessToken: 'read-only-token-1234' },
      403,
      /This action is outside the authorized scopes/,
    ],
  ])('%s is permanent, with Mastodon’s words and the variable to fix', async (_, credentials, status, message) => {
    const m = await server();
    const error = await rejection(
      PublishError,
      adapter(m.url, { credentials: { url: m.url, ...credentials } }).publish(request(['x'])),
    );
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).toMatchObject({ status });
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(credentials.accessToken);
  });

  test('404: a reply to a status that does not exist', async () => {
    const m = await server();
    const done = [{ remoteId: '999', url: `${m.url}/@crier/999` }];
    const error = await rejection(PublishError, adapter(m.url).publish(request(['un', 'deux'], { done })));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error).toMatchObject({ status: 404 });
    expect(error.message).toContain('The post you are trying to reply to does not appear to exist.');
  });

  test('422: an empty text', async () => {
    const m = await server();
    const error = await rejection(PublishError, adapter(m.url).publish(request(['   '])));
    expect(error).toMatchObject({ status: 422 });
    expect(error.message).toContain("Validation failed: Text can't be blank");
  });

  test('connection refused: retryable, naming the URL variable', async () => {
    const m = await server();
    const url = m.url;
    await m.close();
    const error = await rejection(PublishError, adapter(url).publish(request(['x'])));
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.message).toMatch(/ECONNREFUSED.*MASTODON_URL/);
  });

  test('a timeout after the create was sent: outcome unknown; on a read: retryable', async () => {
    const m = await server();
    m.state.failNext({ match: /^POST \/api\/v1\/statuses/, kind: 'hang' });
    const a = adapter(m.url, { timeoutMs: 300 });
    expect(await rejection(PublishError, a.publish(request(['x'])))).toBeInstanceOf(OutcomeUnknownError);
    m.state.failNext({ match: /verify_credentials/, kind: 'hang' });
    expect(await rejection(PublishError, a.verify())).toBeInstanceOf(RetryableError);
  });

  test('an abort while the create is in flight: outcome unknown', async () => {
    const m = await server();
    m.state.failNext({ match: /^POST \/api\/v1\/statuses/, kind: 'hang' });
    const controller = new AbortController();
    const publishing = adapter(m.url).publish(request(['x'], { signal: controller.signal }));
    while (!m.state.requests.some((r) => r.method === 'POST')) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    expect(await rejection(PublishError, publishing)).toBeInstanceOf(OutcomeUnknownError);
  });

  test('an abort before posting: retryable, nothing sent', async () => {
    const m = await server();
    const error = await rejection(
      PublishError,
      adapter(m.url).publish(request(['x'], { signal: AbortSignal.abort() })),
    );
    expect(error).toBeInstanceOf(RetryableError);
    expect(m.state.requests).toHaveLength(0);
  });
});

describe('exactly once after a lost answer', () => {
  test('commit then drop: outcome unknown, then the same Idempotency-Key returns the same status', async () => {
    const m = await server();
    const p = await proxy(m);
    p.inject({ match: /^POST \/api\/v1\/statuses/, kind: 'commit-then-drop' });
    const a = adapter(p.url);
    const error = await rejection(PublishError, a.publish(request([TEASER])));
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(m.state.statuses).toHaveLength(1);

    const again = await a.publish(request([TEASER]));
    expect(m.state.statuses).toHaveLength(1);
    expect(again[0]?.remoteId).toBe(m.state.statuses[0]?.id);
    expect(m.state.requests.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey)).toEqual([
      'a1:mastodon:default:0',
      'a1:mastodon:default:0',
    ]);
  });

  test('after the key expired (> 1 h), recover() finds the part on the account’s own statuses', async () => {
    const m = await server();
    const p = await proxy(m);
    p.inject({ match: /^POST \/api\/v1\/statuses/, kind: 'commit-then-drop' });
    const a = adapter(p.url);
    await rejection(PublishError, a.publish(request([TEASER])));
    m.state.advance(61 * 60_000);

    const found = await a.recover(request([TEASER]));
    expect(found).toEqual({ remoteId: m.state.statuses[0]?.id, url: `${m.url}/@crier/${m.state.statuses[0]?.id}` });
    // What the queue does next: the part is done, nothing is posted again.
    const all = await a.publish(request([TEASER], { done: found ? [found] : [] }));
    expect(all).toEqual([found]);
    expect(m.state.statuses).toHaveLength(1);
  });

  test('recover() in a thread looks for the next part replying to the last one done', async () => {
    const m = await server();
    const p = await proxy(m);
    const a = adapter(p.url);
    const texts = ['premier', 'second #IA https://example.org/very/long/path/that/is/shortened/in/html'];
    // Part 1 goes through; the answer to part 2 is lost.
    const done = await a.publish(request(texts.slice(0, 1)));
    p.inject({ match: /^POST \/api\/v1\/statuses/, kind: 'commit-then-drop' });
    expect(await rejection(PublishError, a.publish(request(texts, { done })))).toBeInstanceOf(OutcomeUnknownError);
    m.state.advance(2 * 3_600_000);
    // A status with the same text that is not a reply to part 1 must not be taken for it.
    await adapter(m.url).publish(request([texts[1] ?? ''], { idempotencyKey: 'other' }));

    const found = await a.recover(request(texts, { done }));
    const second = m.state.statuses.find((s) => s.inReplyToId === done[0]?.remoteId);
    expect(found?.remoteId).toBe(second?.id);
  });

  test('reset before forwarding: the client cannot tell, so outcome unknown; recover() says nothing was posted', async () => {
    const m = await server();
    const p = await proxy(m);
    p.inject({ match: /^POST \/api\/v1\/statuses/, kind: 'reset-before' });
    const a = adapter(p.url);
    expect(await rejection(PublishError, a.publish(request(['x'])))).toBeInstanceOf(OutcomeUnknownError);
    expect(m.state.statuses).toHaveLength(0);
    expect(await a.recover(request(['x']))).toBeNull();
    await a.publish(request(['x']));
    expect(m.state.statuses).toHaveLength(1);
  });

  test('a reset on a read is only retryable', async () => {
    const m = await server();
    const p = await proxy(m);
    p.inject({ match: /verify_credentials/, kind: 'reset-before' });
    expect(await rejection(PublishError, adapter(p.url).verify())).toBeInstanceOf(RetryableError);
  });
});

describe('verify()', () => {
  test('answers the account’s handle', async () => {
    const m = await server();
    expect(await adapter(m.url).verify()).toBe(`@crier@${new URL(m.url).host}`);
  });

  test('a wrong token for a named account names that account’s variable', async () => {
    const m = await server();
    const error = await rejection(
      PublishError,
      adapter(m.url, { account: 'news', credentials: { url: m.url, accessToken: 'nope-nope' } }).verify(),
    );
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toMatch(/^mastodon: account "news": the access token was refused \(401/);
    expect(error.message).toContain('check MASTODON_NEWS_ACCESS_TOKEN');
  });
});

test('no secret appears in any error or log line', async () => {
  const m = await server({ statusesPerWindow: 1 });
  const p = await proxy(m);
  let logs = '';
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logs += String(chunk);
      done();
    },
  });
  // No secrets handed to the logger: the adapter itself must not leak the token.
  const logger = createLogger({ level: 'trace', secrets: [], destination });
  const a = adapter(p.url, {
    logger,
    fetchImage: async () => {
      throw new Error('no image today');
    },
  });
  const article = { ...request([]).article, image: { url: 'https://example.org/i.png', alt: 'alt' } };
  const errors: unknown[] = [];
  await a.publish(request(['un'], { article }));
  errors.push(await rejection(PublishError, a.publish(request(['deux'], { idempotencyKey: 'k2' })))); // 429
  p.inject({ match: /^POST/, kind: 'commit-then-drop' });
  errors.push(await rejection(PublishError, a.publish(request(['trois'], { idempotencyKey: 'k3' }))));
  errors.push(
    await rejection(
      PublishError,
      adapter(p.url, { logger, credentials: { url: p.url, accessToken: `${TOKEN}-bad` } }).verify(),
    ),
  );
  for (const error of errors) logger.error({ err: error }, 'publish failed');
  logger.flush();

  const text = `${logs}\n${errors.map((e) => `${String(e)} ${JSON.stringify(e)} ${String((e as Error).cause)}`).join('\n')}`;
  expect(logs).toContain('publish failed');
  expect(text).not.toContain(TOKEN);
  expect(text).not.toMatch(/Bearer/i);
});
