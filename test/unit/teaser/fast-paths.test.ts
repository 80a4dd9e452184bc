import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { CALL_TO_ACT_PATTERNS, CJK_GAP_PATTERNS } from '../../../src/teaser/hook.js';
import { BOILERPLATE_PATTERNS } from '../../../src/teaser/leaning.js';
import {
  AMOUNT_PATTERNS,
  FRESH_PATTERNS,
  HISTORY_PATTERNS,
  PROMISE_PATTERNS,
  SPEED_UP_PATTERNS,
} from '../../../src/teaser/newsworthy.js';

/**
 * The cheap tests that spare a long pattern its attempt (docs/teasers.md, performance): each must find something in
 * every text the pattern matches, or a rule would decide differently.
 */
const SPLITS = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6'];
const sentences = SPLITS.flatMap((split) => {
  const dir = join('test/eval', split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/(?<=[.!?。])\s+|\n+/u));
});

describe('HISTORY_WORD is in every text HISTORY matches', () => {
  const { hint: word, full } = HISTORY_PATTERNS;
  test.each([
    '10 years ago',
    'TWENTY YEARS SINCE',
    'five years have passed',
    'years since the launch',
    'we celebrated our 16th anniversary',
    'celebrating ten years',
    'a birthday',
    'back in 2015',
    'it was first released in 2009',
    'were founded in',
    'was born on',
    'was started back in',
    'il y a 10 ans',
    'IL Y A 3 ANS',
    'anniversaire',
    'vor 10 Jahren',
    'Jubiläum',
    'Geburtstag',
    'hace 10 años',
    'aniversario',
    'cumpleaños',
    'há 5 anos',
    'aniversário',
    '10 anni fa',
    'compleanno',
    '10 jaar geleden',
    'verjaardag',
    'jubileum',
    '10 lat temu',
    'rocznica',
    'urodziny',
    '10 лет назад',
    'годовщина',
    'юбилей',
    '10 років тому',
    'річниця',
    'ювілей',
    '10 yıl önce',
    'yıldönümü',
    '10 tahun yang lalu',
    'ulang tahun',
    '10周年',
    '10週年',
    '10주년',
  ])('%s', (text) => {
    expect(full.test(text)).toBe(true);
    expect(word.test(text)).toBe(true);
  });
  test('every sentence of the dev splits', () => {
    expect(sentences.length).toBeGreaterThan(1000);
    expect(sentences.filter((s) => full.test(s) && !word.test(s))).toEqual([]);
  });
});

describe('PROMISE_PHRASE is in every text PROMISE matches', () => {
  const { hint: phrase, full } = PROMISE_PATTERNS;
  test.each([
    "Gleam v1.15.0 has been published, let's go over what's new.",
    'LET’S DIVE INTO the details.',
    'voici ce qui change',
    'Schauen wir uns das an.',
    'давайте посмотрим',
    'More on this in a future post.',
    '下面将介绍如何获取',
    '以下では新機能を紹介します',
  ])('%s', (text) => {
    expect(full.test(text)).toBe(true);
    expect(phrase.test(text)).toBe(true);
  });
  test('every sentence of the dev splits', () => {
    expect(sentences.filter((s) => full.test(s) && !phrase.test(s))).toEqual([]);
  });
});

describe('CALL_TO_ACT_PHRASE is in every text CALL_TO_ACT matches', () => {
  const { hint: phrase, full } = CALL_TO_ACT_PATTERNS;
  test.each([
    'Upgrade curl to version 8.16.0.',
    'You MUST update now.',
    'Aktualisieren Sie jetzt.',
    'Call for proposals is open.',
    'Deadline: 3 May.',
    'Зарегистрируйтесь сегодня.',
    'アップデートしてください。',
    '마감은 금요일입니다.',
  ])('%s', (text) => {
    expect(full.test(text)).toBe(true);
    expect(phrase.test(text)).toBe(true);
  });
  test('every sentence of the dev splits', () => {
    expect(sentences.filter((s) => full.test(s) && !phrase.test(s))).toEqual([]);
  });
});

describe('BOILERPLATE_HINT finds something in every text BOILERPLATE or BYLINE matches', () => {
  const { hint, full } = BOILERPLATE_PATTERNS;
  const boilerplate = (text: string) => full.some((pattern) => pattern.test(text));
  test.each([
    'The CVE project has assigned the name CVE-2024-1234 to this issue.',
    'MITRE assigned the identifier CVE-2024-1234.',
    'Our guest post today comes from the Falco team.',
    'This post was written by Jane Doe.',
    'Posted by the release team',
    'Contributed by Ana',
    'Thanks to Bob for writing this post.',
    'On May 3, written by Dan Abramov',
    'Rédigé par l’équipe',
    'Geschrieben von Max',
    'Verfasst von Anna',
    'Escrito por Juan',
    'كتبه أحمد',
    'بقلم سارة',
  ])('%s', (text) => {
    expect(boilerplate(text)).toBe(true);
    expect(hint.test(text)).toBe(true);
  });
  test('every sentence of the dev splits', () => {
    expect(sentences.filter((s) => boilerplate(s) && !hint.test(s))).toEqual([]);
  });
});

describe("AMOUNT's first scan finds something in every text AMOUNT matches", () => {
  const { hint, full } = AMOUNT_PATTERNS;
  test.each([
    'costs $5 a month',
    'up 40% this year',
    '40 ％ faster',
    '٪٥٠ more',
    '3 million downloads',
    '2 milliards d’euros',
    '5 Millionen Nutzer',
    '10 milionów',
    '3 миллиона',
    '2 мільйони',
    '5 juta pengguna',
    '1万人',
    '3億円',
    '10만 명',
  ])('%s', (text) => {
    expect(full.test(text)).toBe(true);
    expect(hint.test(text)).toBe(true);
  });
  test('every sentence of the dev splits', () => {
    expect(sentences.filter((s) => full.test(s) && !hint.test(s))).toEqual([]);
  });
});

describe('MAYBE_SPEED_UP finds something in every text SPEED_UP matches', () => {
  const { hint: maybe, full } = SPEED_UP_PATTERNS;
  test.each([
    'builds are 3× faster',
    '2x faster',
    '10 ✕ quicker',
    '٣x faster',
    '速度提升了 2 倍',
    '2倍速',
    '3배 빨라졌습니다',
    '3 배 빠른',
  ])('%s', (text) => {
    expect(full.test(text)).toBe(true);
    expect(maybe.test(text)).toBe(true);
  });
  test('every sentence of the dev splits', () => {
    expect(sentences.filter((s) => full.test(s) && !maybe.test(s))).toEqual([]);
  });
});

describe("each language's fresh words are found by its phrase scan wherever its pattern matches", () => {
  const { languages, patterns } = FRESH_PATTERNS;
  const phrase = (lang: string) => patterns(lang)?.hint;
  const full = (lang: string) => patterns(lang)?.full;
  test.each([
    ['en', 'the release adds a new api.'],
    ['fr', 'cette version apporte des nouveautés.'],
    ['de', 'die version bringt neue funktionen.'],
    ['ru', 'версия добавляет поддержку.'],
    ['ar', 'نقدم ميزة جديدة'],
    ['hi', 'अब यह उपलब्ध है'],
  ])('%s: %s', (lang, text) => {
    expect(full(lang)?.test(text)).toBe(true);
    expect(phrase(lang)?.test(text)).toBe(true);
  });
  test.each(languages)('%s: every sentence of the dev splits, lowercased', (lang) => {
    const lowered = sentences.map((s) => s.toLowerCase());
    expect(lowered.filter((s) => full(lang)?.test(s) && !phrase(lang)?.test(s))).toEqual([]);
  });
});

describe('MAYBE_CJK finds a character wherever CJK_GAP matches', () => {
  const { maybe, full } = CJK_GAP_PATTERNS;
  test('every code point on either side of the gap', () => {
    const gap = full();
    const missed: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      for (const text of [`${ch} 字`, `字 ${ch}`])
        if (gap.test(text) && !maybe.test(text.replace('字', 'a'))) missed.push(ch);
    }
    expect(missed).toEqual([]);
  });
});
