import { describe, expect, test } from '@jest/globals';
import { ArticleSchema } from '../../../src/article/article.js';
import { loadConfig } from '../../../src/config.js';
import type { PlatformAdapter } from '../../../src/platforms/adapter.js';
import { PermanentError } from '../../../src/platforms/errors.js';
import type { MastodonLimits } from '../../../src/platforms/mastodon/counter.js';
import type { MastodonPart } from '../../../src/platforms/mastodon/part.js';
import { buildRegistry, type Registry } from '../../../src/platforms/registry.js';
import { composeTeasers } from '../../../src/teaser/compose.js';
import { teaserOptions } from '../../../src/teaser/options.js';
import { type MastodonServer, type MastodonServerOptions, startMastodonServer } from '../../fakes/mastodon-server.js';
import { uniquePrefix } from '../../support/env.js';
import { closingAfterEach, testRedis } from '../../support/resources.js';

/**
 * Several Mastodon accounts on instances with different limits share one teaser per article: it is fitted
 * to the strictest of them, so every instance accepts it. Real registry, real masto client, two fakes.
 */

const TOKENS = { default: 'mastodon-token-default-5e1b', news: 'mastodon-token-news-9c2d' };

const redis = testRedis();
const closeAfter = closingAfterEach();

async function instance(token: string, options: MastodonServerOptions): Promise<MastodonServer> {
  const server = await startMastodonServer({ accounts: [{ username: 'crier', token }], ...options });
  closeAfter(() => server.close());
  return server;
}

async function registry(urls: { default: string; news: string }): Promise<Registry> {
  const config = loadConfig(
    {
      CRIER_PREFIX: uniquePrefix('accounts'),
      LOG_LEVEL: 'silent',
      MASTODON_URL: urls.default,
      MASTODON_ACCESS_TOKEN: TOKENS.default,
      MASTODON_NEWS_URL: urls.news,
      MASTODON_NEWS_ACCESS_TOKEN: TOKENS.news,
    },
    { platforms: { mastodon: { accounts: ['default', 'news'] } } },
  );
  const built = await buildRegistry({ config, redis, dryRun: false, platforms: ['mastodon'] });
  closeAfter(() => built.close());
  return built;
}

const article = ArticleSchema.parse({
  id: 'abeilles',
  url: 'https://example.org/articles/abeilles-sauvages',
  title: 'Les abeilles sauvages reviennent en ville',
  lang: 'fr',
  tags: ['abeilles', 'biodiversité'],
  body: [
    'Les abeilles sauvages reviennent en ville, selon une étude menée pendant trois ans dans quarante parcs.',
    'Les chercheurs ont compté plus de cent vingt espèces, dont plusieurs que l’on croyait disparues de la région.',
    'Les prairies fauchées tard et les friches laissées en paix expliquent l’essentiel de ce retour inattendu.',
    'Les jardiniers amateurs peuvent aider en laissant fleurir le trèfle et en renonçant aux tontes trop fréquentes.',
  ].join(' '),
});

function mastodonTeaser(
  limits: MastodonLimits | undefined,
  settings = loadConfig({}).settings,
  thread = false,
): MastodonPart[] {
  const parts = composeTeasers(article, {
    platforms: ['mastodon'],
    teaser: teaserOptions(settings),
    mastodonLimits: limits,
    thread,
  }).mastodon;
  if (!parts) throw new Error('no Mastodon teaser');
  return parts;
}

function publish(adapter: PlatformAdapter | undefined, parts: MastodonPart[]) {
  if (adapter?.platform !== 'mastodon') throw new Error('no Mastodon adapter');
  return (adapter as PlatformAdapter<'mastodon'>).publish({
    article,
    parts,
    idempotencyKey: `${article.id}:mastodon:${adapter.account}`,
    done: [],
  });
}

describe('several Mastodon accounts', () => {
  test('the teaser is fitted to the strictest instance, and every instance accepts it', async () => {
    const roomy = await instance(TOKENS.default, { maxCharacters: 1000 });
    const tight = await instance(TOKENS.news, { maxCharacters: 200, charactersReservedPerUrl: 30 });
    const r = await registry({ default: roomy.url, news: tight.url });

    const limits = await r.mastodonLimits();
    expect(limits).toEqual({ maxCharacters: 200, charactersReservedPerUrl: 30 });

    const parts = mastodonTeaser(limits);
    await publish(r.get('mastodon', 'default'), parts);
    await publish(r.get('mastodon', 'news'), parts);
    expect(roomy.state.statuses.map((s) => s.text)).toEqual([parts[0]?.text]);
    expect(tight.state.statuses.map((s) => s.text)).toEqual([parts[0]?.text]);
  });

  test('fitted to the roomier instance alone, the tighter one would refuse the post (the case above matters)', async () => {
    const roomy = await instance(TOKENS.default, { maxCharacters: 1000 });
    const tight = await instance(TOKENS.news, { maxCharacters: 200, charactersReservedPerUrl: 30 });
    const r = await registry({ default: roomy.url, news: tight.url });

    // A thread's first part takes all the room it is given (a single teaser stays short on any instance).
    const roomyParts = mastodonTeaser({ maxCharacters: 1000, charactersReservedPerUrl: 23 }, undefined, true);
    await expect(publish(r.get('mastodon', 'news'), roomyParts)).rejects.toBeInstanceOf(PermanentError);
    expect(tight.state.statuses).toEqual([]);
  });

  test('an instance whose limits cannot be read counts with the settings’ limits', async () => {
    const roomy = await instance(TOKENS.default, { maxCharacters: 1000 });
    const gone = await startMastodonServer({ accounts: [{ username: 'crier', token: TOKENS.news }] });
    const goneUrl = gone.url;
    await gone.close();
    const r = await registry({ default: roomy.url, news: goneUrl });

    const { maxCharacters, charactersReservedPerUrl } = loadConfig({}).settings.platforms.mastodon;
    expect(await r.mastodonLimits()).toEqual({ maxCharacters, charactersReservedPerUrl });
  });

  test('an instance that failed is not asked again at once: compose jobs do not each wait on it', async () => {
    const roomy = await instance(TOKENS.default, { maxCharacters: 1000 });
    const failing = await instance(TOKENS.news, { maxCharacters: 200 });
    failing.state.failNext({ match: /^GET \/api\/v2\/instance/, kind: 'status', status: 500, times: 100 });
    const r = await registry({ default: roomy.url, news: failing.url });
    const asked = () => failing.state.requests.filter((q) => q.path.startsWith('/api/v2/instance')).length;

    const { maxCharacters, charactersReservedPerUrl } = loadConfig({}).settings.platforms.mastodon;
    expect(await r.mastodonLimits()).toEqual({ maxCharacters, charactersReservedPerUrl });
    const afterFirst = asked();
    expect(afterFirst).toBeGreaterThan(0);
    expect(await r.mastodonLimits()).toEqual({ maxCharacters, charactersReservedPerUrl });
    expect(asked()).toBe(afterFirst);
  });
});
