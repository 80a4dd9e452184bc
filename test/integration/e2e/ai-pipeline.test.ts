import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import { postId } from '../../../queues/names.js';
import { type Article, ArticleSchema } from '../../../src/article/article.js';
import { readWriters } from '../../../src/ledger/writers.js';
import { metricKeys } from '../../../src/metrics/record.js';
import type { PlatformId } from '../../../src/platforms/platform.js';
import type { ComposeOptions } from '../../../src/teaser/compose.js';
import { teaserOptions } from '../../../src/teaser/options.js';
import { modelCall } from '../../../src/writers/ai/model.js';
import { writeTeasers } from '../../../src/writers/compose.js';
import { type OpenAiServer, startOpenAiServer } from '../../fakes/openai-server.js';
import { until } from '../../support/until.js';
import { type Stack, startStack } from './stack.js';

/**
 * crier end to end with the AI writer configured (CRIER_AI_URL, CRIER_AI_MODEL, CRIER_AI_API_KEY) against the
 * fake OpenAI-compatible server: the compose threads call the model, guard its answer and lay it out; the real
 * adapters post it to the X fake, the real PDS and the Mastodon fake. A refused answer posts the extractive
 * teaser, and the status says which writer wrote each post and why.
 */
jest.setTimeout(90_000);

const PLATFORMS: PlatformId[] = ['x', 'bluesky', 'mastodon'];
let ai: OpenAiServer;
let stack: Stack;

beforeAll(async () => {
  ai = await startOpenAiServer();
  stack = await startStack({
    env: { CRIER_AI_URL: ai.url, CRIER_AI_MODEL: 'good', CRIER_AI_API_KEY: 'sk-e2e-secret-42' },
  });
});
afterAll(async () => {
  await stack?.close();
  await ai?.close();
});

let counter = 0;
function article(): Article {
  counter++;
  const id = `ai${Date.now().toString(36)}${counter}`;
  return ArticleSchema.parse({
    id,
    url: `https://example.org/articles/${id}`,
    title: 'Les abeilles sauvages reviennent en ville',
    lang: 'fr',
    tags: ['abeilles', 'biodiversité'],
    body: [
      'Les abeilles sauvages reviennent en ville, selon une étude menée pendant trois ans dans quarante parcs.',
      'Les chercheurs ont compté plus de 120 espèces, dont plusieurs que l’on croyait disparues de la région.',
      'Les prairies fauchées tard et les friches laissées en paix expliquent l’essentiel de ce retour inattendu.',
      'Les pesticides, interdits dans les espaces verts publics depuis 2017, ne sont plus un obstacle majeur.',
    ].join(' '),
  });
}

function options(): ComposeOptions {
  return {
    platforms: PLATFORMS,
    teaser: teaserOptions(stack.config.settings),
    mastodonLimits: { maxCharacters: stack.mastodon.state.maxCharacters, charactersReservedPerUrl: 23 },
  };
}

async function published(a: Article) {
  await Promise.all(
    PLATFORMS.map((platform) =>
      stack.waitFor(postId({ articleId: a.id, platform, account: 'default' }), ['published']),
    ),
  );
  return {
    x: stack.x.state.tweets.at(-1)?.text,
    mastodon: stack.mastodon.state.statuses.at(-1)?.text,
  };
}

test('a good answer: the AI posts are what goes out, on every platform; tokens are counted', async () => {
  const a = article();
  const call = modelCall({ url: ai.url, model: 'good', timeoutMs: 5_000, maxTokens: 600, prompt: '' });
  const expected = await writeTeasers(a, options(), 'ai', {
    system: stack.config.ai?.prompt ?? '',
    call,
  });
  expect(expected.writers.x?.writer).toBe('ai');
  const before = ai.requests.length;
  await stack.enqueue(a);
  const posted = await published(a);
  expect(posted.x).toBe(expected.teasers.x?.[0]?.text);
  expect(posted.mastodon).toBe(expected.teasers.mastodon?.[0]?.text);
  expect(ai.requests.length - before).toBe(1);
  expect(ai.requests.at(-1)?.authorization).toBe('Bearer sk-e2e-secret-42');
  const writers = await readWriters(stack.redis, stack.config.prefix, a.id);
  expect(Object.values(writers).map((w) => w?.writer)).toEqual(['ai', 'ai', 'ai']);
  await until('the tokens are counted', async () => {
    const tokens = await stack.redis.hgetall(metricKeys(stack.config.prefix, stack.redis).aiTokens);
    return Number(tokens.prompt ?? 0) > 0 && Number(tokens.completion ?? 0) > 0;
  });
});

test('an answer with an invented number: the extractive posts go out, and the status says why', async () => {
  ai.script = 'invented';
  try {
    const a = article();
    const expected = await writeTeasers(a, options(), 'extractive', undefined);
    await stack.enqueue(a);
    const posted = await published(a);
    expect(posted.x).toBe(expected.teasers.x?.[0]?.text);
    expect(posted.mastodon).toBe(expected.teasers.mastodon?.[0]?.text);
    const writers = await readWriters(stack.redis, stack.config.prefix, a.id);
    for (const platform of PLATFORMS) {
      expect(writers[platform]).toMatchObject({ writer: 'extractive', reason: 'facts' });
      expect(writers[platform]?.refused).toMatch(/42/);
    }
    await until('the refusal is counted', async () => {
      const posts = await stack.redis.hgetall(metricKeys(stack.config.prefix, stack.redis).aiPosts);
      return Number(posts['x|extractive|facts'] ?? 0) > 0;
    });
  } finally {
    ai.script = undefined;
  }
});
