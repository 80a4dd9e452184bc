import type { TeaserDraft } from '../../../src/teaser/draft.js';

/**
 * The worked examples of docs/teasers.md (written by hand, counted with the platforms' own counters), with a
 * hand-written draft for each: the renderer given that draft should write these posts, or very nearly.
 */
export interface TeaserExample {
  name: string;
  draft: TeaserDraft;
  posts: { x: string; bluesky: string; mastodon: string };
  lengths: { x: number; bluesky: number; mastodon: number };
}

const NBSP = '\u00a0';

export const TEASER_EXAMPLES: TeaserExample[] = [
  {
    name: 'La Chine appelle à une coopération mondiale en IA (fr)',
    draft: {
      lang: 'fr',
      emoji: ['🇨🇳', '🤖'],
      sentences: [
        'La Chine appelle à une coopération mondiale en IA et promet de partager ses développements open-source.',
        'Entre méfiance géopolitique et espoir technologique, l’avenir de l’IA se dessine.',
      ],
      question: `Stratégie de rattrapage ou véritable vision collaborative${NBSP}?`,
      hashtags: ['IA', 'OpenSource', 'Géopolitique'],
      url: 'https://example.org/chine-ia',
      title: 'La Chine appelle à une coopération mondiale en IA',
      description: 'Pékin propose une gouvernance mondiale de l’IA et promet de partager ses modèles.',
    },
    posts: {
      x: `🇨🇳 La Chine appelle à une coopération mondiale en IA et promet de partager ses développements open-source. Stratégie de rattrapage ou véritable vision collaborative${NBSP}?

#IA #OpenSource
https://example.org/chine-ia`,
      bluesky: `🇨🇳 La Chine appelle à une coopération mondiale en IA et promet de partager ses développements open-source. Stratégie de rattrapage ou véritable vision collaborative${NBSP}? Entre méfiance géopolitique et espoir technologique, l’avenir de l’IA se dessine.

#IA #OpenSource #Géopolitique
example.org/chine-ia`,
      mastodon: `🇨🇳 La Chine appelle à une coopération mondiale en IA et promet de partager ses développements open-source. Stratégie de rattrapage ou véritable vision collaborative${NBSP}? Entre méfiance géopolitique et espoir technologique, l’avenir de l’IA se dessine. 🤖

https://example.org/chine-ia

#IA #OpenSource #Géopolitique`,
    },
    lengths: { x: 207, bluesky: 299, mastodon: 305 },
  },
  {
    name: 'Security Bug Bounty Program Paused Due to Loss of Funding (en)',
    draft: {
      lang: 'en',
      emoji: ['🔐'],
      sentences: [
        'Node.js is pausing its security bug bounty after its outside funding ended.',
        'Vulnerability reports still go through HackerOne, just without payouts.',
      ],
      hashtags: ['NodeJS', 'Security'],
      url: 'https://nodejs.org/en/blog/announcements/discontinuing-security-bug-bounties',
      title: 'Security Bug Bounty Program Paused Due to Loss of Funding',
      description: 'The Node.js bug bounty program is paused.',
    },
    posts: {
      x: `🔐 Node.js is pausing its security bug bounty after its outside funding ended. Vulnerability reports still go through HackerOne, just without payouts.

#NodeJS #Security
https://nodejs.org/en/blog/announcements/discontinuing-security-bug-bounties`,
      bluesky: `🔐 Node.js is pausing its security bug bounty after its outside funding ended. Vulnerability reports still go through HackerOne, just without payouts.

#NodeJS #Security
nodejs.org/en/blog/anno...`,
      mastodon: `🔐 Node.js is pausing its security bug bounty after its outside funding ended. Vulnerability reports still go through HackerOne, just without payouts — and the project thanks the researchers who took part since 2016.

https://nodejs.org/en/blog/announcements/discontinuing-security-bug-bounties

#NodeJS #Security #OpenSource`,
    },
    lengths: { x: 193, bluesky: 195, mastodon: 271 },
  },
  {
    name: 'RubyGemsリポジトリ所有権の移行 (ja)',
    draft: {
      lang: 'ja',
      emoji: ['💎'],
      sentences: [
        'RubyGemsとBundlerのリポジトリ所有権がRubyコアチームへ移行。',
        'ライセンスはそのまま、Ruby Centralと共同で運営されます。',
        'コミュニティに長期的な安定性と継続性を提供するための決定です。',
      ],
      hashtags: ['Ruby', 'RubyGems'],
      url: 'https://www.ruby-lang.org/ja/news/2025/10/17/rubygems-repository-transition/',
      title: 'RubyGemsリポジトリ所有権の移行',
      description: 'RubyGemsとBundlerのリポジトリ所有権の移行について。',
    },
    posts: {
      x: `💎 RubyGemsとBundlerのリポジトリ所有権がRubyコアチームへ移行。ライセンスはそのまま、Ruby Centralと共同で運営されます。

#Ruby #RubyGems
https://www.ruby-lang.org/ja/news/2025/10/17/rubygems-repository-transition/`,
      bluesky: `💎 RubyGemsとBundlerのリポジトリ所有権がRubyコアチームへ移行。ライセンスはそのまま、Ruby Centralと共同で運営されます。

#Ruby #RubyGems
www.ruby-lang.org/ja/news/2025...`,
      mastodon: `💎 RubyGemsとBundlerのリポジトリ所有権がRubyコアチームへ移行。ライセンスはそのまま、Ruby Centralと共同で運営されます。コミュニティに長期的な安定性と継続性を提供するための決定です。

https://www.ruby-lang.org/ja/news/2025/10/17/rubygems-repository-transition/

#Ruby #RubyGems`,
    },
    lengths: { x: 159, bluesky: 126, mastodon: 148 },
  },
];
