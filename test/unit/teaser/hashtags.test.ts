import { describe, expect, test } from '@jest/globals';
import type { Article } from '../../../src/article/article.js';
import { draftTeaser } from '../../../src/teaser/draft.js';
import { hashtagKey, isValidHashtag, toHashtag } from '../../../src/teaser/hashtags.js';

function article(lang: string, title: string, body: string, tags: string[] = []): Article {
  return { id: 'test', url: 'https://example.org/a', lang, title, body, tags };
}

const hashtagsOf = (a: Article, maxHashtags = 3) => draftTeaser(a, { maxHashtags, maxEmoji: 2 }).hashtags;

describe('isValidHashtag: valid on X, Bluesky and Mastodon alike (docs/teasers.md, "Hashtags valid on all three platforms")', () => {
  test.each([
    ['Coopération', true],
    ['OpenSource', true],
    ['été2024', true],
    ['a_b', true],
    ['人工知能', true],
    ['보안', true],
    ['123', false],
    ['tag-dash', false],
    ['C++', false],
    ['Node.js', false],
    ['two words', false],
    ['', false],
    ['a'.repeat(64), true],
    ['a'.repeat(65), false],
  ])('%s → %s', (name, valid) => {
    expect(isValidHashtag(name)).toBe(valid);
  });
});

describe('toHashtag: CamelCase for several words, accents and inner capitals kept', () => {
  test.each([
    ['open-source', 'OpenSource'],
    ['open source', 'OpenSource'],
    ['safety-critical', 'SafetyCritical'],
    ['coopération', 'Coopération'],
    ['#IA', 'IA'],
    ['RubyGems', 'RubyGems'],
    ['ReDoS', 'ReDoS'],
    ['smart city', 'SmartCity'],
    ['人工知能', '人工知能'],
    ['کتاب\u200Cخانه', undefined],
    ['2024', undefined],
    ['++', undefined],
  ])('%s → %s', (phrase, expected) => {
    expect(toHashtag(phrase)).toBe(expected);
  });
});

describe('hashtagKey: one tag whatever its case and accents', () => {
  test.each([
    ['Coopération', 'cooperation'],
    ['COOPERATION', 'cooperation'],
    ['Open_Source', 'opensource'],
  ])('%s → %s', (name, key) => {
    expect(hashtagKey(name)).toBe(key);
  });
});

describe('picking hashtags for an article', () => {
  const body = [
    'Le gouvernement publie un plan sur l’intelligence artificielle et l’open source.',
    'L’IA générative et les modèles open-source sont au cœur du plan. L’IA doit rester ouverte.',
    'Les logiciels libres et l’IA avancent ensemble, dit le plan.',
  ].join('\n\n');

  test('the operator’s tags first, in the followed spelling when known, then what the article is about', () => {
    expect(hashtagsOf(article('fr', 'Un plan pour l’IA', body, ['node.js']))).toEqual(['NodeJS', 'IA', 'OpenSource']);
  });

  test('de-duplicated case- and accent-insensitively, and never more than asked', () => {
    const tags = hashtagsOf(article('fr', 'Un plan pour l’IA', body, ['ia', '#Cooperation', 'coopération']), 2);
    // «Cooperation» is English taxonomy on a French post that never writes it: left out; «coopération» stays.
    expect(tags).toEqual(['IA', 'Coopération']);
  });

  test('the followed spelling depends on the language: IA in French, AI in English, KI in German', () => {
    expect(hashtagsOf(article('fr', 'L’IA en France', 'L’IA avance. L’IA change tout. L’IA est partout.'))).toContain(
      'IA',
    );
    expect(hashtagsOf(article('en', 'AI everywhere', 'AI is moving. AI changes all. AI is everywhere.'))).toContain(
      'AI',
    );
    expect(hashtagsOf(article('de', 'KI überall', 'Die KI wächst. Die KI ändert alles. Die KI ist da.'))).toContain(
      'KI',
    );
  });

  test('a word inside a followed tag is not a tag of its own (no #Open, #Source next to #OpenSource)', () => {
    const tags = hashtagsOf(
      article('en', 'Open source funding', 'Open source needs funding. Open source is everywhere. Open source wins.'),
    );
    expect(tags).toContain('OpenSource');
    expect(tags).not.toContain('Open');
    expect(tags).not.toContain('Source');
  });

  test('two title words the body keeps writing together are one tag (#ProductTeams, not #Product #Teams)', () => {
    const tags = hashtagsOf(
      article(
        'en',
        'A meeting of product teams',
        'Product teams from four countries met in Paris. Each of the product teams showed its work. ' +
          'The product teams agreed to meet again next year. Product teams learn from each other.',
      ),
    );
    expect(tags).toContain('ProductTeams');
    expect(tags).not.toContain('Product');
    expect(tags).not.toContain('Teams');
  });

  test('a title pair that shares a word with a followed tag is left to that tag (no #SecurityBug beside #BugBounty)', () => {
    const tags = hashtagsOf(
      article(
        'en',
        'Security Bug Bounty Program Paused',
        'The security bug bounty program is paused. Our security bug bounty program paid researchers. ' +
          'A security bug bounty program needs funding. The security bug bounty program may come back.',
      ),
    );
    expect(tags).toContain('BugBounty');
    expect(tags).not.toContain('SecurityBug');
    expect(tags).not.toContain('BountyProgram');
  });

  test('a verb seen once in the title is not a tag; every tag is valid', () => {
    const tags = hashtagsOf(article('fr', 'La Chine appelle à coopérer', body));
    expect(tags).not.toContain('Appelle');
    for (const tag of tags) expect(isValidHashtag(tag)).toBe(true);
  });
});

describe('tags people follow, from a site’s taxonomy and the article (docs/teasers.md, "Hashtags")', () => {
  const tagsOf = (lang: string, title: string, body: string, tags: string[]) =>
    draftTeaser(article(lang, title, body, tags), { maxHashtags: 3, maxEmoji: 2 }).hashtags;

  test.each<[string, string, string, string, string[], string[]]>([
    [
      'a tag string of several words is split; common words go',
      'en',
      'Our month of contributions',
      'Thousands of people sent their first pull request this October.',
      ['hacktoberfest developers api opensource'],
      ['Hacktoberfest', 'OpenSource'],
    ],
    [
      'a country slug becomes the country’s name in the article’s language',
      'fr',
      'Une conférence au Caire',
      'La conférence réunit des développeurs au Caire cette semaine.',
      ['country-eg'],
      ['Égypte'],
    ],
    [
      'an English country name becomes the article’s own word',
      'pt',
      'Encontro da comunidade no Brasil',
      'O encontro reuniu 800 pessoas no Brasil em outubro.',
      ['Brazil'],
      ['Brasil'],
    ],
    [
      'common words are never tags',
      'en',
      'Take our yearly survey',
      'The survey is open until Friday for every Kubernetes user.',
      ['Welcome', 'Survey', 'Version'],
      ['Kubernetes'],
    ],
    [
      'ALL-CAPS taxonomy in the language’s case; common words go',
      'tr',
      'Derleyici hataları',
      'Derleyici hataları bu sürümde düzeltildi. Derleyici artık daha hızlı.',
      ['TEKNİK NOTLAR', 'DERLEYİCİ'],
      ['Derleyici'],
    ],
  ])('%s', (_name, lang, title, body, tags, expected) => {
    expect(tagsOf(lang, title, body, tags).slice(0, expected.length)).toEqual(expected);
  });

  test('every post gets a tag, even without tags or known names', () => {
    expect(tagsOf('en', 'Quiet afternoon', 'Nothing happened in the garden today.', []).length).toBeGreaterThanOrEqual(
      1,
    );
  });
});
