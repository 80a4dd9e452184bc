import { describe, expect, test } from '@jest/globals';
import type { Article } from '../../../src/article/article.js';
import { loadSettings } from '../../../src/config.js';
import { measureBluesky } from '../../../src/platforms/bluesky/counter.js';
import { measureMastodon } from '../../../src/platforms/mastodon/counter.js';
import { measureX } from '../../../src/platforms/x/counter.js';
import { composeTeasers } from '../../../src/teaser/compose.js';
import { teaserOptions } from '../../../src/teaser/options.js';

/** composeTeasers end to end (draft + fitting) on small articles: what any draft engine must still give. */
const settings = loadSettings();

const ARTICLES: Article[] = [
  {
    id: 'chine-ia',
    url: 'https://example.org/chine-ia',
    title: 'La Chine appelle à une coopération mondiale en IA',
    lang: 'fr',
    body:
      'La Chine appelle à une coopération mondiale en IA et promet de partager ses développements open-source. ' +
      'Stratégie de rattrapage ou véritable vision collaborative\u00a0? Entre méfiance géopolitique et espoir ' +
      'technologique, l’avenir de l’IA se dessine. Pékin a présenté un plan d’action lors de la conférence mondiale ' +
      'sur l’intelligence artificielle à Shanghai.',
    tags: ['IA', 'OpenSource'],
  },
  {
    id: 'rubygems',
    url: 'https://www.ruby-lang.org/ja/news/2025/10/17/rubygems-repository-transition/',
    title: 'RubyGemsリポジトリ所有権の移行',
    lang: 'ja',
    body:
      'RubyGemsとBundlerのリポジトリ所有権がRubyコアチームへ移行します。ライセンスはそのまま、Ruby Centralと共同で運営されます。' +
      'コミュニティに長期的な安定性と継続性を提供するための決定です。',
    tags: ['Ruby'],
  },
  {
    id: 'bounty',
    url: 'https://nodejs.org/en/blog/announcements/discontinuing-security-bug-bounties',
    title: 'Security Bug Bounty Program Paused Due to Loss of Funding',
    lang: 'en',
    body: `Node.js is pausing its security bug bounty after its outside funding ended. ${'Vulnerability reports still go through HackerOne, just without payouts. '.repeat(8)}`,
    summary: 'The Node.js bug bounty program is paused.',
    tags: [],
  },
];

describe('composeTeasers', () => {
  // The schema takes any tag a source gives; ICU refuses some. The root locale's rules split them instead.
  test.each(['ja-xx-yy', 'xx-yy-zz'])(
    'an article in a language tag ICU refuses (%s) still gets its teasers',
    (lang) => {
      const rubygems = ARTICLES[1] as Article;
      const teasers = composeTeasers(
        { ...rubygems, lang },
        { platforms: ['x', 'bluesky', 'mastodon'], teaser: teaserOptions(settings) },
      );
      expect([teasers.x?.length, teasers.bluesky?.length, teasers.mastodon?.length]).toEqual([1, 1, 1]);
      expect(teasers.bluesky?.[0]?.langs).toEqual([lang]);
    },
  );

  test.each(ARTICLES.map((a) => [a.id, a] as const))(
    '%s: one post per platform, each accepted by its counter',
    (_id, article) => {
      const teasers = composeTeasers(article, {
        platforms: ['x', 'bluesky', 'mastodon'],
        teaser: teaserOptions(settings),
      });
      const [x, ...moreX] = teasers.x ?? [];
      const [bluesky, ...moreBluesky] = teasers.bluesky ?? [];
      const [mastodon, ...moreMastodon] = teasers.mastodon ?? [];
      expect([moreX, moreBluesky, moreMastodon]).toEqual([[], [], []]);
      expect(x && measureX(x.text)).toEqual({ length: x?.length, within: true });
      expect(bluesky && measureBluesky(bluesky.text)).toMatchObject({ length: bluesky?.length, within: true });
      expect(mastodon && measureMastodon(mastodon.text)).toEqual({ length: mastodon?.length, within: true });
      expect(x?.text.endsWith(`\n${article.url}`) || x?.text === article.url).toBe(true);
      expect(mastodon?.text).toContain(article.url);
      expect(bluesky?.embed?.external.uri).toBe(article.url);
      expect(bluesky?.langs).toEqual([article.lang]);
      expect(mastodon).toMatchObject({ language: article.lang, visibility: 'public', limit: 500 });
    },
  );

  test('only the platforms asked for; a thread on request; deterministic', () => {
    const article = ARTICLES[2];
    if (!article) throw new Error('fixture');
    const options = { platforms: ['bluesky'] as const, teaser: teaserOptions(settings), thread: true };
    const teasers = composeTeasers(article, options);
    expect(Object.keys(teasers)).toEqual(['bluesky']);
    expect(composeTeasers(article, options)).toEqual(teasers);
    for (const part of teasers.bluesky ?? []) expect(measureBluesky(part.text).within).toBe(true);
  });
});
