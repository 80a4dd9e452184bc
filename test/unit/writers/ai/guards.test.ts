import { describe, expect, test } from '@jest/globals';
import { keepEmoji } from '../../../../src/writers/ai/guards/emoji.js';
import { articleFacts, inventedFacts, numbersOf } from '../../../../src/writers/ai/guards/facts.js';
import { keepHashtags } from '../../../../src/writers/ai/guards/hashtags.js';
import { wrongLanguage } from '../../../../src/writers/ai/guards/language.js';
import { stripLinks } from '../../../../src/writers/ai/guards/links.js';
import { stripMarkup } from '../../../../src/writers/ai/guards/markup.js';
import { stripMentions } from '../../../../src/writers/ai/guards/mentions.js';

/** Each guard of docs/ai-writer.md, as a table: what the model wrote, what crier keeps. */

describe('links: crier adds the link itself', () => {
  test.each([
    ['Read it on https://example.org/a?b=1 today.', 'Read it on today.', ['https://example.org/a?b=1']],
    ['Details at example.com.', 'Details at.', ['example.com']],
    ['Voir www.lemonde.fr/sciences pour tout.', 'Voir pour tout.', ['www.lemonde.fr/sciences']],
    ['Node.js 24 ships today.', 'Node.js 24 ships today.', []],
    ['Files over ftp://files.example.net/x are gone.', 'Files over are gone.', ['ftp://files.example.net/x']],
    ['More (see https://t.co/abc)', 'More (see)', ['https://t.co/abc']],
  ])('%s', (text, kept, removed) => {
    expect(stripLinks(text)).toEqual({ text: kept, removed });
  });
});

describe('mentions: nobody is notified', () => {
  test.each([
    ['Thanks to @nodejs for the fix.', 'Thanks to nodejs for the fix.', ['@nodejs']],
    ['Ask @alice@mastodon.social now', 'Ask alice now', ['@alice@mastodon.social']],
    ['Merci @bob.bsky.social !', 'Merci bob !', ['@bob.bsky.social']],
    ['Write to press@example.org', 'Write to press@example.org', []],
    ['No mention here', 'No mention here', []],
  ])('%s', (text, kept, removed) => {
    expect(stripMentions(text)).toEqual({ text: kept, removed });
  });
});

describe('markup: nothing a platform would show as stray characters', () => {
  test.each([
    ['**Patch now**: a _critical_ flaw.', 'Patch now: a critical flaw.'],
    ['See [the report](https://x.org/r) <b>today</b>', 'See the report today'],
    ['# Title\n- first point', 'Title\nfirst point'],
    ['"The whole answer in quotes."', 'The whole answer in quotes.'],
    ['Big news for #Ruby users', 'Big news for Ruby users'],
    ['Plain text stays.', 'Plain text stays.'],
  ])('%s', (text, kept) => {
    expect(stripMarkup(text).text).toBe(kept);
  });
});

describe('emoji: at most the settings allow, each a real emoji', () => {
  test.each([
    ['Text', ['🇨🇳', '🤖', '🚀'], 2, 'Text', ['🇨🇳', '🤖']],
    ['🔐 Node.js pauses its bounty 💸', [], 2, 'Node.js pauses its bounty', ['🔐', '💸']],
    ['Text 🔐', ['🔐'], 1, 'Text', ['🔐']],
    ['Text', ['not emoji', ':)', '🔐🔐'], 2, 'Text', []],
    ['Text', ['🔐'], 0, 'Text', []],
  ])('%s %j (max %d)', (text, emoji, max, keptText, keptEmoji) => {
    expect(keepEmoji(text, emoji, max)).toEqual({ text: keptText, emoji: keptEmoji });
  });
});

describe('hashtags: valid on X, Bluesky and Mastodon', () => {
  test.each([
    [['#IA', 'OpenSource'], 3, ['IA', 'OpenSource']],
    [['open-source', 'Node.js'], 3, ['OpenSource', 'NodeJs']],
    [['2025', 'C++', ''], 3, ['C']],
    [['IA', '#ia', 'Géopolitique'], 3, ['IA', 'Géopolitique']],
    [['A1', 'B2', 'C3', 'D4'], 2, ['A1', 'B2']],
  ])('%j (max %d)', (names, max, kept) => {
    expect(keepHashtags(names, max)).toEqual(kept);
  });
});

describe('facts: every number, date and name is in the article', () => {
  const article = articleFacts(
    'Le 17 octobre 2025, Go a publié son enquête : 93 % des 5 300 développeurs interrogés sont satisfaits. ' +
      'Microsoft et Google y ont contribué ; la version 1.25.3 corrige 2 failles. GPT-4 reste cité.',
  );
  test.each([
    ['93 % des développeurs Go sont satisfaits.', []],
    ['5300 développeurs interrogés, 93 % satisfaits.', []],
    ['5 300 développeurs : 93 % satisfaits.', []],
    ['94 % des développeurs sont satisfaits.', ['94']],
    ['Publié le 17 octobre 2025 par Google.', []],
    ['Publié le 18 octobre 2025.', ['18']],
    ['Amazon y a contribué.', ['Amazon']],
    ['Selon OpenAI, GPT-4 reste cité.', ['OpenAI']],
    ['La version 1.25.3 corrige 2 failles.', []],
    ['Patch now: la version corrige des failles.', ['Patch']],
    ['La version corrige des failles.', []],
  ])('%s', (teaser, invented) => {
    expect(inventedFacts(teaser, 'fr', article)).toEqual(invented);
  });

  test.each([
    ['2 000', ['2000']],
    ['2,000 and 2.000', ['2000', '2000']],
    ['3,5 or 3.5', ['3.5', '3.5']],
    ['２０２５', ['2025']],
    ['in 2017 40 parks', ['2017', '40']],
  ])('numbers are compared as values: %s', (text, values) => {
    expect(numbersOf(text)).toEqual(values);
  });
});

describe("language: the article's own", () => {
  test.each([
    [
      'La Chine appelle à une coopération mondiale en intelligence artificielle et promet de partager.',
      'fr',
      undefined,
    ],
    ['China calls for worldwide cooperation on artificial intelligence and promises to share its work.', 'fr', 'en'],
    ['Node.js is pausing its security bug bounty after its outside funding ended.', 'en-US', undefined],
    ['Trop court', 'en', undefined],
  ])('%s (%s)', async (text, lang, found) => {
    expect(await wrongLanguage(text, lang)).toBe(found);
  });
});
