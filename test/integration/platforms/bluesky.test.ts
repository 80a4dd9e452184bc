import { AtpAgent, RichText } from '@atproto/api';
import { describe, expect, test } from '@jest/globals';
import sharp from 'sharp';
import { createLogger } from '../../../src/log.js';
import type { PublishedPart, PublishRequest } from '../../../src/platforms/adapter.js';
import { type BlueskyAdapterOptions, createBlueskyAdapter } from '../../../src/platforms/bluesky/adapter.js';
import type { BlueskyFacet, BlueskyPart } from '../../../src/platforms/bluesky/part.js';
import { sessionKey } from '../../../src/platforms/bluesky/session.js';
import { isTid } from '../../../src/platforms/bluesky/tid.js';
import {
  OutcomeUnknownError,
  PermanentError,
  PublishError,
  RateLimitedError,
  RetryableError,
} from '../../../src/platforms/errors.js';
import { type FaultProxy, startFaultProxy } from '../../fakes/fault-proxy.js';
import { createPdsAccount, type PdsAccount, testPdsUrl, uniquePrefix } from '../../support/env.js';
import { rejection } from '../../support/rejection.js';
import { closingAfterEach, testRedis } from '../../support/resources.js';

/**
 * The Bluesky adapter through the real @atproto/api client against the real reference PDS started by
 * the global setup, optionally behind the fault proxy. Each test has its own PDS account and Redis prefix.
 * Records are read back with com.atproto.repo.* (public reads, no login).
 */

const PUT = /^POST \/xrpc\/com\.atproto\.repo\.putRecord/;
const CREATE_SESSION = /com\.atproto\.server\.createSession/;

const redis = testRedis();
const closeAfter = closingAfterEach();
const reader = () => new AtpAgent({ service: testPdsUrl() });

async function proxy(): Promise<FaultProxy> {
  const p = await startFaultProxy(testPdsUrl());
  closeAfter(() => p.close());
  return p;
}

/** Log lines captured as text, to prove no secret is ever written. */
function capture() {
  const lines: string[] = [];
  const logger = createLogger({
    level: 'debug',
    secrets: [],
    destination: { write: (line: string) => lines.push(line) },
  });
  return { logger, text: () => lines.join('') };
}

/** A photo-like JPEG: noise, upscaled when large (generating noise at full size is slow). */
async function jpeg(width: number, height: number, quality = 80): Promise<Uint8Array> {
  const scale = Math.max(1, width / 600);
  const noise = { type: 'gaussian' as const, mean: 128, sigma: 60 };
  const base = { width: Math.round(width / scale), height: Math.round(height / scale), channels: 3 as const };
  const png = await sharp({ create: { ...base, background: '#808080', noise } })
    .png()
    .toBuffer();
  const bytes = await sharp(png).resize(width, height, { kernel: 'cubic' }).jpeg({ quality }).toBuffer();
  return new Uint8Array(bytes);
}

function adapter(account: PdsAccount, extra: Partial<BlueskyAdapterOptions> & { service?: string } = {}) {
  const { service = account.service, ...rest } = extra;
  return createBlueskyAdapter({
    account: 'default',
    credentials: { service, identifier: account.identifier, password: account.password },
    redis,
    prefix: uniquePrefix('bsky'),
    timeoutMs: 5_000,
    // The image's own tries (src/platforms/optional-image.ts) without their real pauses.
    imageRetryDelayMs: 1,
    ...rest,
  });
}

/** The Redis key of the account's session. */
function keyOf(account: PdsAccount, prefix: string, service = account.service): string {
  return sessionKey({ keyBase: `${prefix}:bluesky:default`, service, identifier: account.identifier });
}

/** A part as the teaser engine makes it: facets at UTF-8 byte offsets (computed here with RichText). */
function part(text: string, extra: Partial<BlueskyPart> = {}): BlueskyPart {
  const rt = new RichText({ text });
  rt.detectFacetsWithoutResolution();
  const facets = (rt.facets ?? []) as unknown as BlueskyFacet[];
  return { text, length: rt.graphemeLength, limit: 300, facets, langs: ['fr'], ...extra };
}

const ARTICLE = {
  id: 'coop-2026',
  url: 'https://example.com/a?b=1',
  title: 'La coopération, mode d’emploi',
  lang: 'fr',
  summary: 'Pourquoi les coopératives tiennent mieux les crises.',
  image: { url: 'https://img.example.com/coop.jpg', alt: 'Une assemblée' },
};
const EMBED = {
  $type: 'app.bsky.embed.external' as const,
  external: { uri: ARTICLE.url, title: ARTICLE.title, description: ARTICLE.summary },
};

function request(parts: BlueskyPart[], extra: Partial<PublishRequest<'bluesky'>> = {}): PublishRequest<'bluesky'> {
  return { article: ARTICLE, parts, idempotencyKey: `job-${uniquePrefix('k')}`, done: [], ...extra };
}

function rkeyOf(uri: string): string {
  return uri.split('/').pop() ?? '';
}

interface Thumb {
  ref: { toString(): string };
  mimeType: string;
  size: number;
}
interface PostValue {
  text: string;
  langs?: string[];
  createdAt: string;
  facets?: Array<{ index: { byteStart: number; byteEnd: number }; features: Array<Record<string, string>> }>;
  embed?: { $type: string; external: { uri: string; title: string; description: string; thumb?: Thumb } };
  reply?: unknown;
}

async function getPost(account: PdsAccount, uri: string): Promise<{ uri: string; cid: string; value: PostValue }> {
  const { data } = await reader().com.atproto.repo.getRecord({
    repo: account.did,
    collection: 'app.bsky.feed.post',
    rkey: rkeyOf(uri),
  });
  return { uri: data.uri, cid: data.cid ?? '', value: data.value as unknown as PostValue };
}

async function listPosts(account: PdsAccount) {
  const { data } = await reader().com.atproto.repo.listRecords({
    repo: account.did,
    collection: 'app.bsky.feed.post',
    limit: 100,
  });
  return data.records;
}

async function latestRev(account: PdsAccount): Promise<string> {
  const { data } = await reader().com.atproto.sync.getLatestCommit({ did: account.did });
  return data.rev;
}

async function getBlob(account: PdsAccount, cid: string): Promise<Uint8Array> {
  const { data } = await reader().com.atproto.sync.getBlob({ did: account.did, cid });
  return data;
}

function slice(text: string, facet: { index: { byteStart: number; byteEnd: number } }): string {
  return Buffer.from(text, 'utf8').subarray(facet.index.byteStart, facet.index.byteEnd).toString('utf8');
}

describe('publishing to the real PDS', () => {
  test('a single post keeps its text, link and tag facets, langs and a link card with the article image', async () => {
    const account = await createPdsAccount();
    const image = await jpeg(600, 315);
    const fetched: string[] = [];
    const bsky = adapter(account, {
      fetchImage: async (url) => {
        fetched.push(url);
        return { bytes: image, mimeType: 'image/jpeg' };
      },
    });
    const text = 'Les coopératives 🇫🇷 tiennent mieux les crises. #Coopération #économie https://example.com/a?b=1';
    const posted: Array<[number, PublishedPart]> = [];
    const [first, ...more] = await bsky.publish(
      request([part(text, { embed: EMBED, langs: ['fr', 'en'] })], { onPosted: (i, p) => void posted.push([i, p]) }),
    );

    expect(more).toEqual([]);
    expect(first).toBeDefined();
    if (!first) return;
    expect(posted).toEqual([[0, first]]);
    expect(fetched).toEqual([ARTICLE.image.url]);
    expect(first.remoteId).toMatch(new RegExp(`^at://${account.did}/app\\.bsky\\.feed\\.post/`));
    expect(isTid(rkeyOf(first.remoteId))).toBe(true);
    expect(first.url).toBe(`https://bsky.app/profile/${account.did}/post/${rkeyOf(first.remoteId)}`);

    const record = await getPost(account, first.remoteId);
    expect(record.cid).toBe(first.cid);
    const value = record.value;
    expect(value.text).toBe(text);
    expect(value.langs).toEqual(['fr', 'en']);
    expect(Number.isNaN(Date.parse(value.createdAt))).toBe(false);
    expect(value.facets?.map((f) => [slice(text, f), f.features[0]])).toEqual([
      ['#Coopération', { $type: 'app.bsky.richtext.facet#tag', tag: 'Coopération' }],
      ['#économie', { $type: 'app.bsky.richtext.facet#tag', tag: 'économie' }],
      ['https://example.com/a?b=1', { $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/a?b=1' }],
    ]);
    expect(value.embed?.$type).toBe('app.bsky.embed.external');
    expect(value.embed?.external).toMatchObject(EMBED.external);
    const thumb = value.embed?.external.thumb;
    if (!thumb) throw new Error('no thumb');
    expect(thumb.mimeType).toBe('image/jpeg');
    // A small upright JPEG goes up unchanged.
    expect(thumb.size).toBe(image.byteLength);
    expect((await getBlob(account, thumb.ref.toString())).byteLength).toBe(image.byteLength);
  });

  test('a large image is downscaled under 1,000,000 bytes and 2000 px before upload', async () => {
    const account = await createPdsAccount();
    const image = await jpeg(3000, 2000, 95);
    expect(image.byteLength).toBeGreaterThan(1_000_000);
    const bsky = adapter(account, { fetchImage: async () => ({ bytes: image, mimeType: 'image/jpeg' }) });
    const [first] = await bsky.publish(request([part('Grande image https://example.com/a?b=1', { embed: EMBED })]));
    if (!first) throw new Error('nothing posted');

    const thumb = (await getPost(account, first.remoteId)).value.embed?.external.thumb;
    if (!thumb) throw new Error('no thumb');
    expect(thumb.size).toBeLessThanOrEqual(1_000_000);
    const meta = await sharp(await getBlob(account, thumb.ref.toString())).metadata();
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(2000);
    expect(meta.width / meta.height).toBeCloseTo(1.5, 2);
  });

  test('an image that cannot be fetched leaves a card without thumb, not a failed post', async () => {
    const account = await createPdsAccount();
    const bsky = adapter(account, {
      fetchImage: async () => {
        throw new Error('404 from the image host');
      },
    });
    const [first] = await bsky.publish(request([part('Sans image', { embed: EMBED })]));
    if (!first) throw new Error('nothing posted');
    expect((await getPost(account, first.remoteId)).value.embed?.external).toEqual(EMBED.external);
  });

  test('a thread replies to its root and to the part before', async () => {
    const account = await createPdsAccount();
    const bsky = adapter(account);
    const parts = [
      part('1/3 début #fil', { embed: EMBED }),
      part('2/3 milieu'),
      part('3/3 fin https://example.com/a?b=1'),
    ];
    const thread = await bsky.publish(request(parts));
    expect(thread).toHaveLength(3);
    const [root, second, third] = thread;
    if (!root || !second || !third) return;
    const ref = (p: PublishedPart) => ({ uri: p.remoteId, cid: p.cid });

    const replies = await Promise.all(thread.map(async (p) => (await getPost(account, p.remoteId)).value.reply));
    expect(replies).toEqual([
      undefined,
      { root: ref(root), parent: ref(root) },
      { root: ref(root), parent: ref(second) },
    ]);
    // Record keys are TIDs that sort in thread order.
    const keys = thread.map((p) => rkeyOf(p.remoteId));
    expect(keys.every(isTid)).toBe(true);
    expect([...keys].sort()).toEqual(keys);
  });

  test('a half-posted thread resumes after `done`, replying to the parts already there', async () => {
    const account = await createPdsAccount();
    const bsky = adapter(account);
    const parts = [part('1/2 #fil'), part('2/2 suite')];
    const base = request(parts);
    const [root] = await bsky.publish({ ...base, parts: parts.slice(0, 1) });
    if (!root) throw new Error('nothing posted');
    // The ledger may hold a part without its CID: it is read back to build the reply.
    const thread = await bsky.publish({ ...base, done: [{ remoteId: root.remoteId, url: root.url }] });
    expect(thread).toHaveLength(2);
    const reply = (await getPost(account, thread[1]?.remoteId ?? '')).value.reply;
    expect(reply).toEqual({
      root: { uri: root.remoteId, cid: root.cid },
      parent: { uri: root.remoteId, cid: root.cid },
    });
    expect(await listPosts(account)).toHaveLength(2);
  });

  test('publishing the same request again creates nothing: same records, no new commit', async () => {
    const account = await createPdsAccount();
    const image = await jpeg(400, 300);
    const options = { fetchImage: async () => ({ bytes: image, mimeType: 'image/jpeg' }) };
    const again = request([part('Une fois #seulement', { embed: EMBED }), part('suite')]);
    const first = await adapter(account, options).publish(again);
    const rev = await latestRev(account);

    // Another adapter instance (another worker) with the same Redis prefix and the same request.
    const prefix = uniquePrefix('bsky');
    const a = adapter(account, { ...options, prefix });
    const b = adapter(account, { ...options, prefix });
    const once = await a.publish(again);
    const twice = await b.publish(again);
    expect(once.map((p) => p.remoteId)).toHaveLength(2);
    expect(twice).toEqual(once);
    expect(await listPosts(account)).toHaveLength(4);
    expect(first.map((p) => p.remoteId)).not.toEqual(once.map((p) => p.remoteId));

    // Same adapter, same prefix, same key: the read-back finds each part and writes nothing.
    const revBefore = await latestRev(account);
    expect(await a.publish(again)).toEqual(once);
    expect(await latestRev(account)).toBe(revBefore);
    expect(rev).not.toBe(revBefore);
  });
});

describe('the session', () => {
  test('is created once, stored in Redis, and reused by a second adapter (no second createSession)', async () => {
    const account = await createPdsAccount();
    const p = await proxy();
    const prefix = uniquePrefix('bsky');
    const first = adapter(account, { service: p.url, prefix });
    await first.publish(request([part('premier')]));
    const stored = JSON.parse((await redis.get(keyOf(account, prefix, p.url))) ?? '{}') as { did?: string };
    expect(stored.did).toBe(account.did);

    const second = adapter(account, { service: p.url, prefix });
    await second.publish(request([part('second')]));
    expect(p.requests.filter((r) => CREATE_SESSION.test(r.path))).toHaveLength(1);
    expect(p.requests.filter((r) => PUT.test(`${r.method} ${r.path}`))).toHaveLength(2);
  });

  test('another identifier for the same account name never reuses the stored session', async () => {
    const [one, two] = await Promise.all([createPdsAccount(), createPdsAccount()]);
    const prefix = uniquePrefix('bsky');
    await adapter(one, { prefix }).verify();
    // The operator points account "default" at another Bluesky account: posts must go there.
    const [posted] = await adapter(two, { prefix }).publish(request([part('chez le bon compte')]));
    expect(posted?.remoteId).toContain(two.did);
    expect(await listPosts(one)).toHaveLength(0);
  });

  test('workers starting together log in once (the Redis lock)', async () => {
    const account = await createPdsAccount();
    const p = await proxy();
    const prefix = uniquePrefix('bsky');
    const workers = [1, 2, 3].map(() => adapter(account, { service: p.url, prefix }));
    const handles = await Promise.all(workers.map((w) => w.verify()));
    expect(handles).toEqual([account.identifier, account.identifier, account.identifier]);
    expect(p.requests.filter((r) => CREATE_SESSION.test(r.path))).toHaveLength(1);
  });

  test('an expired access token is refreshed (rotated tokens stored), not replaced by a login', async () => {
    const account = await createPdsAccount();
    const p = await proxy();
    const prefix = uniquePrefix('bsky');
    const key = keyOf(account, prefix, p.url);
    await adapter(account, { service: p.url, prefix }).verify();
    const saved = JSON.parse((await redis.get(key)) ?? '{}') as { accessJwt: string; refreshJwt: string };
    // Make the stored access token look expired (its signature no longer matters: it is never sent).
    const [header, , signature] = saved.accessJwt.split('.');
    const payload = Buffer.from(JSON.stringify({ exp: Math.floor(Date.now() / 1000) - 10 })).toString('base64url');
    await redis.set(key, JSON.stringify({ ...saved, accessJwt: `${header}.${payload}.${signature}` }));

    await adapter(account, { service: p.url, prefix }).publish(request([part('après refresh')]));
    const paths = p.requests.map((r) => r.path.split('?')[0]);
    expect(paths.filter((x) => CREATE_SESSION.test(x ?? ''))).toHaveLength(1);
    expect(paths.filter((x) => x?.endsWith('com.atproto.server.refreshSession'))).toHaveLength(1);
    const rotated = JSON.parse((await redis.get(key)) ?? '{}') as { refreshJwt: string };
    expect(rotated.refreshJwt).not.toBe(saved.refreshJwt);
  });

  test('workers sharing Redis refresh once: the second adopts the tokens the first rotated', async () => {
    const account = await createPdsAccount();
    const p = await proxy();
    const prefix = uniquePrefix('bsky');
    const [a, b] = [1, 2].map(() => adapter(account, { service: p.url, prefix }));
    if (!a || !b) return;
    await a.verify();
    await b.verify();
    // Access tokens carry their issue time in seconds: one refreshed in the second of the login is identical
    // to it, and the library would not replay the call with it. Real expiry comes hours later.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // The PDS says "expired" to each worker once, as it would after two hours.
    const expired = { error: 'ExpiredToken', message: 'Token has expired' };
    p.inject({ match: PUT, kind: 'status', status: 400, body: expired });
    await a.publish(request([part('de A')]));
    p.inject({ match: PUT, kind: 'status', status: 400, body: expired });
    await b.publish(request([part('de B')]));

    const count = (name: string) => p.requests.filter((r) => r.path.includes(name)).length;
    expect(count('com.atproto.server.createSession')).toBe(1);
    expect(count('com.atproto.server.refreshSession')).toBe(1);
    expect(await listPosts(account)).toHaveLength(2);
  });

  test('a refused session in Redis is replaced by a fresh login', async () => {
    const account = await createPdsAccount();
    const prefix = uniquePrefix('bsky');
    const key = keyOf(account, prefix);
    await adapter(account, { prefix }).verify();
    const saved = JSON.parse((await redis.get(key)) ?? '{}') as Record<string, string>;
    await redis.set(key, JSON.stringify({ ...saved, refreshJwt: 'not-a-token', accessJwt: 'x.eyJleHAiOjF9.y' }));
    const [posted] = await adapter(account, { prefix }).publish(request([part('reconnecté')]));
    expect(posted?.remoteId).toContain(account.did);
  });
});

describe('failures, classified', () => {
  test('wrong credentials: PermanentError naming the variables, never the password', async () => {
    const account = await createPdsAccount();
    const wrong = { ...account, password: 'wrong-password-do-not-show' };
    const error = await rejection(PublishError, adapter(wrong).verify());
    expect(error).toBeInstanceOf(PermanentError);
    expect((error as PermanentError).status).toBe(401);
    expect(error.message).toMatch(/account "default".*BLUESKY_IDENTIFIER and BLUESKY_APP_PASSWORD/);
    expect(error.message).not.toContain(wrong.password);
  });

  test('text over 300 graphemes: the PDS refuses it, PermanentError with its message', async () => {
    const account = await createPdsAccount();
    const long = 'é'.repeat(301);
    const error = await rejection(PublishError, adapter(account).publish(request([part(long)])));
    expect(error).toBeInstanceOf(PermanentError);
    expect((error as PermanentError).status).toBe(400);
    expect(error.message).toMatch(/Invalid app\.bsky\.feed\.post record: grapheme too big \(maximum 300, got 301\)/);
    expect(await listPosts(account)).toHaveLength(0);
  });

  test('commit then drop: OutcomeUnknownError, then recover finds the post and publishing again adds nothing', async () => {
    const account = await createPdsAccount();
    const p = await proxy();
    const bsky = adapter(account, { service: p.url });
    const req = request([part('Une seule fois #exactement', { embed: EMBED }), part('2/2')]);
    p.inject({ match: PUT, kind: 'commit-then-drop' });
    const error = await rejection(PublishError, bsky.publish(req));
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(await listPosts(account)).toHaveLength(1);

    const found = await bsky.recover(req);
    expect(found?.remoteId).toBe((await listPosts(account))[0]?.uri);
    const thread = await bsky.publish({ ...req, done: found ? [found] : [] });
    expect(thread[0]).toEqual(found);
    expect(await listPosts(account)).toHaveLength(2);
    // And once more from scratch, as a queue retry without the ledger's help would do.
    expect(await bsky.publish(req)).toEqual(thread);
    expect(await listPosts(account)).toHaveLength(2);
  });

  test('commit then drop, retried without recover: still exactly one post', async () => {
    const account = await createPdsAccount();
    const p = await proxy();
    const bsky = adapter(account, { service: p.url });
    const req = request([part('Encore une fois')]);
    p.inject({ match: PUT, kind: 'commit-then-drop' });
    expect(await rejection(PublishError, bsky.publish(req))).toBeInstanceOf(OutcomeUnknownError);
    const [posted] = await bsky.publish(req);
    expect((await listPosts(account)).map((r) => r.uri)).toEqual([posted?.remoteId]);
  });

  test('no answer in time after the write was sent: OutcomeUnknownError, and still exactly one post', async () => {
    const account = await createPdsAccount();
    const p = await proxy();
    const bsky = adapter(account, { service: p.url, timeoutMs: 1_000 });
    await bsky.verify();
    const req = request([part('Lent mais unique')]);
    // The proxy holds the write for 2 s, then forwards it: the PDS commits after the client gave up.
    p.inject({ match: PUT, kind: 'latency', delayMs: 2_000 });
    const error = await rejection(PublishError, bsky.publish(req));
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.message).toContain('no answer in time');

    // Retry at once, racing the late write: either way one post, at the planned key.
    const [posted] = await bsky.publish(req);
    while (p.requests.filter((r) => PUT.test(`${r.method} ${r.path}`) && r.status !== undefined).length < 2) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await listPosts(account)).map((r) => r.uri)).toEqual([posted?.remoteId]);
  });

  test('a cancelled request stops before the next part; the ledger failing after a post is retryable', async () => {
    const account = await createPdsAccount();
    const bsky = adapter(account);
    const controller = new AbortController();
    controller.abort(new Error('worker shutting down'));
    const cancelled = await rejection(
      PublishError,
      bsky.publish(request([part('annulé')], { signal: controller.signal })),
    );
    expect(cancelled).toBeInstanceOf(RetryableError);
    expect(await listPosts(account)).toHaveLength(0);

    const req = request([part('1/2'), part('2/2')]);
    const ledgerDown = await rejection(
      PublishError,
      bsky.publish({
        ...req,
        onPosted: () => {
          throw new Error('ledger unavailable');
        },
      }),
    );
    expect(ledgerDown).toBeInstanceOf(RetryableError);
    expect(ledgerDown.message).toContain('ledger unavailable');
    // The retry finds part 1 where the first attempt put it and carries on.
    const thread = await bsky.publish(req);
    expect(thread).toHaveLength(2);
    expect(await listPosts(account)).toHaveLength(2);
  });

  test('a record key already holding another post is never claimed nor overwritten', async () => {
    const account = await createPdsAccount();
    const p = await proxy();
    const prefix = uniquePrefix('bsky');
    const bsky = adapter(account, { service: p.url, prefix });
    const [theirs] = await bsky.publish(request([part('le texte')]));
    if (!theirs) throw new Error('nothing posted');
    /** A request whose stored plan (as an earlier attempt would leave it) points at that record's key. */
    const aimedAt = async (text: string) => {
      const req = request([part(text)]);
      const plan = { rkey: rkeyOf(theirs.remoteId), createdAt: '2026-01-01T00:00:00.000Z' };
      await redis.set(`${prefix}:bluesky:default:rkey:${req.idempotencyKey}:0`, JSON.stringify(plan));
      return req;
    };
    const notFound = { error: 'RecordNotFound', message: 'Could not locate record' };

    // Read back before writing: another text there is not ours.
    const other = await aimedAt('un autre texte');
    const error = await rejection(PublishError, bsky.publish(other));
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toContain(`another post already holds record key ${rkeyOf(theirs.remoteId)}`);
    expect(await bsky.recover(other)).toBeNull();

    // The read missed it (a race with another worker): putRecord answers InvalidSwap, and the text decides.
    p.inject({ match: /getRecord/, kind: 'status', status: 400, body: notFound });
    expect(await rejection(PublishError, bsky.publish(await aimedAt('encore un autre')))).toBeInstanceOf(
      PermanentError,
    );
    p.inject({ match: /getRecord/, kind: 'status', status: 400, body: notFound });
    expect(await bsky.publish(await aimedAt('le texte'))).toEqual([theirs]);

    expect((await listPosts(account)).map((r) => r.uri)).toEqual([theirs.remoteId]);
    expect(p.requests.filter((r) => r.status === 400 && PUT.test(`${r.method} ${r.path}`))).toHaveLength(2);
  });

  test('reset before the write reached the PDS: outcome unknown, recover finds nothing, publish posts once', async () => {
    const account = await createPdsAccount();
    const p = await proxy();
    const bsky = adapter(account, { service: p.url });
    const req = request([part('Pas encore')]);
    p.inject({ match: PUT, kind: 'reset-before' });
    expect(await rejection(PublishError, bsky.publish(req))).toBeInstanceOf(OutcomeUnknownError);
    expect(await bsky.recover(req)).toBeNull();
    await bsky.publish(req);
    expect(await listPosts(account)).toHaveLength(1);
  });

  test('the check before a write tries a dropped or refused read again within the attempt (chaos run, issue 14)', async () => {
    const account = await createPdsAccount();
    const p = await proxy();
    const bsky = adapter(account, { service: p.url });
    const GET_RECORD = /getRecord/;
    // An attempt planned its key and its write was lost before reaching the PDS: the next attempt checks that key.
    const lost = request([part('Pas perdu')]);
    p.inject({ match: PUT, kind: 'reset-before' });
    expect(await rejection(PublishError, bsky.publish(lost))).toBeInstanceOf(OutcomeUnknownError);
    p.inject({ match: GET_RECORD, kind: 'reset-before' });
    p.inject({ match: GET_RECORD, kind: 'commit-then-drop' });
    p.inject({ match: GET_RECORD, kind: 'status', status: 503, body: { error: 'chaos' } });
    p.inject({ match: GET_RECORD, kind: 'status', status: 429, headers: { 'retry-after': '0' }, body: {} });
    const [posted] = await bsky.publish(lost);
    expect((await listPosts(account)).map((r) => r.uri)).toEqual([posted?.remoteId]);

    // An attempt whose write landed but whose answer was lost: the check finds it, however flaky the reads.
    const landed = request([part('Déjà là')]);
    p.inject({ match: PUT, kind: 'commit-then-drop' });
    expect(await rejection(PublishError, bsky.publish(landed))).toBeInstanceOf(OutcomeUnknownError);
    p.inject({ match: GET_RECORD, kind: 'reset-before', times: 2 });
    const puts = p.requests.filter((r) => PUT.test(`${r.method} ${r.path}`)).length;
    const [found] = await bsky.publish(landed);
    expect(p.requests.filter((r) => PUT.test(`${r.method} ${r.path}`))).toHaveLength(puts);
    expect(await listPosts(account)).toHaveLength(2);
    expect(found?.remoteId).not.toBe(posted?.remoteId);

    // A read that keeps failing still ends the attempt, retryable, after a few tries (not forever).
    p.inject({ match: GET_RECORD, kind: 'reset-before', times: 10 });
    const seen = p.requests.length;
    expect(await rejection(PublishError, bsky.recover(landed))).toBeInstanceOf(RetryableError);
    expect(p.requests.length - seen).toBe(5);
    p.clear();
  });

  test('network failures on reads, and a refused connection, are retryable', async () => {
    const account = await createPdsAccount();
    const p = await proxy();
    const bsky = adapter(account, { service: p.url });
    p.inject({ match: CREATE_SESSION, kind: 'reset-before' });
    expect(await rejection(PublishError, bsky.verify())).toBeInstanceOf(RetryableError);

    const closed = await startFaultProxy(testPdsUrl());
    const deadUrl = closed.url;
    await closed.close();
    const dead = adapter(account, { service: deadUrl });
    const error = await rejection(PublishError, dead.publish(request([part('jamais')])));
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  test.each([
    ['503 on the write', PUT, 503, {}, RetryableError],
    ['500 on the login', CREATE_SESSION, 500, {}, RetryableError],
  ])('%s: RetryableError', async (_name, match, status, headers, expected) => {
    const account = await createPdsAccount();
    const p = await proxy();
    const bsky = adapter(account, { service: p.url });
    p.inject({ match, kind: 'status', status, headers, body: { error: 'InternalServerError', message: 'boom' } });
    const error = await rejection(PublishError, bsky.publish(request([part('5xx', { embed: EMBED })])));
    expect(error).toBeInstanceOf(expected);
    expect(error.message).toContain(String(status));
    expect(await listPosts(account)).toHaveLength(0);
  });

  // The upload is one request, sent up to 4 times on its own; the whole step is tried 3 times.
  const BAD_GATEWAY = { kind: 'status', status: 502, body: { error: 'InternalServerError' } } as const;
  test.each([
    { label: '3 × 502', fault: BAD_GATEWAY, times: 3, thumb: true, sends: 4, notes: [] },
    {
      label: '3 answers lost after the PDS stored the blob',
      fault: { kind: 'commit-then-drop' },
      times: 3,
      thumb: true,
      sends: 4,
      notes: [],
    },
    {
      label: 'a 429 resetting within 2 s',
      fault: {
        kind: 'status',
        status: 429,
        headers: () => ({ 'ratelimit-remaining': '0', 'ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) }),
        body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
      },
      times: 1,
      thumb: true,
      sends: 2,
      notes: [],
    },
    {
      label: 'a 502 on every send (4 sends × 3 tries)',
      fault: BAD_GATEWAY,
      times: 12,
      thumb: false,
      sends: 12,
      notes: [expect.stringMatching(/^image dropped: uploading: .*502/)],
    },
    {
      label: 'the PDS refuses the blob (400)',
      fault: { kind: 'status', status: 400, body: { error: 'InvalidRequest', message: 'bad blob' } },
      times: 1,
      thumb: false,
      sends: 1,
      notes: [expect.stringMatching(/^image dropped: uploading: .*bad blob/)],
    },
  ] as const)(
    '$label on the image upload: the post goes out, thumb $thumb',
    async ({ fault, times, thumb, sends, notes }) => {
      const account = await createPdsAccount();
      const p = await proxy();
      const bsky = adapter(account, {
        service: p.url,
        fetchImage: async () => ({ bytes: await jpeg(200, 200), mimeType: 'image/jpeg' }),
      });
      p.inject({ match: /uploadBlob/, ...fault, times });
      const noted: string[] = [];
      const [posted] = await bsky.publish(
        request([part('avec ou sans image', { embed: EMBED })], { note: (n) => noted.push(n) }),
      );
      const value = (await getPost(account, posted?.remoteId ?? '')).value;
      expect(value.embed?.external.thumb !== undefined).toBe(thumb);
      expect(p.requests.filter((r) => r.path.includes('uploadBlob'))).toHaveLength(sends);
      expect(noted).toEqual(notes);
    },
  );

  test('429 with RateLimit-Reset: RateLimitedError until that Unix second', async () => {
    const account = await createPdsAccount();
    const p = await proxy();
    const bsky = adapter(account, { service: p.url });
    const reset = Math.floor(Date.now() / 1000) + 1800;
    p.inject({
      match: PUT,
      kind: 'status',
      status: 429,
      headers: {
        'RateLimit-Limit': '5000',
        'RateLimit-Remaining': '0',
        'RateLimit-Reset': String(reset),
        'RateLimit-Policy': '5000;w=3600',
        'Retry-After': '1800',
      },
      body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
    });
    const error = await rejection(PublishError, bsky.publish(request([part('trop')])));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).resetAt).toEqual(new Date(reset * 1000));
    expect(error.message).toContain('Rate Limit Exceeded');
  });

  test('429 with only Retry-After: RateLimitedError that many seconds later', async () => {
    const account = await createPdsAccount();
    const p = await proxy();
    const bsky = adapter(account, { service: p.url });
    p.inject({
      match: CREATE_SESSION,
      kind: 'status',
      status: 429,
      headers: { 'Retry-After': '300' },
      body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
    });
    const before = Date.now();
    const error = await rejection(PublishError, bsky.verify());
    expect(error).toBeInstanceOf(RateLimitedError);
    const resetAt = (error as RateLimitedError).resetAt.getTime();
    expect(resetAt).toBeGreaterThanOrEqual(before + 300_000);
    expect(resetAt).toBeLessThanOrEqual(Date.now() + 300_000);
  });
});

test('no secret (app password, access or refresh JWT) in any error message or log line', async () => {
  const account = await createPdsAccount();
  const p = await proxy();
  const { logger, text } = capture();
  const prefix = uniquePrefix('bsky');
  const bsky = adapter(account, { service: p.url, prefix, logger });
  const errors: unknown[] = [];
  const key = keyOf(account, prefix, p.url);
  const sessions: string[] = [];
  await bsky.publish(request([part('un')]));
  sessions.push((await redis.get(key)) ?? '{}');
  for (const fault of [
    { match: PUT, kind: 'commit-then-drop' as const },
    { match: PUT, kind: 'status' as const, status: 500 },
    { match: PUT, kind: 'status' as const, status: 429, headers: { 'RateLimit-Reset': '2000000000' } },
    // Refused three times: after the library's refresh and after a fresh login: PermanentError.
    { match: PUT, kind: 'status' as const, status: 401, body: { error: 'AuthMissing', message: 'no' }, times: 3 },
  ]) {
    p.inject(fault);
    errors.push(await rejection(PublishError, bsky.publish(request([part('deux')]))));
  }
  errors.push(await rejection(PublishError, bsky.publish(request([part('x'.repeat(400))]))));
  errors.push(await rejection(PublishError, adapter({ ...account, password: 'wrong-pass' }, { logger }).verify()));
  sessions.push((await redis.get(key)) ?? '{}');
  const tokens = sessions.flatMap((json) => {
    const { accessJwt, refreshJwt } = JSON.parse(json) as Record<string, string>;
    return [accessJwt, refreshJwt];
  });
  const secrets = [account.password, 'wrong-pass', ...tokens].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
  expect(secrets).toHaveLength(6);
  expect(errors.map((e) => (e as PublishError).kind)).toEqual([
    'outcome-unknown',
    'retryable',
    'rate-limited',
    'permanent',
    'permanent',
    'permanent',
  ]);
  const said = [...errors.map((e) => `${String(e)} ${JSON.stringify(e)} ${String((e as Error).cause)}`), text()];
  expect(text()).toContain('bluesky: part published');
  for (const secret of secrets) for (const line of said) expect(line).not.toContain(secret);
});
