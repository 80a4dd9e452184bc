import { describe, expect, test } from '@jest/globals';
import { withoutSectionNumber } from '../../../src/teaser/title.js';

describe('withoutSectionNumber: a docs series’ ordinal before a title is navigation, not the headline', () => {
  test.each([
    ['ko', '03. 네이버 및 다음 블로그에서 적용', '네이버 및 다음 블로그에서 적용'],
    ['en', "A01 ❯ A Beginner's Guide", "A Beginner's Guide"],
    ['en', '3 › Configuring the server', 'Configuring the server'],
    ['en', '1.2 Installing Nginx', 'Installing Nginx'],
    ['en', '2.3.1. Reverse proxies', 'Reverse proxies'],
    ['en', '1. Introduction', 'Introduction'],
    ['fr', '4. Mettre à jour', 'Mettre à jour'],
    ['de', '03. Installation', 'Installation'],
  ])('%s: «%s» → «%s»', (lang, title, expected) => {
    expect(withoutSectionNumber(title, lang)).toBe(expected);
  });

  test.each([
    ['en', '2024 in review'],
    ['en', '10 reasons to try Lektor'],
    ['en', '3.0 released'],
    ['en', '7.29.0 Released: The last Babel 7 minor release'],
    ['en', '2.5 is out'],
    ['en', 'A03:2021 – Injection'],
    ['en', '1. 2024'],
    ['de', '1. Mai: Demonstrationen in Berlin'],
    ['cs', '17. listopad v Praze'],
    ['en', 'Why Lektor?'],
  ])('%s: «%s» is the headline’s own number, kept', (lang, title) => {
    expect(withoutSectionNumber(title, lang)).toBe(title);
  });
});
