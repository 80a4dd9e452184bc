import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals';
import type { ComposeJob, IntakeJob } from '../../../queues/jobs.js';
import { postId, QUEUES } from '../../../queues/names.js';
import { startWorkerPool } from '../../../queues/workers.js';
import { articleIdFor } from '../../../src/article/article-id.js';
import { staticRegistry } from '../../../src/platforms/registry.js';
import { composeTeasers } from '../../../src/teaser/compose.js';
import { createHarness, FAST, type Harness, ScriptedAdapter, sampleArticle } from './harness.js';

// Real workers on a shared machine: generous time, no wall-clock assertions.
jest.setTimeout(60_000);

/**
 * How an article reaches compose: one already parsed (CLI, API, feeds) is stored and goes straight to
 * compose; a source still to fetch goes through the intake queue on a worker first. Either way the
 * compose worker fits Mastodon posts to the limits it reads from the instance.
 */
let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

const HTML = `<!doctype html><html lang="en"><head><title>Fetched on a worker</title></head>
<body><article><p>This page is fetched by the intake worker, and it has enough text to be an article.</p></article></body></html>`;
let server: Server;
let pageUrl: string;
beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('from enqueue to compose', () => {
  test('a parsed article is stored and goes straight to compose: no intake job', async () => {
    harness = createHarness();
    const article = sampleArticle();
    await harness.enqueue(article, { platforms: ['x', 'mastodon'], thread: true });

    expect(await harness.queues.get(QUEUES.intake).count()).toBe(0);
    const [job, ...others] = await harness.queues.get(QUEUES.compose).getJobs(['waiting']);
    expect(others).toHaveLength(0);
    expect(job?.data).toEqual({
      articleId: article.id,
      platforms: ['x', 'mastodon'],
      thread: true,
      when: { kind: 'now' },
    } satisfies ComposeJob);
    expect(job?.id).toMatch(new RegExp(`^${article.id}\\.`));
  });

  test('each enqueue is its own compose job (enqueueing again reschedules)', async () => {
    harness = createHarness();
    const article = sampleArticle();
    await harness.enqueue(article);
    await harness.enqueue(article);
    const jobs = await harness.queues.get(QUEUES.compose).getJobs(['waiting']);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(2);
  });

  test('compose fits Mastodon posts to the limits the worker reads from the instance', async () => {
    harness = createHarness();
    const limits = { maxCharacters: 140, charactersReservedPerUrl: 23 };
    const registry = { ...staticRegistry([]), mastodonLimits: async () => limits };
    // No publisher: the post stays scheduled with its parts in the ledger.
    const pool = await startWorkerPool({
      config: harness.config,
      registry,
      connection: harness.redis,
      composeConcurrency: 1,
      ...FAST,
    });
    try {
      const article = sampleArticle({
        body: 'Les abeilles sauvages reviennent en ville. '.repeat(30),
      });
      await harness.enqueue(article, { platforms: ['mastodon'] });
      const record = await harness.waitFor(
        postId({ articleId: article.id, platform: 'mastodon', account: 'default' }),
        ['scheduled'],
      );
      const expected = composeTeasers(article, {
        platforms: ['mastodon'],
        settings: harness.config.settings,
        mastodonLimits: limits,
      });
      expect(record.parts).toEqual(expected.mastodon);
    } finally {
      await pool.close();
    }
  });

  test('a source to fetch goes through intake on a worker, then compose and publish', async () => {
    harness = createHarness({ fetch: { allowPrivateAddresses: true } });
    const adapter = new ScriptedAdapter('x');
    await harness.start([adapter]);
    const url = 'https://example.org/fetched-on-a-worker';
    const data: IntakeJob = { kind: 'source', source: pageUrl, url, platforms: ['x'], when: { kind: 'now' } };
    await harness.queues.get(QUEUES.intake).add('intake', data);
    const record = await harness.waitFor(postId({ articleId: articleIdFor(url), platform: 'x', account: 'default' }), [
      'published',
    ]);
    expect(record.done).toHaveLength(1);
    expect(adapter.posts).toBe(1);
  });
});
