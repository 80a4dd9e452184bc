import { afterEach, describe, expect, jest, test } from '@jest/globals';
import type { ComposeJob } from '../../../queues/jobs.js';
import { postId, QUEUES } from '../../../queues/names.js';
import { startWorkerPool } from '../../../queues/workers.js';
import { staticRegistry } from '../../../src/platforms/registry.js';
import { composeTeasers } from '../../../src/teaser/compose.js';
import { teaserOptions } from '../../../src/teaser/options.js';
import { createHarness, FAST, type Harness, sampleArticle } from './harness.js';

// Real workers on a shared machine: generous time, no wall-clock assertions.
jest.setTimeout(60_000);

/**
 * How an article reaches compose: parsed by its producer (CLI, API, feeds), stored once, and handed to
 * compose; the compose worker fits Mastodon posts to the limits it reads from the instance.
 */
let harness: Harness;
afterEach(async () => {
  await harness?.close();
});

describe('from enqueue to compose', () => {
  test('a parsed article is stored and goes to compose', async () => {
    harness = createHarness();
    const article = sampleArticle();
    await harness.enqueue(article, { platforms: ['x', 'mastodon'], thread: true });

    const [job, ...others] = await harness.queues.get(QUEUES.compose).getJobs(['waiting']);
    expect(others).toHaveLength(0);
    expect(job?.data).toEqual({
      articleId: article.id,
      platforms: ['x', 'mastodon'],
      thread: true,
      when: { kind: 'now' },
      // Never cancelled (docs/operator.md: the cancel epoch); no review asked for.
      epoch: 0,
      review: false,
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
        teaser: teaserOptions(harness.config.settings),
        mastodonLimits: limits,
      });
      expect(record.parts).toEqual(expected.mastodon);
    } finally {
      await pool.close();
    }
  });
});
