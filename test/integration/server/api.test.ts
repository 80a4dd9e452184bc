import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { QueueClient } from '../../../queues/operator.js';
import { createDryRunAdapter } from '../../../src/platforms/dry-run/adapter.js';
import type { Harness } from '../queue/harness.js';
import { type ApiServer, startApiServer, TOKEN } from './server-harness.js';

/**
 * The HTTP API on real Redis and real BullMQ workers (the dry-run target publishes): what an operator
 * or a script sees, request by request.
 */
const auth = { authorization: `Bearer ${TOKEN}` };

let server: ApiServer;
let harness: Harness;
let client: QueueClient;

interface Call {
  method?: 'GET' | 'POST' | 'DELETE' | 'PATCH';
  url: string;
  headers?: Record<string, string>;
  payload?: unknown;
}

/** A real HTTP request to the listening server (what a client sees, headers and all). */
async function call({ method = 'GET', url, headers = {}, payload }: Call) {
  const json = payload !== undefined && typeof payload !== 'string';
  const res = await fetch(`${server.base}${url}`, {
    method,
    headers: { ...(json ? { 'content-type': 'application/json' } : {}), ...headers },
    body: payload === undefined ? undefined : json ? JSON.stringify(payload) : (payload as string),
  });
  const body = await res.text();
  return {
    statusCode: res.status,
    headers: Object.fromEntries(res.headers),
    body,
    json: () => JSON.parse(body),
  };
}

const MARKDOWN = `---
title: Les abeilles sauvages reviennent en ville
url: https://example.org/abeilles
lang: fr
tags: [biodiversité]
---

Les abeilles sauvages reviennent dans les parcs urbains, selon une étude publiée ce mois-ci.
Pourquoi les villes leur conviennent-elles mieux que les champs ?
`;

beforeAll(async () => {
  server = await startApiServer();
  ({ harness, client } = server);
});

afterAll(() => server.close());

describe('authentication', () => {
  test.each([
    ['GET', '/'],
    ['GET', '/readyz'],
    ['GET', '/metrics'],
    ['GET', '/openapi.json'],
    ['GET', '/admin/queues'],
    ['GET', '/v1/articles'],
    ['GET', '/v1/articles/abc'],
    ['POST', '/v1/articles'],
    ['POST', '/v1/preview'],
    ['POST', '/v1/articles/abc/retry'],
    ['POST', '/v1/articles/abc/approve'],
    ['POST', '/v1/articles/abc/retract'],
    ['PATCH', '/v1/articles/abc/posts/x'],
    ['DELETE', '/v1/articles/abc'],
    ['GET', '/v1/feeds'],
    ['POST', '/v1/feeds'],
    ['DELETE', '/v1/feeds/0123456789ab'],
  ] as const)('%s %s without the token is refused with 401', async (method, url) => {
    const res = await call({ method, url });
    expect(res.statusCode).toBe(401);
    const wrong = await call({ method, url, headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
  });

  test('only /healthz answers without a token', async () => {
    expect((await call({ url: '/healthz' })).json()).toEqual({ ok: true });
  });

  test('a browser page asks for the token with HTTP Basic, and accepts it as the password', async () => {
    const res = await call({ url: '/' });
    expect(res.headers['www-authenticate']).toMatch(/^Basic/);
    const basic = Buffer.from(`operator:${TOKEN}`).toString('base64');
    const page = await call({ url: '/', headers: { authorization: `Basic ${basic}` } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>crier console</title>');
  });
});

describe('POST /v1/preview', () => {
  test('answers the preview contract for a Markdown body, enqueuing nothing', async () => {
    const res = await call({
      method: 'POST',
      url: '/v1/preview',
      headers: { ...auth, 'content-type': 'text/markdown' },
      payload: MARKDOWN,
    });
    expect(res.statusCode).toBe(200);
    const { article, posts } = res.json();
    expect(article).toMatchObject({ title: 'Les abeilles sauvages reviennent en ville', lang: 'fr' });
    for (const platform of ['x', 'bluesky', 'mastodon']) {
      const [part] = posts[platform];
      // Bluesky shows the link shortened, as its app does: the link facet carries it whole.
      if (platform === 'bluesky') expect(JSON.stringify(part.facets)).toContain('https://example.org/abeilles');
      else expect(part.text).toContain('https://example.org/abeilles');
      expect(part.length).toBeLessThanOrEqual(part.limit);
    }
    expect(posts.bluesky[0]).toHaveProperty('facets');
    expect(posts.mastodon[0]).toMatchObject({ language: 'fr', visibility: 'public' });
    expect(await client.ledger.recentArticles(10)).toEqual([]);
  });

  test('takes a JSON article and ?platforms', async () => {
    const res = await call({
      method: 'POST',
      url: '/v1/preview?platforms=mastodon',
      headers: auth,
      payload: { title: 'Ruby 3.4 released', url: 'https://example.org/ruby', body: 'Ruby 3.4 is out today.' },
    });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().posts)).toEqual(['mastodon']);
  });
});

describe('bad input is a 4xx that names the field and the problem, never a 500', () => {
  test.each([
    ['a JSON article without a title', { url: 'https://example.org/x', body: 'text' }, '', 400, /title/],
    ['an unknown platform', { title: 'T', url: 'https://example.org/x' }, '?platforms=x,myspace', 400, /myspace/],
    ['a non-http url to fetch', { url: 'ftp://example.org/feed' }, '', 400, /url/],
    ['a time without an offset', { title: 'T', url: 'https://example.org/x' }, '?at=2030-01-01T09:00', 400, /offset/],
    ['both a time and a slot', { title: 'T', url: 'https://example.org/x' }, '?at=%2B1h&slot=1', 400, /not both/],
    ['an article with no canonical URL', { title: 'T', body: 'text' }, '', 422, /canonical URL/],
  ])('%s', async (_name, payload, query, status, message) => {
    const res = await call({ method: 'POST', url: `/v1/articles${query}`, headers: auth, payload });
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toMatch(message);
  });

  test('malformed JSON is a 400', async () => {
    const res = await call({
      method: 'POST',
      url: '/v1/articles',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: '{"title": ',
    });
    expect(res.statusCode).toBe(400);
  });

  test('a body over the limit is a 413', async () => {
    const res = await call({
      method: 'POST',
      url: '/v1/preview',
      headers: { ...auth, 'content-type': 'text/markdown' },
      payload: `---\ntitle: Big\nurl: https://example.org/big\n---\n${'a '.repeat(600_000)}`,
    });
    expect(res.statusCode).toBe(413);
  });

  test('an unknown article is a 404', async () => {
    expect((await call({ url: '/v1/articles/nope', headers: auth })).statusCode).toBe(404);
    expect((await call({ method: 'DELETE', url: '/v1/articles/nope', headers: auth })).statusCode).toBe(404);
  });
});

describe('articles through the queue', () => {
  test('enqueue → 202 with a Location; once the workers ran, the post is published with its URL', async () => {
    const pool = await harness.start([
      createDryRunAdapter({ platform: 'mastodon', account: 'default', outbox: harness.outbox }),
    ]);
    try {
      const res = await call({
        method: 'POST',
        url: '/v1/articles?platforms=mastodon',
        headers: { ...auth, 'content-type': 'text/markdown' },
        payload: MARKDOWN,
      });
      expect(res.statusCode).toBe(202);
      const { id } = res.json();
      expect(res.headers.location).toBe(`/v1/articles/${id}`);
      await harness.waitFor(`${id}.mastodon.default`, ['published']);

      const status = (await call({ url: `/v1/articles/${id}`, headers: auth })).json();
      expect(status).toMatchObject({
        id,
        title: 'Les abeilles sauvages reviennent en ville',
        url: 'https://example.org/abeilles',
      });
      expect(status.posts).toEqual([
        expect.objectContaining({ platform: 'mastodon', state: 'published', remote: [expect.any(Object)] }),
      ]);
      const list = (await call({ url: '/v1/articles?state=published', headers: auth })).json();
      expect(list.items.map((a: { id: string }) => a.id)).toContain(id);

      const ready = await call({ url: '/readyz', headers: auth });
      expect(ready.json()).toMatchObject({ ready: true, redis: true });
      expect(ready.json().workers).toBeGreaterThan(0);

      // Retrying a published post posts nothing again.
      const retry = (await call({ method: 'POST', url: `/v1/articles/${id}/retry`, headers: auth })).json();
      expect(retry.changes).toEqual([expect.objectContaining({ changed: false, state: 'published' })]);
    } finally {
      await pool.close();
    }
  });

  test('a scheduled article can be cancelled; its post never goes out', async () => {
    const res = await call({
      method: 'POST',
      url: '/v1/articles?platforms=x&at=%2B2h',
      headers: auth,
      payload: { title: 'Later', url: 'https://example.org/later', lang: 'en', body: 'Something for later.' },
    });
    expect(res.statusCode).toBe(202);
    const { id } = res.json();
    const pool = await harness.start([
      createDryRunAdapter({ platform: 'x', account: 'default', outbox: harness.outbox }),
    ]);
    try {
      await harness.waitFor(`${id}.x.default`, ['scheduled']);
      const cancelled = await call({ method: 'DELETE', url: `/v1/articles/${id}`, headers: auth });
      expect(cancelled.statusCode).toBe(200);
      expect(cancelled.json().posts[0]).toMatchObject({ state: 'cancelled' });
    } finally {
      await pool.close();
    }
  });
});

describe('operator control (docs/operator.md)', () => {
  const article = (slug: string) => ({
    title: 'Les abeilles',
    url: `https://example.org/${slug}`,
    lang: 'fr',
    body: 'Les abeilles sauvages reviennent en ville. Trois ans d’étude dans quarante parcs.',
  });

  test('per-platform texts in the body: checked by the platform, a refusal is a 422 saying what, where and how', async () => {
    const url = 'https://example.org/api-edit-refused';
    const refused = await call({
      method: 'POST',
      url: '/v1/articles?platforms=x,mastodon',
      headers: auth,
      payload: { ...article('api-edit-refused'), posts: { x: `${'a'.repeat(270)} ${url}`, mastodon: 'no link' } },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ platform: 'x', hint: 'shorten it by 14' });
    expect(refused.json().message).toMatch(/x text: 294 of 280/);
    const unknown = await call({ url: '/v1/articles/api-edit-refused', headers: auth });
    expect(unknown.statusCode).toBe(404);
  });

  test('drafted with an edited X text, PATCHed, approved, published with the edited texts; then retracted', async () => {
    const url = 'https://example.org/api-draft';
    const res = await call({
      method: 'POST',
      url: '/v1/articles?platforms=x,mastodon&review=true',
      headers: auth,
      payload: { ...article('api-draft'), posts: { x: `Relu pour X ${url}` } },
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ review: true, edited: ['x'] });
    const { id } = res.json();
    const pool = await harness.start(
      (['x', 'mastodon'] as const).map((platform) =>
        createDryRunAdapter({ platform, account: 'default', outbox: harness.outbox }),
      ),
    );
    try {
      await harness.waitFor(`${id}.mastodon.default`, ['draft']);
      const drafts = (await call({ url: '/v1/articles?state=draft', headers: auth })).json();
      expect(drafts.items.map((a: { id: string }) => a.id)).toContain(id);

      const tooLong = await call({
        method: 'PATCH',
        url: `/v1/articles/${id}/posts/mastodon`,
        headers: auth,
        payload: { text: `${'a'.repeat(490)} ${url}` },
      });
      expect(tooLong.statusCode).toBe(422);
      expect(tooLong.json().message).toMatch(/mastodon text: 514 of 500 .* shorten it by 14/);
      const patched = await call({
        method: 'PATCH',
        url: `/v1/articles/${id}/posts/mastodon`,
        headers: auth,
        payload: { text: `Relu pour Mastodon\n\n${url}` },
      });
      expect(patched.statusCode).toBe(200);
      const edited = patched.json().posts;
      expect(edited.map((p: { state: string; edited: boolean }) => [p.state, p.edited])).toEqual([
        ['draft', true],
        ['draft', true],
      ]);

      const approved = await call({ method: 'POST', url: `/v1/articles/${id}/approve`, headers: auth });
      expect(approved.json().changes.map((c: { state: string }) => c.state)).toEqual(['scheduled', 'scheduled']);
      await harness.waitFor(`${id}.x.default`, ['published']);
      await harness.waitFor(`${id}.mastodon.default`, ['published']);
      const status = (await call({ url: `/v1/articles/${id}`, headers: auth })).json();
      expect(status.posts.map((p: { text: string[]; dryRun: boolean }) => [p.text, p.dryRun])).toEqual([
        [[`Relu pour Mastodon\n\n${url}`], true],
        [[`Relu pour X ${url}`], true],
      ]);
      // Too late to edit: 409.
      const late = await call({
        method: 'PATCH',
        url: `/v1/articles/${id}/posts/x`,
        headers: auth,
        payload: { text: `Encore ${url}` },
      });
      expect(late.statusCode).toBe(409);

      const retract = await call({ method: 'POST', url: `/v1/articles/${id}/retract`, headers: auth });
      expect(retract.statusCode).toBe(202);
      await harness.waitFor(`${id}.x.default`, ['retracted']);
      await harness.waitFor(`${id}.mastodon.default`, ['retracted']);
      const again = await call({ method: 'POST', url: `/v1/articles/${id}/retract`, headers: auth });
      expect(again.json().changes.map((c: { state: string; changed: boolean }) => [c.state, c.changed])).toEqual([
        ['retracted', false],
        ['retracted', false],
      ]);
    } finally {
      await pool.close();
    }
  });

  test('cancel before compose: 200, nothing to post; an unknown id is still a 404', async () => {
    const res = await call({
      method: 'POST',
      url: '/v1/articles?platforms=x',
      headers: auth,
      payload: article('api-early'),
    });
    const { id } = res.json();
    const cancelled = await call({ method: 'DELETE', url: `/v1/articles/${id}`, headers: auth });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ note: 'cancelled before compose', changes: [] });
    const pool = await harness.start([
      createDryRunAdapter({ platform: 'x', account: 'default', outbox: harness.outbox }),
    ]);
    try {
      const record = await harness.waitFor(`${id}.x.default`, ['cancelled']);
      expect(record.attempts).toBe(0);
    } finally {
      await pool.close();
    }
    expect((await call({ method: 'DELETE', url: '/v1/articles/neverqueued', headers: auth })).statusCode).toBe(404);
  });

  test('a preview with X asked for carries the estimated X bill', async () => {
    const res = await call({ method: 'POST', url: '/v1/preview?platforms=x', headers: auth, payload: article('bill') });
    expect(res.json().cost).toEqual({ x: { usd: 0.2, lines: ['post with link $0.200'] } });
  });
});

describe('feeds', () => {
  test('add, list and remove a feed', async () => {
    const added = await call({
      method: 'POST',
      url: '/v1/feeds',
      headers: auth,
      payload: { url: 'https://example.org/feed.xml', cron: '*/30 * * * *' },
    });
    expect(added.statusCode).toBe(201);
    const { id } = added.json();
    expect((await call({ url: '/v1/feeds', headers: auth })).json().items).toEqual([
      expect.objectContaining({ id, url: 'https://example.org/feed.xml', cron: '*/30 * * * *' }),
    ]);
    expect((await call({ method: 'DELETE', url: `/v1/feeds/${id}`, headers: auth })).statusCode).toBe(204);
    expect((await call({ method: 'DELETE', url: `/v1/feeds/${id}`, headers: auth })).statusCode).toBe(404);
  });

  test('a bad cron is refused with what to write instead', async () => {
    const res = await call({
      method: 'POST',
      url: '/v1/feeds',
      headers: auth,
      payload: { url: 'https://example.org/feed.xml', cron: 'every hour' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toMatch(/cron/);
  });
});

describe('watching it run', () => {
  test('/openapi.json documents the routes', async () => {
    const doc = (await call({ url: '/openapi.json', headers: auth })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/articles', '/v1/articles/{id}', '/v1/preview', '/v1/feeds', '/healthz']),
    );
  });

  test('/metrics exposes queue depths and post outcomes in the Prometheus format', async () => {
    const res = await call({ url: '/metrics', headers: auth });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('crier_queue_jobs{queue="compose",state="waiting"}');
    expect(res.body).toContain('# TYPE crier_publish_duration_seconds histogram');
  });

  test('the queue dashboard is served behind the token', async () => {
    const res = await call({ url: '/admin/queues', headers: auth });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<html/i);
  });
});
