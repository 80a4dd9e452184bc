import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type Article, ArticleSchema } from '../../../src/article/article.js';
import { loadSettings } from '../../../src/config.js';
import { packagePath } from '../../../src/paths.js';
import { measureBluesky } from '../../../src/platforms/bluesky/counter.js';
import { measureMastodon } from '../../../src/platforms/mastodon/counter.js';
import type { PlatformId } from '../../../src/platforms/platform.js';
import { measureX } from '../../../src/platforms/x/counter.js';
import type { ComposeOptions } from '../../../src/teaser/compose.js';
import { teaserOptions } from '../../../src/teaser/options.js';
import twitterText from '../../../src/text/twitter-text.js';
import { modelCall } from '../../../src/writers/ai/model.js';
import { writeTeasers } from '../../../src/writers/compose.js';
import { type OpenAiServer, type Script, startOpenAiServer } from '../../fakes/openai-server.js';

/**
 * Every scripted answer of the fake OpenAI-compatible server, through the real `openai` client over HTTP, ends
 * in a guarded AI post the platforms accept or in the extractive post with the reason — never an invalid post.
 */
const ARTICLE: Article = ArticleSchema.parse({
  id: 'abeilles',
  url: 'https://example.org/articles/abeilles-sauvages',
  title: 'Les abeilles sauvages reviennent en ville',
  lang: 'fr',
  tags: ['abeilles', 'biodiversité'],
  body: [
    'Les abeilles sauvages reviennent en ville, selon une étude menée pendant trois ans dans quarante parcs de Lyon.',
    'Les chercheurs ont compté plus de 120 espèces, dont plusieurs que l’on croyait disparues de la région.',
    'Les prairies fauchées tard et les friches laissées en paix expliquent l’essentiel de ce retour inattendu.',
    'Les pesticides, interdits dans les espaces verts publics depuis 2017, ne sont plus un obstacle majeur.',
    'Les jardiniers amateurs peuvent aider en laissant fleurir le trèfle et en renonçant aux tontes trop fréquentes.',
    'Reste la question des ruches d’abeilles domestiques : leur densité pourrait-elle priver les sauvages de nectar ?',
  ].join(' '),
});
const PLATFORMS: PlatformId[] = ['x', 'bluesky', 'mastodon'];
const settings = loadSettings();
const OPTIONS: ComposeOptions = { platforms: PLATFORMS, teaser: teaserOptions(settings) };
const PROMPT = readFileSync(packagePath('config', 'ai-prompt.md'), 'utf8');

let server: OpenAiServer;
beforeAll(async () => {
  // The deadline is far below the slow script's delay, and far above what a good answer takes even under the whole
  // suite on two cores: at 500 ms the first call, cold, once missed it and fell back to the extractive writer.
  server = await startOpenAiServer({ slowMs: 8_000 });
});
afterAll(async () => server.close());

async function write(script: Script) {
  const call = modelCall({
    url: server.url,
    model: script,
    apiKey: 'sk-test-1234',
    timeoutMs: 2_000,
    maxTokens: 600,
    prompt: PROMPT,
  });
  return writeTeasers(ARTICLE, OPTIONS, 'ai', { system: PROMPT, call });
}

const MEASURE = {
  x: (text: string) => measureX(text, settings.platforms.x.maxWeightedLength),
  bluesky: measureBluesky,
  mastodon: (text: string) => measureMastodon(text, settings.platforms.mastodon),
};

/** What every post must be, whoever wrote it: within the platform's own count, the link once, no other, no mention. */
function expectValid(teasers: Awaited<ReturnType<typeof write>>['teasers']) {
  for (const platform of PLATFORMS) {
    const [part] = teasers[platform] ?? [];
    expect(part).toBeDefined();
    const text = part?.text ?? '';
    expect(MEASURE[platform](text).within).toBe(true);
    const urls = twitterText.extractUrls(text, { extractUrlsWithoutProtocol: true } as never);
    // Bluesky shows the link as its app does (host and the start of the path); its facet carries the whole.
    if (platform === 'bluesky') {
      expect(urls).toHaveLength(1);
      expect(ARTICLE.url.replace(/^https?:\/\//, '').startsWith((urls[0] ?? '?').replace(/\.\.\.$/, ''))).toBe(true);
    } else expect(urls).toEqual([ARTICLE.url]);
    expect(twitterText.extractMentions(text)).toEqual([]);
    expect(text).not.toMatch(/\*\*|<\/?b>/);
  }
}

describe('each scripted answer: a guarded AI post or the extractive one, never an invalid post', () => {
  test.each<[Script, 'ai' | 'extractive', string | undefined]>([
    ['good', 'ai', undefined],
    ['fenced', 'ai', undefined],
    ['too-long', 'ai', undefined],
    ['long-twice', 'ai', undefined],
    ['url', 'ai', undefined],
    ['mention', 'ai', undefined],
    ['markup', 'ai', undefined],
    ['wrong-lang', 'extractive', 'language'],
    ['invented', 'extractive', 'facts'],
    ['invalid', 'extractive', 'invalid-json'],
    ['slow', 'extractive', 'timeout'],
    ['rate-limit', 'extractive', 'rate-limited'],
    ['error', 'extractive', 'http-5xx'],
  ])('%s → %s (%s)', async (script, writer, reason) => {
    const written = await write(script);
    expectValid(written.teasers);
    for (const platform of PLATFORMS) {
      expect(written.writers[platform]).toMatchObject({ writer, ...(reason ? { reason } : {}) });
    }
  });

  test('a good answer is the model’s text, laid out by crier: the link once, the hashtags, the emoji', async () => {
    const { teasers } = await write('good');
    expect(teasers.x?.[0]?.text).toMatch(/^\S+ Les abeilles sauvages reviennent en ville/u);
    expect(teasers.mastodon?.[0]?.text).toContain(ARTICLE.url);
  });

  test('a URL, a domain and an @mention written by the model are removed, and the status says so', async () => {
    const url = await write('url');
    const mention = await write('mention');
    expect(url.teasers.x?.[0]?.text).not.toMatch(/spam\.example|news\.example/);
    expect(url.writers.x?.notes?.join()).toMatch(/links removed/);
    expect(mention.teasers.mastodon?.[0]?.text).not.toContain('@');
    expect(mention.writers.mastodon?.notes?.join()).toMatch(/mentions removed/);
  });

  test('too long: one request to shorten, then cut at a sentence', async () => {
    const before = server.requests.length;
    const once = await write('too-long');
    expect(server.requests.length - before).toBe(2);
    expect(once.usage.calls).toBe(2);
    const twice = await write('long-twice');
    expect(twice.writers.x?.notes).toContain('cut at a sentence to fit');
  });

  test('a 429 says when to come back; the key is sent as a Bearer token', async () => {
    const written = await write('rate-limit');
    expect(written.retryAfterMs).toBe(30_000);
    expect(server.requests.at(-1)?.authorization).toBe('Bearer sk-test-1234');
  });

  test('cached replies are used instead of calling again', async () => {
    const first = await write('good');
    const before = server.requests.length;
    const call = modelCall({ url: server.url, model: 'error', timeoutMs: 500, maxTokens: 600, prompt: PROMPT });
    const again = await writeTeasers(ARTICLE, OPTIONS, 'ai', { system: PROMPT, call, replies: first.replies });
    expect(server.requests.length).toBe(before);
    expect(again.teasers).toEqual(first.teasers);
    expect(again.usage.calls).toBe(0);
  });
});
