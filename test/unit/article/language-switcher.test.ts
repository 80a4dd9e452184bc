import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { parseArticle } from '../../../src/article/load.js';
import { packagePath } from '../../../src/paths.js';
import { draftTeaser } from '../../../src/teaser/draft.js';
import {
  isLanguageName,
  isLanguageSwitcher,
  languageNamesFromIntl,
  withoutLanguageSwitchers,
} from '../../../src/text/language-names.js';

/**
 * A language switcher is navigation: the line of a translated page that links to its other translations. It is never
 * the title, a sentence of the hook or a source of hashtags (docs/teasers.md, "Clean text"). dev10's three
 * translations of «The Art of Command Line» opened on one above their heading, and their posts were the menu.
 */
const ART_OF_COMMAND_LINE_BAR =
  '🌍\n*[Čeština](README-cs.md) ∙ [Deutsch](README-de.md) ∙ [Ελληνικά](README-el.md) ∙ [English](README.md) ∙ ' +
  '[Español](README-es.md) ∙ [Français](README-fr.md) ∙ [Indonesia](README-id.md) ∙ [Italiano](README-it.md) ∙ ' +
  '[日本語](README-ja.md) ∙ [한국어](README-ko.md) ∙ [polski](README-pl.md) ∙ [Português](README-pt.md) ∙ ' +
  '[Română](README-ro.md) ∙ [Русский](README-ru.md) ∙ [Slovenščina](README-sl.md) ∙ [Українська](README-uk.md) ∙ ' +
  '[简体中文](README-zh.md) ∙ [繁體中文](README-zh-Hant.md)*';

describe('a language switcher is a run of language names, nothing else', () => {
  test.each([
    [
      'names as themselves, between «∙», after a globe',
      '🌍 Čeština ∙ Deutsch ∙ Ελληνικά ∙ English ∙ 한국어 ∙ 简体中文',
    ],
    ['between bars', 'English | 中文'],
    ['between slashes and commas', 'English / Français, Deutsch'],
    ['between spaces, as links side by side read', 'English Français 日本語'],
    ['names in English', 'Korean · Japanese · Simplified Chinese'],
    [
      'names of several words, and qualified ones',
      'Bahasa Indonesia · norsk bokmål · Português (Brasil) · 中文（简体）',
    ],
    ['under a label', 'Read this in other languages: English, Español, Português'],
    ['flags under a label (hacker-laws: «[traducciones](#translations): [🇧🇷](…) [🇨🇳](…)…»)', 'traducciones: 🇧🇷 🇨🇳 🇫🇷'],
  ])('%s', (_name, text) => {
    expect(isLanguageSwitcher(text)).toBe(true);
  });

  test.each([
    ['one name alone (a heading)', 'English'],
    ['a sentence that lists languages', 'It is translated into English, French and German.'],
    ['names that end sentences', 'English. Français.'],
    ['countries', 'Korea, Japan, China'],
    ['a country beside one', 'Indonesia, Thailand'],
    ['programming languages', 'Go / Rust / Python'],
    ['flags without a word: a post’s decoration too', '🇧🇷 🇨🇳 🇫🇷'],
    [
      'a long label: a sentence with a colon',
      'These are all the languages that we have translated the guide into so far: English, Español',
    ],
  ])('not %s', (_name, text) => {
    expect(isLanguageSwitcher(text)).toBe(false);
  });

  test('names are matched whatever their case: «polski» and «Polski»; not a country named as a language elsewhere', () => {
    expect(isLanguageName('Polski')).toBe(true);
    expect(isLanguageName('polski')).toBe(true);
    expect(isLanguageName('ελληνικά')).toBe(true);
    expect(isLanguageName('Korea')).toBe(false);
  });

  test('a body keeps every block but its switchers', () => {
    expect(withoutLanguageSwitchers('Title\n\nEnglish | 日本語\n\nThe text.')).toBe('Title\n\nThe text.');
    expect(withoutLanguageSwitchers('English | 日本語')).toBe('');
  });

  test('the built list of names is the one Intl gives', () => {
    const file = packagePath('dist', 'src', 'text', 'language-names.lines');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toEqual(languageNamesFromIntl());
  });
});

describe('at intake, a switcher is neither the title nor the text', () => {
  const options = { url: 'https://github.com/jlevy/the-art-of-command-line/blob/master/README-pl.md', lang: 'pl' };

  test('dev10: the heading under the switcher is the title; the switcher is not in the body', async () => {
    const article = await parseArticle(
      `${ART_OF_COMMAND_LINE_BAR}\n\n\n# Sztuka używania wiersza poleceń\n\n[![Zadaj pytanie](https://img.shields.io/badge/x.svg)](https://airtable.com/x)\n\nBiegła obsługa wiersza poleceń często jest umiejętnością zaniedbywaną.`,
      'markdown',
      options,
    );
    expect(article.title).toBe('Sztuka używania wiersza poleceń');
    expect(article.body).toBe('Biegła obsługa wiersza poleceń często jest umiejętnością zaniedbywaną.');
    // The links are the text's own: none of the menu's («Čeština» → README-cs.md).
    expect((article.links ?? []).map((link) => link.href)).not.toContainEqual(expect.stringMatching(/README-cs\.md$/u));
  });

  test('a switcher under the heading leaves the body', async () => {
    const article = await parseArticle(
      '# Sztuka używania wiersza poleceń\n\n[English](README.md) | [polski](README-pl.md)\n\nBiegła obsługa wiersza poleceń.',
      'markdown',
      options,
    );
    expect(article.body).toBe('Biegła obsługa wiersza poleceń.');
  });

  test('emoji, badges and wrapper tags above the heading do not hide it', async () => {
    const article = await parseArticle(
      '<div align="center">\n\n🌐\n\n[![CI](https://img.shields.io/badge/ci.svg)](https://ci.example.org)\n\n# The heading\n\nThe text.',
      'markdown',
      { url: 'https://example.org/a', lang: 'en' },
    );
    expect(article.title).toBe('The heading');
    expect(article.body).toBe('The text.');
  });

  test('without a heading, the opening sentence under the switcher is the title', async () => {
    const article = await parseArticle(
      'English | Français | 日本語\n\nCrier turns an article into posts. It runs anywhere.',
      'text',
      { url: 'https://example.org/a', lang: 'en' },
    );
    expect(article.title).toBe('Crier turns an article into posts');
    expect(article.body).not.toContain('Français');
  });

  test('a summary that is the menu is no summary', async () => {
    const article = await parseArticle(
      '---\ntitle: Crier\ndescription: "English ∙ Français ∙ 日本語"\n---\nCrier turns an article into posts.',
      'markdown',
      { url: 'https://example.org/a', lang: 'en' },
    );
    expect(article.summary).toBeUndefined();
  });

  test('the post is the text, and no hashtag comes from the menu', async () => {
    const article = await parseArticle(
      `${ART_OF_COMMAND_LINE_BAR}\n\n# The Art of Command Line\n\nFluency on the command line is a skill often neglected or considered arcane, but it improves your flexibility and productivity as an engineer in both obvious and subtle ways.`,
      'markdown',
      { url: 'https://github.com/jlevy/the-art-of-command-line', lang: 'en' },
    );
    const draft = draftTeaser(article, { maxHashtags: 3, maxEmoji: 2 });
    const post = [draft.title, ...draft.sentences, ...draft.hashtags].join(' ');
    for (const name of ['Čeština', 'Deutsch', 'English', '简体中文']) expect(post).not.toContain(name);
  });
});
