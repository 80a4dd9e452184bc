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
    ['en', '03 – Reverse proxies', 'Reverse proxies'],
    ['es', '01: Primeros pasos', 'Primeros pasos'],
    ['ja', '０３．インストール', 'インストール'],
    ['ja', '２．はじめに', 'はじめに'],
    ['en', '3) Configure the server', 'Configure the server'],
    ['fr', '(2) Mettre à jour', 'Mettre à jour'],
    ['zh', '一、概述', '概述'],
    ['zh', '3、安装', '安装'],
    ['zh', '第3章 安装', '安装'],
    ['zh', '第三节 配置', '配置'],
    ['ko', '제2장 설치하기', '설치하기'],
    ['de', '§ 3 Geltungsbereich', 'Geltungsbereich'],
    ['en', 'IV. Conclusions', 'Conclusions'],
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
    ['en', '007: No Time to Die'],
    ['en', '0.x branch retired'],
    ['en', '1.2.x branch retired'],
    ['en', 'V. Putin meets the press'],
    ['hu', 'XX. századi építészet'],
    ['zh', '第3回 开发者大会'],
  ])('%s: «%s» is the headline’s own number, kept', (lang, title) => {
    expect(withoutSectionNumber(title, lang)).toBe(title);
  });
});
