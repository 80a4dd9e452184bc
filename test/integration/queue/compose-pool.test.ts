import { afterEach, describe, expect, test } from '@jest/globals';
import { createTeaserPool, type TeaserPool } from '../../../queues/processors/compose.js';
import type { Article } from '../../../src/article/article.js';
import { loadConfig } from '../../../src/config.js';
import { composeTeasers } from '../../../src/teaser/compose.js';
import { teaserOptions } from '../../../src/teaser/options.js';
import { sampleArticle } from './harness.js';

/**
 * The compose threads write teasers only (the main thread does the Redis work): what comes back from
 * a thread is what composeTeasers writes on the main thread, errors keep their name and message,
 * the largest article intake accepts fits a thread's heap budget, and a closed pool refuses work. Runs the built thread (dist/), like the worker processes.
 */
const { settings } = loadConfig({ LOG_LEVEL: 'silent' });
const teaser = teaserOptions(settings);
let pool: TeaserPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('teaser pool', () => {
  test.each([
    { platforms: ['x', 'bluesky', 'mastodon'] as const, thread: false },
    { platforms: ['mastodon'] as const, thread: true },
  ])('a thread writes what the main thread writes: $platforms, thread $thread', async ({ platforms, thread }) => {
    pool = createTeaserPool({ size: 2, teaser });
    const articles = [sampleArticle(), sampleArticle({ title: 'Wild bees return to the city', lang: 'en' })];
    const options = { platforms: [...platforms], thread };
    const fromThreads = await Promise.all(articles.map((a) => pool?.compose(a, options)));
    expect(fromThreads).toEqual(
      articles.map((a) => composeTeasers(a, { ...options, teaser: teaserOptions(settings) })),
    );
  });

  test('the no-op switch answers one fixed part per platform without the teaser engine', async () => {
    pool = createTeaserPool({ size: 1, teaser, noop: true });
    const article = sampleArticle();
    expect(await pool.compose(article, { platforms: ['x', 'bluesky'] })).toEqual({
      x: [{ text: article.title, length: 1, limit: 1 }],
      bluesky: [{ text: article.title, length: 1, limit: 1 }],
    });
  });

  test('an error in the thread fails the compose with its name and message', async () => {
    pool = createTeaserPool({ size: 1, teaser });
    const broken = { ...sampleArticle(), body: undefined, title: undefined } as unknown as Article;
    const error = await pool.compose(broken, { platforms: ['x'] }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('TypeError');
    // The pool goes on working after a failed compose.
    expect(Object.keys(await pool.compose(sampleArticle(), { platforms: ['x'] }))).toEqual(['x']);
  });

  test("an article at intake's size cap composes within a thread's heap budget", async () => {
    pool = createTeaserPool({ size: 1, teaser });
    const sample = sampleArticle();
    const paragraphs = Math.ceil(settings.fetch.maxBytes / Buffer.byteLength(`${sample.body}\n\n`));
    const article = { ...sample, body: Array.from({ length: paragraphs }, () => sample.body).join('\n\n') };
    const teasers = await pool.compose(article, { platforms: ['x', 'bluesky', 'mastodon'], thread: true });
    expect(Object.keys(teasers)).toEqual(['x', 'bluesky', 'mastodon']);
  });

  test('a closed pool refuses work', async () => {
    pool = createTeaserPool({ size: 1, teaser });
    await pool.close();
    await expect(pool.compose(sampleArticle(), { platforms: ['x'] })).rejects.toThrow('closed');
  });
});
