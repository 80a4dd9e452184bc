import { createRequire } from 'node:module';
import { describe, expect, test } from '@jest/globals';
import type { Article } from '../../../src/article/article.js';
import { draftTeaser } from '../../../src/teaser/draft.js';
import { flagOf } from '../../../src/teaser/flags.js';

function article(lang: string, title: string, body: string): Article {
  return { id: 'test', url: 'https://example.org/a', lang, title, body, tags: [] };
}

const emojiOf = (lang: string, title: string, body: string, maxEmoji = 2) =>
  draftTeaser(article(lang, title, body), { maxHashtags: 3, maxEmoji }).emoji;

describe('topic emoji: whole words in the article’s language, never substrings', () => {
  test.each([
    ['fr', 'L’IA change la donne', 'L’intelligence artificielle progresse. L’IA est partout.', '🤖'],
    ['de', 'KI in der Verwaltung', 'Die KI hilft. Künstliche Intelligenz wird geprüft.', '🤖'],
    ['ja', '人工知能の未来', '人工知能は急速に発展しています。人工知能の研究が進んでいます。', '🤖'],
    ['en', 'Security bounty paused', 'The security bug bounty is paused. Reports still go through HackerOne.', '🔐'],
    ['ja', 'RubyGemsの移行', 'RubyGemsとBundlerはRubyコアチームへ移行します。', '💎'],
    ['fr', 'Le climat change', 'Le changement climatique s’accélère. Le climat se réchauffe.', '🌍'],
    ['fr', 'Le budget de l’État', 'Le budget est voté. Le suivi budgétaire commence.', '💶'],
    ['en', 'Wild bees are coming back to city parks', 'Ecologists counted 62 species of wild bees.', '🐝'],
    ['fr', 'Les abeilles sauvages reviennent en ville', 'Les abeilles sauvages reviennent dans les parcs.', '🐝'],
    ['de', 'Artenvielfalt in der Stadt', 'Die Artenvielfalt wächst. Die Biodiversität der Parks auch.', '🌱'],
  ])('%s «%s» → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)[0]).toBe(emoji);
  });

  test.each([
    ['fr', 'La machine à café', 'La machine à café est en panne depuis mardi. Une machine neuve arrive.'],
    ['fr', 'J’ai vu un film', 'J’ai vu un film hier soir. J’ai aimé la fin du film.'],
    ['pt', 'Ele ia ao mercado', 'Ele ia ao mercado todos os dias. Ela ia também ao mercado.'],
  ])('%s «%s» has no 🤖 (machine, j’ai, ia are not AI)', (lang, title, body) => {
    expect(emojiOf(lang, title, body)).not.toContain('🤖');
  });

  test('a software ecosystem or API is no nature topic (no 🐝 for «api», Italian for bees)', () => {
    const emoji = emojiOf(
      'en',
      'The Ruby ecosystem gets a new API',
      'The API is stable. The ecosystem grows. The API has docs.',
    );
    expect(emoji).not.toContain('🐝');
    expect(emoji).not.toContain('🌱');
  });

  test('without a curated topic, an emoji whose localized name is a title keyword (emojibase: «voiture» → 🚗)', () => {
    expect(
      emojiOf('fr', 'La voiture de demain', 'La voiture roule seule. La voiture consomme peu. Une voiture pour tous.'),
    ).toEqual(['🚗']);
  });

  test('German KI is never the flag of Kiribati 🇰🇮', () => {
    expect(emojiOf('de', 'KI in der Schule', 'Die KI kommt in die Schule. KI lernt mit.')).not.toContain('🇰🇮');
  });

  test('no emoji when asked for none, at most the number asked for', () => {
    expect(emojiOf('fr', 'La Chine et l’IA', 'La Chine investit dans l’IA.', 0)).toEqual([]);
    expect(emojiOf('fr', 'La Chine et l’IA', 'La Chine investit dans l’IA.', 1)).toHaveLength(1);
  });
});

describe('flags: only for the country the article is about, from its localized name', () => {
  test.each([
    ['fr', 'La Chine appelle à coopérer', 'La Chine propose un accord.', '🇨🇳'],
    ['fr', 'Les États-Unis répondent', 'Les États-Unis hésitent encore.', '🇺🇸'],
    ['en', 'China calls for cooperation on AI', 'China offers to share its models.', '🇨🇳'],
    ['zh-CN', '中国呼吁人工智能合作', '中国愿意分享其开源模型。', '🇨🇳'],
    ['ja', '中国がAI協力を呼びかけ', '中国は開発成果を共有すると表明した。', '🇨🇳'],
    ['de', 'Deutschland und die Smart City', 'Deutschland plant neue Projekte.', '🇩🇪'],
  ])('%s «%s» → %s first', (lang, title, body, flag) => {
    expect(emojiOf(lang, title, body)[0]).toBe(flag);
  });

  test('emoji already in the source are never evidence: 🇹🇳 on a piece about China gives 🇨🇳', () => {
    const emoji = emojiOf(
      'fr',
      '🇹🇳 La Chine appelle à une coopération mondiale en IA',
      '🇹🇳 La Chine appelle à une coopération mondiale en IA. 🤖',
    );
    expect(emoji).toEqual(['🇨🇳', '🤖']);
  });

  test.each([
    ['fr', 'Maurice a écrit un livre', 'Maurice raconte sa vie. Maurice est content.'],
    ['en', 'Jordan joins the team', 'Jordan will lead the design work. Jordan starts Monday.'],
    ['fr', 'Un service en porcelaine de chine', 'La vaisselle en chine est fragile.'],
    ['en', 'Node.js pauses its bug bounty', 'The bounty program is paused for lack of funding.'],
  ])('no flag for %s «%s»', (lang, title, body) => {
    expect(emojiOf(lang, title, body).some((e) => /\p{Regional_Indicator}/u.test(e))).toBe(false);
  });

  test('a language the country package lacks leaves the names of the others as they were', () => {
    // Yoruba: Intl.DisplayNames alone. Its table must be its own (China found by its Yoruba name), not the
    // shared English one emptied.
    expect(emojiOf('yo', 'Ṣáínà àti AI', 'Ṣáínà ń pe fún ìfọwọ́sowọ́pọ̀.')).toContain('🇨🇳');
    const english = createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as {
      countries: Record<string, unknown>;
    };
    expect(english.countries.CN).toContain('China');
  });

  test('flagOf writes regional indicators', () => {
    expect(flagOf('CN')).toBe('🇨🇳');
    expect(flagOf('us')).toBe('🇺🇸');
  });
});

describe('the tone first, never a celebration on a sombre piece (docs/teasers.md, "Emoji")', () => {
  test.each([
    ['en', 'Action required: the registry freezes legacy tokens', 'Legacy tokens stop working on March 4.', '⚠️'],
    ['en', 'Security release for CVE-2026-1234', 'Upgrade now: the vulnerability lets anyone read files.', '🔐'],
    ['en', 'Ruby 3.4.0 released', 'Ruby 3.4.0 is out with a faster parser and many fixes.', '🎉'],
    ['fr', 'Rencontre annuelle des contributeurs à Lyon', 'La rencontre a lieu le 12 juin à Lyon.', '📅'],
    ['de', 'Die Registry wird eingefroren', 'Ab dem 3. April 2023 wird die Registry eingefroren.', '⚠️'],
  ])('%s «%s» → %s first', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)[0]).toBe(emoji);
  });

  test('no 🚀, 🎉 or 🤝 on a shutdown, even of a release process', () => {
    const emoji = emojiOf(
      'en',
      'Shutting down the community release builds',
      'We are shutting down the community release builds and the launch pipeline.',
    );
    expect(emoji).not.toEqual(expect.arrayContaining(['🚀']));
    expect(emoji.some((e) => ['🚀', '🎉', '🤝'].includes(e))).toBe(false);
  });

  test.each([
    ['en', 'How to write your first plugin', 'Write a plugin in ten minutes with the new tooling.', '📝'],
    ['en', 'Announcing the new board members', 'The board welcomes three members elected by the members.', '📢'],
    ['en', 'Quarterly figures of the foundation', 'The foundation published its quarterly figures on Monday.', '📰'],
  ])('a neutral one by kind when nothing else fits: %s «%s» → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)).toEqual([emoji]);
  });
});
