import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Redis } from 'ioredis';
import type { Article } from '../../../src/article/article.js';
import { ArticleSchema } from '../../../src/article/article.js';
import type { Settings } from '../../../src/config.js';
import { FeedError } from '../../../src/feeds/errors.js';
import type { Feed } from '../../../src/feeds/feed.js';
import { type PollOptions, pollFeed, type SkippedItem } from '../../../src/feeds/poll.js';
import { addFeed, feedSeenKey, getFeed, recordFeedSuccess } from '../../../src/feeds/store.js';
import { testRedisUrl, uniquePrefix } from '../../support/env.js';
import { rejection } from '../../support/rejection.js';
import { type FeedServer, startFeedServer } from './feed-server.js';

const FETCH: Settings['fetch'] = {
  timeoutMs: 5_000,
  maxBytes: 1_000_000,
  maxRedirects: 2,
  allowPrivateAddresses: true,
};
/** Between the fixture's older items (20 and 25 November) and its newer ones (28 November). */
const REGISTERED = new Date('2026-11-27T00:00:00Z');
const NOW = new Date('2026-11-28T14:00:00Z');

let redis: Redis;
let server: FeedServer;
beforeAll(async () => {
  redis = new Redis(testRedisUrl());
  server = await startFeedServer();
});
afterAll(async () => {
  await redis.quit();
  await server.close();
});

async function register(path: string, fixture?: string): Promise<{ prefix: string; feed: Feed }> {
  const prefix = uniquePrefix('poll');
  if (fixture) server.serveFixture(path, fixture);
  const feed = await addFeed({ redis, prefix, url: server.url(path), now: REGISTERED });
  return { prefix, feed };
}

function poll(prefix: string, feed: Feed, extra: Partial<PollOptions> = {}): Promise<Article[]> {
  return pollFeed({ redis, prefix, feed, fetch: FETCH, firstPollBacklog: 0, now: NOW, ...extra });
}

/** Polls as the worker does: then records the success, so the next poll is not a first one. */
async function pollAndRecord(prefix: string, feed: Feed, extra: Partial<PollOptions> = {}): Promise<Article[]> {
  const articles = await poll(prefix, feed, extra);
  await recordFeedSuccess({ redis, prefix, id: feed.id, now: NOW });
  return articles;
}

describe('pollFeed → Articles', () => {
  test('RSS in French: cleaned HTML body, accents, tags, image, language, date; newest items only, oldest first', async () => {
    const { prefix, feed } = await register('/fr/rss.xml', 'rss-fr.xml');
    const articles = await poll(prefix, feed);
    for (const article of articles) expect(ArticleSchema.parse(article)).toEqual(article);
    expect(articles.map((a) => a.title)).toEqual([
      'Open data : la SNCF publie les retards de ses TER en temps réel',
      'Énergie : les centres de données français accélèrent leur sobriété',
    ]);
    const [sncf, energie] = articles as [Article, Article];
    expect(energie).toMatchObject({
      url: 'https://journal.example.fr/2026/11/28/centres-de-donnees-sobriete',
      lang: 'fr-FR',
      tags: ['Énergie', 'Data centers'],
      image: { url: 'https://journal.example.fr/images/datacenter.jpg' },
      date: '2026-11-28T10:30:00.000Z',
      summary: 'Refroidissement, récupération de chaleur : les opérateurs détaillent leurs efforts.',
    });
    expect(energie.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(energie.publishAt).toBeUndefined();
    // HTML → text blocks: markup, scripts and figure captions gone, headings their own block, entities decoded
    expect(energie.body).toBe(
      [
        'Les centres de données installés en France ont réduit de 12 % leur consommation d’électricité par serveur en deux ans, selon l’étude publiée ce samedi.',
        'Récupérer la chaleur',
        'À Marseille, la chaleur fatale chauffe déjà 4 000 logements.',
      ].join('\n\n'),
    );
    expect(energie.body).not.toMatch(/[<>]|track\(\)|allée froide/i);
    // an excerpt-only item: the excerpt is the body
    expect(sncf.body).toBe(
      'Les données, mises à jour chaque minute, sont réutilisables sous licence ouverte. Lire la suite',
    );
    expect(sncf.summary).toBeUndefined();
    expect(sncf.image).toEqual({
      url: 'https://journal.example.fr/images/ter.jpg',
      alt: 'Un TER en gare de Lyon Part-Dieu',
    });
  });

  test('Atom: relative links resolved against the feed, HTML title as text, xml:lang, updated-only entry dated by updated', async () => {
    const { prefix, feed } = await register('/atom.xml', 'atom.xml');
    const articles = await poll(prefix, feed, { firstPollBacklog: 5 });
    expect(articles.map((a) => [a.title, a.url, a.lang, a.date])).toEqual([
      ['Redis AOF in five minutes', 'https://infra-notes.example.org/posts/aof', 'en', '2026-11-02T08:00:00.000Z'],
      [
        'Draining workers on SIGTERM',
        'https://infra-notes.example.org/posts/draining',
        'en',
        '2026-11-27T16:20:00.000Z',
      ],
      // href="/posts/exactly-once": relative to where the feed was fetched from
      ['Why our queue never posts twice', server.url('/posts/exactly-once'), 'en', '2026-11-28T10:00:00.000Z'],
    ]);
    expect(articles[2]).toMatchObject({
      body: 'Job ids are not idempotency keys: once a finished job is trimmed, the same id is accepted again.\n\nSo we keep a ledger & check it before every call.',
      summary: 'A ledger in Redis beats job ids.',
      tags: ['Queues', 'redis'],
      image: { url: 'https://infra-notes.example.org/img/ledger.png', alt: 'A ledger row per post' },
    });
  });

  test('JSON Feed: content_html and content_text; an item without a link is skipped and reported', async () => {
    const { prefix, feed } = await register('/feed.json', 'feed.json');
    const skipped: SkippedItem[] = [];
    const articles = await poll(prefix, feed, { firstPollBacklog: 5, onSkippedItem: (item) => skipped.push(item) });
    expect(articles.map((a) => [a.title, a.lang, a.tags])).toEqual([
      ['Den Hobel richtig schärfen', 'de', ['Werkzeug']],
      ['Holzverbindungen ohne Schrauben', 'de', ['Holz', 'Werkzeug']],
    ]);
    expect(articles[1]?.body).toBe(
      'Schwalbenschwanz, Zapfen und Schlitz: drei Verbindungen, die jahrzehntelang halten.\n\nWir zeigen Schritt für Schritt, wie man sie mit Handwerkzeug sägt.',
    );
    expect(articles[0]?.body).toBe(
      'Ein stumpfes Hobeleisen reißt das Holz aus. Mit drei Steinen wird es wieder scharf.',
    );
    expect(skipped).toEqual([{ guid: 'no-link', reason: expect.stringMatching(/no link/) }]);
    // the skipped item is remembered, not retried every poll
    expect(await poll(prefix, feed)).toEqual([]);
  });
});

describe('first poll does not flood the backlog', () => {
  test.each([
    [0, ['jdn-48190', 'jdn-48213']],
    [1, ['jdn-47902', 'jdn-48190', 'jdn-48213']],
    [2, ['jdn-47511', 'jdn-47902', 'jdn-48190', 'jdn-48213']],
    [50, ['jdn-47511', 'jdn-47902', 'jdn-48190', 'jdn-48213']],
  ])(
    'firstPollBacklog %i → %j (items after the registration, plus that many of the newest older ones)',
    async (backlog, expected) => {
      const { prefix, feed } = await register(`/backlog-${backlog}.xml`, 'rss-fr.xml');
      const articles = await pollAndRecord(prefix, feed, { firstPollBacklog: backlog });
      const guidOf = (a: Article) => a.url.split('/').pop();
      const urls = {
        'jdn-47511': 'fibre-raccordables',
        'jdn-47902': 'anssi-hameconnage',
        'jdn-48190': 'sncf-open-data-ter',
        'jdn-48213': 'centres-de-donnees-sobriete',
      } as Record<string, string>;
      expect(articles.map(guidOf)).toEqual(expected.map((g) => urls[g]));
      // the rest of the backlog never comes back
      const current = (await getFeed({ redis, prefix, id: feed.id })) as Feed;
      expect(await poll(prefix, current)).toEqual([]);
    },
  );

  test('a feed registered after all its items posts nothing at first, then only what appears later', async () => {
    const prefix = uniquePrefix('poll');
    server.serveFixture('/late.xml', 'rss-fr.xml');
    const feed = await addFeed({ redis, prefix, url: server.url('/late.xml'), now: new Date('2026-11-28T13:00:00Z') });
    expect(await pollAndRecord(prefix, feed)).toEqual([]);
    server.serveFixture('/late.xml', 'rss-fr-edited.xml');
    const current = (await getFeed({ redis, prefix, id: feed.id })) as Feed;
    expect((await poll(prefix, current)).map((a) => a.title)).toEqual([
      'IA générative : la CNIL publie ses recommandations',
    ]);
  });
});

describe('an item is returned once', () => {
  test('edited items (new text: same guid; or same link under a new guid) come back once, to be followed; then not again', async () => {
    const { prefix, feed } = await register('/edited.xml', 'rss-fr.xml');
    const first = await pollAndRecord(prefix, feed);
    expect(first).toHaveLength(2);
    server.serveFixture('/edited.xml', 'rss-fr-edited.xml');
    const current = (await getFeed({ redis, prefix, id: feed.id })) as Feed;
    const second = await pollAndRecord(prefix, current);
    // The new item, and the two returned before whose text changed: the same articles (same ids), new text.
    expect(second.map((a) => a.url).sort()).toEqual(
      [...first.map((a) => a.url), 'https://journal.example.fr/2026/11/28/cnil-ia-generative'].sort(),
    );
    const updated = second.find((a) => a.id === first.find((f) => f.url.includes('centres-de-donnees'))?.id);
    expect(updated?.title).toBe('Énergie : les centres de données français accélèrent leur sobriété (mis à jour)');
    expect(await poll(prefix, current)).toEqual([]);
  });

  test('an item whose text changes between two polls is returned again, with the new text; a new date alone is no change', async () => {
    const { prefix, feed } = await register('/changing.xml');
    const rss = (title: string, date: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>J</title><link>https://journal.example.fr/</link>
<item><title>${title}</title><link>https://journal.example.fr/2026/12/01/pont</link><guid>pont-1</guid>
<pubDate>${date}</pubDate><description>Le pont rouvre aux piétons le 3 décembre.</description></item>
<item><title>Le marché de Noël ouvre</title><link>https://journal.example.fr/2026/12/01/marche</link>
<guid>marche-1</guid><pubDate>${date}</pubDate><description>Cinquante chalets.</description></item>
</channel></rss>`;
    const serve = (body: string) => server.set('/changing.xml', { body, type: 'application/rss+xml' });
    serve(rss('Le pont rouvre', 'Tue, 01 Dec 2026 08:00:00 +0100'));
    const first = await pollAndRecord(prefix, feed);
    expect(first.map((a) => a.title).sort()).toEqual(['Le marché de Noël ouvre', 'Le pont rouvre']);
    const current = (await getFeed({ redis, prefix, id: feed.id })) as Feed;

    serve(rss('Le pont rouvre', 'Tue, 01 Dec 2026 09:00:00 +0100'));
    expect(await pollAndRecord(prefix, current)).toEqual([]);

    serve(rss('Le pont rouvre le 5 décembre, pas le 3', 'Tue, 01 Dec 2026 09:00:00 +0100'));
    const changed = await pollAndRecord(prefix, current);
    expect(changed.map((a) => [a.id, a.title])).toEqual([
      [first.find((a) => a.title === 'Le pont rouvre')?.id, 'Le pont rouvre le 5 décembre, pas le 3'],
    ]);
    expect(await pollAndRecord(prefix, current)).toEqual([]);
  });

  test('if handing the articles on fails, they are not remembered and come back at the next poll', async () => {
    const { prefix, feed } = await register('/deliver.xml', 'rss-fr.xml');
    const failing = poll(prefix, feed, {
      deliver: async () => {
        throw new Error('Redis went away');
      },
    });
    await expect(failing).rejects.toThrow('Redis went away');
    const delivered: Article[] = [];
    const again = await poll(prefix, feed, { deliver: async (a) => void delivered.push(...a) });
    expect(again).toHaveLength(2);
    expect(delivered).toEqual(again);
    expect(await poll(prefix, feed)).toEqual([]);
  });

  test('an unchanged feed is asked for with its ETag, and a 304 returns nothing', async () => {
    const { prefix, feed } = await register('/etag.xml');
    server.serveFixture('/etag.xml', 'rss-fr.xml', { etag: '"v1"', 'last-modified': 'Sat, 28 Nov 2026 10:30:00 GMT' });
    expect(await pollAndRecord(prefix, feed)).toHaveLength(2);
    const current = (await getFeed({ redis, prefix, id: feed.id })) as Feed;
    expect(await poll(prefix, current)).toEqual([]);
    const [first, second] = server.requests('/etag.xml');
    expect(first?.['if-none-match']).toBeUndefined();
    expect(second).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Sat, 28 Nov 2026 10:30:00 GMT' });
    server.serveFixture('/etag.xml', 'rss-fr-edited.xml', { etag: '"v2"' });
    // A changed copy is read: its new item, and the two items returned before whose text changed.
    expect(await poll(prefix, current)).toHaveLength(3);
  });

  test('the memory of seen items is bounded and keeps the items still in the feed', async () => {
    const { prefix, feed } = await register('/bounded.xml', 'rss-fr.xml');
    const key = feedSeenKey(prefix, feed.id);
    // 6,000 items long gone from the feed, seen a year ago
    const old = Array.from({ length: 6_000 }, (_, i) => [Date.parse('2025-11-28T00:00:00Z'), `guid:gone-${i}`]).flat();
    await redis.zadd(key, ...(old as Array<string | number>));
    await recordFeedSuccess({ redis, prefix, id: feed.id, now: NOW });
    const current = (await getFeed({ redis, prefix, id: feed.id })) as Feed;
    expect(await poll(prefix, current)).toHaveLength(4); // not a first poll: every item is new
    expect(await redis.zcard(key)).toBe(5_000);
    expect(await redis.zscore(key, 'guid:jdn-48213')).not.toBeNull();
    expect(await poll(prefix, current)).toEqual([]);
  });
});

describe('feed errors are FeedErrors with a reason', () => {
  async function failure(path: string, fetch: Settings['fetch'] = FETCH, url?: string): Promise<FeedError> {
    const { prefix, feed } = await register(path);
    const target = url ? { ...feed, url } : feed;
    return rejection(FeedError, pollFeed({ redis, prefix, feed: target, fetch, firstPollBacklog: 0, now: NOW }));
  }

  test('malformed XML', async () => {
    server.serveFixture('/malformed.xml', 'malformed.xml');
    const error = await failure('/malformed.xml');
    expect(error).toMatchObject({ reason: 'malformed', transient: true });
    expect(error.message).toMatch(/feed http:\/\/127\.0\.0\.1:\d+\/malformed\.xml: the feed cannot be read/);
  });

  test('an HTML page', async () => {
    server.serveFixture('/page.html', 'not-a-feed.html');
    const error = await failure('/page.html');
    expect(error).toMatchObject({ reason: 'not-a-feed', transient: false });
    expect(error.message).toMatch(/serves an HTML page, not a feed\. Register the feed itself/);
  });

  test('unreachable (nothing listens on the port)', async () => {
    const closed = await startFeedServer();
    const url = closed.url('/feed.xml');
    await closed.close();
    const error = await failure('/unused', FETCH, url);
    expect(error).toMatchObject({ reason: 'unreachable', transient: true });
    expect(error.message).toMatch(/refused the connection/);
  });

  test.each([
    [404, false, /answered HTTP 404\. Check the URL/],
    [503, true, /answered HTTP 503\. crier will try again/],
  ])('HTTP %i', async (status, transient, message) => {
    server.set(`/status-${status}`, { status, body: 'nope', type: 'text/plain' });
    const error = await failure(`/status-${status}`);
    expect(error).toMatchObject({ reason: 'http', status, transient });
    expect(error.message).toMatch(message);
  });

  test('private addresses are refused unless allowed', async () => {
    server.serveFixture('/private.xml', 'rss-fr.xml');
    const error = await failure('/private.xml', { ...FETCH, allowPrivateAddresses: false });
    expect(error).toMatchObject({ reason: 'private-address', transient: false });
    expect(error.message).toMatch(/fetch\.allowPrivateAddresses/);
  });

  test('too many redirects, and too large', async () => {
    server.set('/r1', { status: 302, body: '', headers: { location: '/r2' } });
    server.set('/r2', { status: 302, body: '', headers: { location: '/r3' } });
    server.set('/r3', { status: 302, body: '', headers: { location: '/r1' } });
    expect(await failure('/r1')).toMatchObject({ reason: 'too-many-redirects' });
    server.serveFixture('/big.xml', 'rss-fr.xml');
    expect(await failure('/big.xml', { ...FETCH, maxBytes: 1_000 })).toMatchObject({ reason: 'too-large' });
  });

  test('a redirect to the feed is followed', async () => {
    server.serveFixture('/moved-here.xml', 'rss-fr.xml');
    server.set('/old-feed', { status: 301, body: '', headers: { location: '/moved-here.xml' } });
    const { prefix, feed } = await register('/old-feed');
    expect(await poll(prefix, feed)).toHaveLength(2);
  });
});
