import { AtpAgent } from '@atproto/api';
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { postId } from '../../../queues/names.js';
import { type Article, ArticleSchema } from '../../../src/article/article.js';
import type { BlueskyPart } from '../../../src/platforms/bluesky/part.js';
import type { MastodonPart } from '../../../src/platforms/mastodon/part.js';
import type { PostPart } from '../../../src/platforms/parts.js';
import type { PlatformId } from '../../../src/platforms/platform.js';
import { composeTeasers } from '../../../src/teaser/compose.js';
import { teaserOptions } from '../../../src/teaser/options.js';
import type { Fault } from '../../fakes/fault-proxy.js';
import { testPdsUrl } from '../../support/env.js';
import { MASTODON_USER, type Stack, startStack } from './stack.js';

/**
 * crier end to end: an article enqueued on real Redis goes through the real BullMQ workers (compose
 * in its thread pool, one publish worker per account) and the REAL adapters built by
 * buildRegistry from the environment, to the X fake, the Mastodon fake and the real Bluesky PDS. The
 * article image is served over HTTP and fetched by the registry's guarded image fetcher. Then the
 * same with a fault proxy in front of each server, faults injected on the create request.
 */

// Real workers, real PDS, three platforms, on a shared machine: generous, but bounded.
jest.setTimeout(90_000);

const PLATFORMS: PlatformId[] = ['x', 'bluesky', 'mastodon'];
const CREATE: Record<PlatformId, RegExp> = {
  x: /^POST \/2\/tweets/,
  bluesky: /^POST \/xrpc\/com\.atproto\.repo\.putRecord/,
  mastodon: /^POST \/api\/v1\/statuses/,
};

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

let counter = 0;
function article(image: string, overrides: Partial<Article> = {}): Article {
  counter++;
  const id = `e2e${Date.now().toString(36)}${counter}`;
  return ArticleSchema.parse({
    id,
    url: `https://example.org/articles/${id}`,
    title: 'Les abeilles sauvages reviennent en ville',
    lang: 'fr',
    tags: ['abeilles', 'biodiversité'],
    image: { url: image, alt: 'Une abeille sur une fleur de lavande' },
    body: [
      'Les abeilles sauvages reviennent en ville, selon une étude menée pendant trois ans dans quarante parcs.',
      'Les chercheurs ont compté plus de cent vingt espèces, dont plusieurs que l’on croyait disparues de la région.',
      'Les prairies fauchées tard et les friches laissées en paix expliquent l’essentiel du retour des abeilles.',
      'Les pesticides, interdits dans les espaces verts publics depuis 2017, ne sont plus un obstacle majeur.',
      'Les jardiniers amateurs peuvent aider en laissant fleurir le trèfle et en renonçant aux tontes trop fréquentes.',
      'Reste la question des ruches d’abeilles domestiques, dont la densité pourrait priver les sauvages de nectar.',
    ].join(' '),
    ...overrides,
  });
}

function expectedTeasers(s: Stack, a: Article, thread: boolean) {
  const teasers = composeTeasers(a, {
    platforms: PLATFORMS,
    teaser: teaserOptions(s.config.settings),
    thread,
    // What the Mastodon fake's /api/v2/instance says (the registry reads it for the compose step).
    mastodonLimits: { maxCharacters: s.mastodon.state.maxCharacters, charactersReservedPerUrl: 23 },
  });
  const { x, bluesky, mastodon } = teasers;
  if (!x || !bluesky || !mastodon) throw new Error('composeTeasers left a platform out');
  return { x, bluesky, mastodon };
}

async function waitPublished(s: Stack, a: Article) {
  const records = await Promise.all(
    PLATFORMS.map((platform) => s.waitFor(postId({ articleId: a.id, platform, account: 'default' }), ['published'])),
  );
  return Object.fromEntries(PLATFORMS.map((p, i) => [p, records[i]])) as Record<PlatformId, (typeof records)[number]>;
}

interface BlueskyRecord {
  uri: string;
  cid: string;
  value: {
    text: string;
    langs?: string[];
    facets?: unknown[];
    reply?: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } };
    embed?: {
      $type: string;
      external?: { uri: string; title: string; description: string; thumb?: { mimeType: string; size: number } };
    };
  };
}

/** The account's posts on the real PDS, oldest first (public reads; there is no AppView). */
async function blueskyPosts(s: Stack): Promise<BlueskyRecord[]> {
  const reader = new AtpAgent({ service: testPdsUrl() });
  const { data } = await reader.com.atproto.repo.listRecords({
    repo: s.pds.did,
    collection: 'app.bsky.feed.post',
    reverse: true,
  });
  return data.records as unknown as BlueskyRecord[];
}

/** Each platform holds exactly the composed thread, once, as a chain of replies. */
async function expectPosted(s: Stack, a: Article, thread: boolean) {
  const expected = expectedTeasers(s, a, thread);
  const records = await waitPublished(s, a);

  // X: the tweets, each replying to the one before; the image on the first with its alt text.
  const tweets = s.x.state.tweets;
  expect(tweets.map((t) => t.text)).toEqual(expected.x.map((p: PostPart) => p.text));
  tweets.forEach((t, i) => {
    expect(t.inReplyTo).toBe(i === 0 ? undefined : tweets[i - 1]?.id);
  });
  expect(tweets.map((t) => t.mediaIds.length)).toEqual(tweets.map((_, i) => (i === 0 ? 1 : 0)));
  const media = s.x.state.media.get(tweets[0]?.mediaIds[0] ?? '');
  expect(media).toMatchObject({ finalized: true, mediaType: 'image/png', altText: a.image?.alt });
  expect(records.x.done.map((d) => d.remoteId)).toEqual(tweets.map((t) => t.id));

  // Bluesky: text, facets and langs as composed; the card with the image as its thumb blob; root/parent refs.
  const posts = await blueskyPosts(s);
  expect(posts.map((p) => p.value.text)).toEqual(expected.bluesky.map((p: BlueskyPart) => p.text));
  posts.forEach((post, i) => {
    const part = expected.bluesky[i];
    expect(post.value.langs).toEqual(part?.langs);
    expect(post.value.facets ?? []).toEqual(part?.facets);
    if (i === 0) expect(post.value.reply).toBeUndefined();
    else
      expect(post.value.reply).toEqual({
        root: { uri: posts[0]?.uri, cid: posts[0]?.cid },
        parent: { uri: posts[i - 1]?.uri, cid: posts[i - 1]?.cid },
      });
  });
  const features = posts[0]?.value.facets?.flatMap((f) => (f as { features: Array<{ $type: string }> }).features);
  expect(features?.map((f) => f.$type)).toEqual(
    expect.arrayContaining(['app.bsky.richtext.facet#link', 'app.bsky.richtext.facet#tag']),
  );
  const card = posts[0]?.value.embed;
  expect(card?.$type).toBe('app.bsky.embed.external');
  expect(card?.external).toMatchObject({ ...expected.bluesky[0]?.embed?.external });
  expect(card?.external?.thumb).toMatchObject({ mimeType: 'image/png', size: s.image.png.byteLength });
  expect(posts.slice(1).every((p) => p.value.embed === undefined)).toBe(true);
  expect(records.bluesky.done.map((d) => d.remoteId)).toEqual(posts.map((p) => p.uri));

  // Mastodon: text, language and visibility; the image attached to the first status; in_reply_to chain.
  const statuses = s.mastodon.state.statusesOf(MASTODON_USER);
  expect(statuses.map((st) => [st.text, st.language, st.visibility])).toEqual(
    expected.mastodon.map((p: MastodonPart) => [p.text, p.language, p.visibility]),
  );
  statuses.forEach((st, i) => {
    expect(st.inReplyToId).toBe(i === 0 ? null : statuses[i - 1]?.id);
  });
  expect(statuses.map((st) => st.mediaIds.length)).toEqual(statuses.map((_, i) => (i === 0 ? 1 : 0)));
  const attachment = s.mastodon.state.media.get(statuses[0]?.mediaIds[0] ?? '');
  expect(attachment).toMatchObject({ mimeType: 'image/png', width: 64, height: 48, description: a.image?.alt });
  expect(records.mastodon.done.map((d) => d.remoteId)).toEqual(statuses.map((st) => st.id));

  return { expected, records };
}

describe('enqueue → posts on all three platforms', () => {
  test('one article with an image: one post each, with text, facets, langs, card thumb, attachment and media', async () => {
    stack = await startStack();
    const a = article(stack.image.url);
    await stack.enqueue(a);
    const { expected } = await expectPosted(stack, a, false);
    expect([expected.x.length, expected.bluesky.length, expected.mastodon.length]).toEqual([1, 1, 1]);
    // The image came from the image server through the registry's fetcher (after its redirect).
    expect(stack.image.hits).toBeGreaterThanOrEqual(3);
  });

  test('--thread: each platform holds the whole thread as a chain of replies', async () => {
    stack = await startStack();
    const a = article(stack.image.url);
    await stack.enqueue(a, true);
    const { expected } = await expectPosted(stack, a, true);
    // The article is long enough to need a thread everywhere.
    for (const parts of [expected.x, expected.bluesky, expected.mastodon]) expect(parts.length).toBeGreaterThan(1);
  });
});

/**
 * The platform's own rate-limit answer, in its own header format, resetting `seconds` after the proxy serves it
 * (not after injection: under load the post may reach the proxy later than that, and a past reset is none).
 * `resetAt()` is the reset the proxy announced.
 */
function rateLimited(platform: PlatformId, seconds: number): { fault: Fault; resetAt: () => Date | undefined } {
  let resetAt: Date | undefined;
  const headers = (): Record<string, string> => {
    const reset = Math.ceil(Date.now() / 1000) + seconds;
    resetAt = new Date(reset * 1000);
    const byPlatform: Record<PlatformId, Record<string, string>> = {
      x: { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) },
      bluesky: { 'RateLimit-Limit': '100', 'RateLimit-Remaining': '0', 'RateLimit-Reset': String(reset) },
      mastodon: {
        'X-RateLimit-Limit': '300',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': resetAt.toISOString(),
      },
    };
    return byPlatform[platform];
  };
  const body: Record<PlatformId, unknown> = {
    x: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
    bluesky: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
    mastodon: { error: 'Too many requests' },
  };
  return {
    fault: { match: CREATE[platform], kind: 'status', status: 429, headers, body: body[platform] },
    resetAt: () => resetAt,
  };
}

describe('faults on the create request, through the fault proxy: every post exactly once', () => {
  // creates: the create requests each server saw — after commit-then-drop the queue's recovery finds the
  // committed post (timeline, getRecord, own statuses) and never sends the create again.
  test.each([
    ['a 503, then success', (p: PlatformId): Fault => ({ match: CREATE[p], kind: 'status', status: 503 }), 2],
    [
      'commit then drop: the server committed, the client never heard',
      (p: PlatformId): Fault => ({ match: CREATE[p], kind: 'commit-then-drop' }),
      1,
    ],
  ])('%s', async (_name, fault, creates) => {
    stack = await startStack({ proxied: true });
    const proxies = stack.proxies;
    if (!proxies) throw new Error('no proxies');
    for (const p of PLATFORMS) proxies[p].inject(fault(p));
    const a = article(stack.image.url);
    await stack.enqueue(a);
    const { records } = await expectPosted(stack, a, false);
    for (const p of PLATFORMS) {
      const kind = fault(p).kind;
      // The fault really happened on each platform's create, and a later attempt finished the post.
      expect(proxies[p].requests.filter((r) => r.fault === kind)).toHaveLength(1);
      expect(proxies[p].requests.filter((r) => CREATE[p].test(`${r.method} ${r.path}`))).toHaveLength(creates);
      expect(records[p].attempts).toBeGreaterThanOrEqual(2);
    }
  });

  test('429 with the platform reset header: the account waits for the reset, then the post goes out', async () => {
    stack = await startStack({ proxied: true });
    const proxies = stack.proxies;
    if (!proxies) throw new Error('no proxies');
    const resets = {} as Record<PlatformId, () => Date | undefined>;
    for (const p of PLATFORMS) {
      const { fault, resetAt } = rateLimited(p, 2);
      proxies[p].inject(fault);
      resets[p] = resetAt;
    }
    const a = article(stack.image.url);
    await stack.enqueue(a);
    const { records } = await expectPosted(stack, a, false);
    for (const p of PLATFORMS) {
      expect(proxies[p].requests.filter((r) => r.fault === 'status')).toHaveLength(1);
      // Not before the platform said it could take posts again (a lower bound only: slowness cannot break
      // it; the slack covers timer rounding, while a post that did not wait would be about 2 s early).
      const announced = resets[p]?.();
      expect(announced).toBeDefined();
      expect(records[p].publishedAt?.getTime()).toBeGreaterThanOrEqual((announced?.getTime() ?? 0) - 250);
    }
  });
});
