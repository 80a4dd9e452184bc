import { afterEach, describe, expect, test } from '@jest/globals';
import { createRestAPIClient, MastoHttpError, type mastodon } from 'masto';
import sharp from 'sharp';
import { fakeMastodonLength, type MastodonServer, startMastodonServer } from '../../fakes/mastodon-server.js';
import { rejection } from '../../support/rejection.js';

/**
 * The Mastodon fake itself, spoken to by the real masto 8 client on Node 20 (and by plain fetch for
 * what masto never sends, such as form-encoded bodies): it must answer like upstream Mastodon
 * (docs/platforms/mastodon.md), or the adapter's tests prove nothing.
 */

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function fake(options: Parameters<typeof startMastodonServer>[0] = {}): Promise<MastodonServer> {
  const m = await startMastodonServer(options);
  closers.push(() => m.close());
  return m;
}

const client = (m: MastodonServer, accessToken = 'good-token') => createRestAPIClient({ url: m.url, accessToken });
const key = (k: string) => ({ requestInit: { headers: { 'Idempotency-Key': k } } });

const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
    .png()
    .toBuffer();

describe('counting like StatusLengthValidator', () => {
  test.each([
    ['plain ASCII', 'hello', 5],
    ['a scheme URL counts 23 whatever its length', `see https://example.org/${'a'.repeat(100)}`, 4 + 23],
    ['a short scheme URL still counts 23', 'http://a.co', 23],
    ['a bare domain counts literally', 'example.org', 11],
    ['@user@domain counts as @user', 'hi @alice@social.example', 3 + 6],
    ['a ZWJ family is one grapheme', '👨‍👩‍👧‍👦', 1],
    ['a flag is one grapheme', '🇫🇷', 1],
    ['combining marks join their letter', 'e\u0301te\u0301', 3],
  ])('%s', (_, text, length) => {
    expect(fakeMastodonLength(text)).toBe(length);
  });

  test.each([
    [500, 'x'.repeat(500), true],
    [500, 'x'.repeat(501), false],
    [5000, 'é'.repeat(5000), true],
    [5000, 'é'.repeat(5001), false],
  ])('max_characters %i: %#', async (max, text, accepted) => {
    const m = await fake({ maxCharacters: max });
    const posting = client(m).v1.statuses.create({ status: text });
    if (accepted) await expect(posting).resolves.toMatchObject({ id: expect.any(String) });
    else {
      const error = await rejection(MastoHttpError, posting);
      expect([error.statusCode, error.message]).toEqual([
        422,
        `Validation failed: Text character limit of ${max} exceeded`,
      ]);
    }
  });

  test('the spoiler text counts too', async () => {
    const m = await fake({ maxCharacters: 10 });
    const error = await rejection(
      MastoHttpError,
      client(m).v1.statuses.create({ status: 'x'.repeat(6), spoilerText: 'y'.repeat(5) }),
    );
    expect(error.statusCode).toBe(422);
  });
});

describe('POST /api/v1/statuses', () => {
  test('answers a Status with the text rendered as HTML', async () => {
    const m = await fake();
    const status = await client(m).v1.statuses.create({
      status: 'Un <b>titre</b>\n\nhttps://example.org/un/article/assez/long/pour/etre/coupe #Économie',
      language: 'fr',
      visibility: 'unlisted',
    });
    expect(status).toMatchObject({
      language: 'fr',
      visibility: 'unlisted',
      inReplyToId: null,
      account: { username: 'crier', acct: 'crier' },
      tags: [{ name: 'economie' }],
    });
    expect(status.url).toBe(`${m.url}/@crier/${status.id}`);
    expect(status.content).toBe(
      '<p>Un &lt;b&gt;titre&lt;/b&gt;</p><p><a href="https://example.org/un/article/assez/long/pour/etre/coupe" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">https://</span><span class="ellipsis">example.org/un/article/assez/l</span><span class="invisible">ong/pour/etre/coupe</span></a> <a href="' +
        `${m.url}/tags/economie" class="mention hashtag" rel="tag">#<span>Économie</span></a></p>`,
    );
  });

  test('the same Idempotency-Key returns the same status for an hour, per account', async () => {
    const m = await fake({
      accounts: [
        { username: 'crier', token: 'good-token' },
        { username: 'other', token: 'other-token' },
      ],
    });
    const first = await client(m).v1.statuses.create({ status: 'un' }, key('k'));
    const again = await client(m).v1.statuses.create({ status: 'un, modifié' }, key('k'));
    expect(again).toEqual(first);
    const otherAccount = await client(m, 'other-token').v1.statuses.create({ status: 'un' }, key('k'));
    expect(otherAccount.id).not.toBe(first.id);
    m.state.advance(60 * 60_000 + 1);
    const afterAnHour = await client(m).v1.statuses.create({ status: 'un' }, key('k'));
    expect(afterAnHour.id).not.toBe(first.id);
    expect(m.state.statusesOf('crier')).toHaveLength(2);
  });

  test('form-encoded bodies are accepted too (media_ids[] as an array)', async () => {
    const m = await fake({ mediaPollsUntilReady: null });
    const media = await client(m).v2.media.create({ file: new Blob([await png()], { type: 'image/png' }) });
    const body = new URLSearchParams({ status: 'en formulaire', visibility: 'private', 'media_ids[]': media.id });
    const response = await fetch(`${m.url}/api/v1/statuses`, {
      method: 'POST',
      headers: { authorization: 'Bearer good-token', 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ visibility: 'private', media_attachments: [{ id: media.id }] });
  });

  test.each([
    ['empty text without media → 422', { status: ' ' }, 422, "Validation failed: Text can't be blank"],
    [
      'a reply to an unknown status → 404',
      { status: 'x', inReplyToId: '42' },
      404,
      'The post you are trying to reply to does not appear to exist.',
    ],
    [
      'unknown media → 422',
      { status: 'x', mediaIds: ['7'] },
      422,
      'Media with IDs 7 not found or already attached to another post',
    ],
    ['five media → 422', { status: 'x', mediaIds: ['1', '2', '3', '4', '5'] }, 422, 'Cannot attach more than 4 files'],
    [
      'scheduled less than 5 minutes ahead → 422',
      { status: 'x', scheduledAt: new Date(Date.now() + 60_000).toISOString() },
      422,
      'Validation failed: Scheduled at The scheduled date must be in the future',
    ],
  ] as const)('%s', async (_, params, status, message) => {
    const m = await fake();
    const error = await rejection(
      MastoHttpError,
      client(m).v1.statuses.create(params as mastodon.rest.v1.CreateStatusParams),
    );
    expect([error.statusCode, error.message]).toEqual([status, message]);
  });

  test('media still processing cannot be attached (422), and can once ready', async () => {
    const m = await fake({ mediaPollsUntilReady: 1 });
    const masto = client(m);
    const media = await masto.v2.media.create({
      file: new Blob([await png()], { type: 'image/png' }),
      skipPolling: true,
    });
    expect(media.url).toBeNull();
    const error = await rejection(MastoHttpError, masto.v1.statuses.create({ status: 'x', mediaIds: [media.id] }));
    expect([error.statusCode, error.message]).toEqual([
      422,
      'Cannot attach files that have not finished processing. Try again in a moment!',
    ]);
    m.state.mediaPollsUntilReady = 0;
    const poll = () => fetch(`${m.url}/api/v1/media/${media.id}`, { headers: { authorization: 'Bearer good-token' } });
    expect((await poll()).status).toBe(206);
    expect((await poll()).status).toBe(200);
    await expect(masto.v1.statuses.create({ status: 'x', mediaIds: [media.id] })).resolves.toMatchObject({
      mediaAttachments: [{ id: media.id }],
    });
    // Attached once: a second status cannot take it.
    expect(
      (await rejection(MastoHttpError, masto.v1.statuses.create({ status: 'y', mediaIds: [media.id] }))).statusCode,
    ).toBe(422);
  });

  test('scheduled more than 5 minutes ahead: a ScheduledStatus; in the past: posted now', async () => {
    const m = await fake();
    const masto = client(m);
    const at = new Date(Date.now() + 10 * 60_000).toISOString();
    const scheduled = await masto.v1.statuses.create({ status: 'plus tard', scheduledAt: at }, key('s'));
    expect(scheduled).toMatchObject({ scheduledAt: at, params: { text: 'plus tard', idempotency: 's' } });
    expect(m.state.statuses).toHaveLength(0);
    const past = await masto.v1.statuses.create({ status: 'déjà', scheduledAt: '2020-01-01T00:00:00Z' });
    expect(past).toMatchObject({ content: '<p>déjà</p>' });
  });

  test('25 scheduled statuses per day, then 422', async () => {
    const m = await fake();
    const masto = client(m);
    const day = new Date(Date.now() + 2 * 86_400_000);
    day.setUTCHours(12, 0, 0, 0);
    for (let i = 0; i < 25; i++) {
      await masto.v1.statuses.create({
        status: `n${i}`,
        scheduledAt: new Date(day.getTime() + i * 60_000).toISOString(),
      });
    }
    const error = await rejection(
      MastoHttpError,
      masto.v1.statuses.create({ status: 'one more', scheduledAt: day.toISOString() }),
    );
    expect([error.statusCode, error.message]).toEqual([
      422,
      'Validation failed: You have exceeded the limit of 25 scheduled posts for today',
    ]);
  });

  test('300 statuses per 3 h: then 429 with X-RateLimit-Reset as ISO-8601 at the window’s end', async () => {
    const m = await fake({ statusesPerWindow: 2 });
    const masto = client(m);
    const ok = await masto.v1.statuses.create.$raw({ status: 'un' });
    expect(ok.headers.get('x-ratelimit-remaining')).toBe('1');
    await masto.v1.statuses.create({ status: 'deux' });
    const error = await rejection(MastoHttpError, masto.v1.statuses.create({ status: 'trois' }));
    expect([error.statusCode, error.message]).toEqual([429, 'Too many requests']);
    const headers = (error.cause as Response).headers;
    expect(headers.get('x-ratelimit-remaining')).toBe('0');
    const window = 3 * 3_600_000;
    const reset = new Date((Math.floor(m.state.now() / window) + 1) * window).toISOString().replace('Z', '000Z');
    expect(headers.get('x-ratelimit-reset')).toBe(reset);
    m.state.advance(window);
    await expect(masto.v1.statuses.create({ status: 'trois' })).resolves.toMatchObject({ content: '<p>trois</p>' });
  });
});

describe('auth, instance, accounts, media', () => {
  test.each([
    ['no token', undefined],
    ['a wrong token', 'nope'],
  ])('%s → 401 The access token is invalid', async (_, token) => {
    const m = await fake();
    const masto = createRestAPIClient({ url: m.url, accessToken: token });
    const error = await rejection(MastoHttpError, masto.v1.accounts.verifyCredentials());
    expect([error.statusCode, error.message]).toEqual([401, 'The access token is invalid']);
  });

  test('a read-only token cannot post: 403', async () => {
    const m = await fake({ accounts: [{ username: 'r', token: 'ro', scopes: ['read'] }] });
    const error = await rejection(MastoHttpError, client(m, 'ro').v1.statuses.create({ status: 'x' }));
    expect([error.statusCode, error.message]).toEqual([403, 'This action is outside the authorized scopes']);
  });

  test('/api/v2/instance carries the configured limits, in camelCase through masto', async () => {
    const m = await fake({ maxCharacters: 5000, charactersReservedPerUrl: 23 });
    const instance = await client(m).v2.instance.fetch();
    expect(instance.configuration.statuses).toEqual({
      maxCharacters: 5000,
      maxMediaAttachments: 4,
      charactersReservedPerUrl: 23,
    });
    expect(instance.configuration.mediaAttachments).toMatchObject({ imageSizeLimit: 16 * 1024 * 1024 });
  });

  test('an account’s statuses come newest first, paginated by Link', async () => {
    const m = await fake();
    const masto = client(m);
    for (const status of ['un', 'deux', 'trois']) await masto.v1.statuses.create({ status });
    const me = await masto.v1.accounts.verifyCredentials();
    const pages: string[][] = [];
    for await (const page of masto.v1.accounts.$select(me.id).statuses.list({ limit: 2 })) {
      pages.push(page.map((s) => s.content));
      if (pages.length > 3) break;
    }
    expect(pages).toEqual([['<p>trois</p>', '<p>deux</p>'], ['<p>un</p>'], []]);
  });

  test('masto’s media upload polls 206 until 200 and returns the ready attachment', async () => {
    const m = await fake({ mediaPollsUntilReady: 1 });
    const media = await client(m).v2.media.create({
      file: new Blob([await png()], { type: 'image/png' }),
      description: 'un carré noir',
    });
    expect(media).toMatchObject({
      type: 'image',
      description: 'un carré noir',
      url: expect.stringContaining(media.id),
    });
    expect(m.state.requests.map((r) => r.status)).toEqual([202, 206, 200]);
  });

  test.each([
    [
      'a type the instance does not take',
      { type: 'image/bmp' },
      'Validation failed: File content type is invalid, File is invalid',
    ],
    [
      'bytes that are not an image',
      { type: 'image/png', bytes: 'not a png' },
      'Validation failed: File has contents that are not what they are reported to be',
    ],
  ])('media: %s → 422', async (_, file, message) => {
    const m = await fake();
    const bytes = 'bytes' in file ? new TextEncoder().encode(file.bytes) : await png();
    const error = await rejection(
      MastoHttpError,
      client(m).v2.media.create({ file: new Blob([bytes], { type: file.type }), skipPolling: true }),
    );
    expect([error.statusCode, error.message]).toEqual([422, message]);
  });

  test('30 media uploads per 30 min, then 429', async () => {
    const m = await fake({ mediaPerWindow: 1, mediaPollsUntilReady: null });
    const masto = client(m);
    const file = new Blob([await png()], { type: 'image/png' });
    await masto.v2.media.create({ file });
    const error = await rejection(MastoHttpError, masto.v2.media.create({ file }));
    expect(error.statusCode).toBe(429);
    expect((error.cause as Response).headers.get('x-ratelimit-reset')).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/,
    );
  });
});
