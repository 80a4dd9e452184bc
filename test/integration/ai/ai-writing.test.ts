import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Redis } from 'ioredis';
import { createAiWriting } from '../../../queues/ai-writing.js';
import { createRedis } from '../../../queues/connection.js';
import { createTeaserPool, type TeaserPool } from '../../../queues/processors/compose.js';
import { type Article, ArticleSchema } from '../../../src/article/article.js';
import { type AiConfig, loadConfig } from '../../../src/config.js';
import { readWriters } from '../../../src/ledger/writers.js';
import { teaserOptions } from '../../../src/teaser/options.js';
import { type OpenAiServer, startOpenAiServer } from '../../fakes/openai-server.js';
import { testRedisUrl, uniquePrefix } from '../../support/env.js';

/**
 * The compose side of the AI writer on real Redis and a real compose thread: one model call per article
 * version (retries and re-composes use the cached answer), and after a 429 no call until its Retry-After.
 */
let ai: OpenAiServer;
let redis: Redis;
let pool: TeaserPool;
let config: AiConfig;
const prefix = uniquePrefix('ai');

beforeAll(async () => {
  ai = await startOpenAiServer();
  const loaded = loadConfig({ CRIER_AI_URL: ai.url, CRIER_AI_MODEL: 'good' });
  if (!loaded.ai) throw new Error('AI not configured');
  config = loaded.ai;
  redis = createRedis(testRedisUrl(), 'worker');
  pool = createTeaserPool({ size: 1, teaser: teaserOptions(loaded.settings), ai: config });
});
afterAll(async () => {
  await pool?.close();
  await redis?.quit();
  await ai?.close();
});

let n = 0;
function article(body = ''): Article {
  n++;
  return ArticleSchema.parse({
    id: `w${n}`,
    url: `https://example.org/${n}`,
    title: 'Les abeilles sauvages reviennent en ville',
    lang: 'fr',
    body: `Les abeilles sauvages reviennent en ville, selon une étude menée pendant trois ans dans quarante parcs. ${body}`,
  });
}

const options = { platforms: ['x' as const, 'mastodon' as const] };

test('one call per article version: a second compose uses the cached answer; an edited article asks again', async () => {
  const writing = createAiWriting({ redis, prefix, ai: config, pool });
  const a = article();
  const before = ai.requests.length;
  const first = await writing.write(a.id, a, options);
  const again = await writing.write(a.id, a, options);
  expect(ai.requests.length - before).toBe(1);
  expect(again).toEqual(first);
  expect(await readWriters(redis, prefix, a.id)).toEqual({ x: { writer: 'ai' }, mastodon: { writer: 'ai' } });
  await writing.write(a.id, { ...a, body: `${a.body} Les chercheurs ont compté 120 espèces.` }, options);
  expect(ai.requests.length - before).toBe(2);
});

test('after a 429, no call until its Retry-After: the extractive posts at once, with the reason', async () => {
  let clock = 1_000_000;
  const writing = createAiWriting({ redis, prefix, ai: config, pool, now: () => clock });
  ai.script = 'rate-limit';
  try {
    const limited = article();
    await writing.write(limited.id, limited, options);
    const before = ai.requests.length;
    const paused = article();
    await writing.write(paused.id, paused, options);
    expect(ai.requests.length).toBe(before);
    expect((await readWriters(redis, prefix, paused.id)).x).toMatchObject({
      writer: 'extractive',
      reason: 'rate-limited',
    });
    ai.script = undefined;
    clock += 30_001;
    const later = article();
    await writing.write(later.id, later, options);
    expect(ai.requests.length).toBe(before + 1);
    expect((await readWriters(redis, prefix, later.id)).x).toEqual({ writer: 'ai' });
  } finally {
    ai.script = undefined;
  }
});
