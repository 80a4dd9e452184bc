import { describe, expect, test } from '@jest/globals';
import { pieceChunks } from '../../../src/platforms/fit.js';
import { measureX } from '../../../src/platforms/x/counter.js';
import { prepareDraft, sendableLine } from '../../../src/teaser/prepare.js';
import { withUtm } from '../../../src/teaser/utm.js';
import { cutAt, cutToFit, ELLIPSIS, wordCutPoints } from '../../../src/text/cut.js';
import { countGraphemes } from '../../../src/text/graphemes.js';

const atMost = (graphemes: number) => (candidate: string) => countGraphemes(candidate) <= graphemes;

describe('cutToFit: the longest beginning that fits, cut between words and marked «…»', () => {
  test.each([
    ['fr', 'La Chine appelle à une coopération mondiale en IA', 30, 'La Chine appelle à une…'],
    ['fr', 'l’avenir de l’IA se dessine', 12, 'l’avenir de…'],
    ['fr', 'Stratégie de rattrapage, ou vision ?', 25, 'Stratégie de rattrapage…'],
    ['fr', '«Bonjour», dit-il : « vraiment ? »', 22, '«Bonjour», dit-il…'],
    ['en', 'open-source software, really', 14, 'open-source…'],
    ['en', 'Voir https://example.com/a/very/long/path et plus', 30, 'Voir…'],
    ['en', 'Voir https://example.com/a/very/long/path et plus', 45, 'Voir https://example.com/a/very/long/path et…'],
    ['en', 'Join #OpenSource communities today', 14, 'Join…'],
    ['ja', 'RubyGemsとBundlerのリポジトリ所有権がRubyコアチームへ移行。', 20, 'RubyGemsとBundlerの…'],
    ['zh', '中国呼吁在人工智能领域开展全球合作并承诺分享其开源成果', 12, '中国呼吁在人工智能领域…'],
    ['ko', '한국어 문장은 띄어쓰기를 합니다', 12, '한국어 문장은…'],
    ['ar', 'الصين تدعو إلى تعاون عالمي في الذكاء الاصطناعي', 20, 'الصين تدعو إلى…'],
    ['fr', 'Cafe\u0301 cre\u0300me brûlée', 12, 'Cafe\u0301 cre\u0300me…'],
    ['en', 'Flags 🇫🇷🇨🇳 and family 👩‍👩‍👧‍👦 travel', 20, 'Flags 🇫🇷🇨🇳 and family…'],
  ])('%s: %j within %i graphemes → %j', (lang, text, graphemes, expected) => {
    const cut = cutToFit(text, lang, atMost(graphemes));
    expect(cut?.text).toBe(expected);
    expect(countGraphemes(cut?.text ?? '')).toBeLessThanOrEqual(graphemes);
  });

  test('the rest starts at the next word, for the next part of a thread', () => {
    expect(cutToFit('La Chine appelle à une coopération mondiale', 'fr', atMost(20))).toEqual({
      text: 'La Chine appelle à…',
      rest: 'une coopération mondiale',
    });
  });

  test('a single word longer than the limit is cut between graphemes as a last resort', () => {
    const cut = cutToFit('Supercalifragilisticexpialidocious'.repeat(3), 'en', atMost(20));
    expect(cut?.text).toBe('Supercalifragilisti…');
  });

  test('nothing that says something fits: null (the caller drops the hook)', () => {
    expect(cutToFit('👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 'en', atMost(3))).toBeNull();
    expect(cutToFit('Bonjour tout le monde', 'fr', atMost(1))).toBeNull();
  });

  test('«…» counts 2 on X: the cut is counted with it', () => {
    const text = 'a '.repeat(200).trim();
    const cut = cutToFit(text, 'en', (candidate) => measureX(candidate, 11).within);
    expect(cut?.text).toBe(`a a a a a${ELLIPSIS}`);
    expect(measureX(cut?.text ?? '').length).toBe(11);
  });

  test.each([
    ['no cut inside a URL', 'see https://example.com/a-b-c/d now', ['see', 'see https://example.com/a-b-c/d']],
    ['no cut inside a hashtag', 'tag #Open-Source now', ['tag', 'tag #Open-Source']],
    ['no cut inside a hyphenated word', 'open-source code', ['open-source']],
    ['no cut inside an elided word', 'l’avenir proche', ['l’avenir']],
  ])('%s', (_name, text, prefixes) => {
    expect(wordCutPoints(text, 'en').map((at) => text.slice(0, at))).toEqual(prefixes);
  });

  test('punctuation and spaces before the cut are dropped; a cut with no word is null', () => {
    expect(cutAt('Bonjour, le monde', 8)).toBe('Bonjour…');
    expect(cutAt('« Bonjour', 2)).toBeNull();
  });
});

describe('draft text made safe to lay out', () => {
  test.each([
    ['NFC', 'Cafe\u0301', 'Café'],
    ['line breaks and runs of spaces become one space', 'a\n\n b\t c', 'a b c'],
    ['French spacing is kept', 'vraiment\u202f? oui\u00a0!', 'vraiment\u202f? oui\u00a0!'],
    ['characters X refuses are removed', 'a\ufeffb\u0007c', 'abc'],
  ])('%s', (_name, input, expected) => {
    expect(sendableLine(input)).toBe(expected);
  });

  test.each([
    [['Une phrase.', 'Une autre.'], 'Une phrase. Une autre.'],
    [['移行。', 'ライセンスはそのまま。'], '移行。ライセンスはそのまま。'],
    [['中文句子。', 'English sentence.'], '中文句子。English sentence.'],
    [['한국어 문장.', '다음 문장.'], '한국어 문장. 다음 문장.'],
  ])('sentences %j are joined as their script is written', (pieces, expected) => {
    expect(pieceChunks(pieces).join('')).toBe(expected);
  });

  test('the question comes second; hashtags lose "#", blanks and duplicates; no sentence means the title', () => {
    const prepared = prepareDraft({
      lang: 'fr',
      emoji: ['🇨🇳', '', '🤖'],
      sentences: ['Première.', ' ', 'Deuxième.'],
      question: 'Pourquoi\u00a0?',
      hashtags: ['#IA', 'ia', 'Open Source', 'OpenSource'],
      url: 'https://example.org/a',
      title: 'Titre',
      description: 'Résumé',
    });
    expect(prepared).toMatchObject({
      lead: '🇨🇳',
      close: '🤖',
      pieces: ['Première.', 'Pourquoi\u00a0?', 'Deuxième.'],
      hashtags: ['IA', 'OpenSource'],
    });
    const untitled = prepareDraft({ ...prepared, emoji: [], sentences: [], hashtags: [] });
    expect(untitled.pieces).toEqual(['Titre']);
    expect(untitled.lead).toBeUndefined();
  });

  test('a sentence that leans on the first («Mais…») stays right after it: the question comes after', () => {
    const prepared = prepareDraft({
      lang: 'fr',
      emoji: [],
      sentences: ['Les stratégies d’adaptation se multiplient.', 'Mais toutes ne sont pas inoffensives.', 'Autre.'],
      question: 'Connaissez-vous la maladaptation\u00a0?',
      hashtags: [],
      url: 'https://example.org/a',
      title: 'Titre',
      description: 'Résumé',
    });
    expect(prepared.pieces).toEqual([
      'Les stratégies d’adaptation se multiplient.',
      'Mais toutes ne sont pas inoffensives.',
      'Connaissez-vous la maladaptation\u00a0?',
      'Autre.',
    ]);
  });
});

describe('withUtm', () => {
  const utm = { source: 'bluesky', medium: 'social', campaign: 'launch day' };
  test.each([
    ['no UTM configured: unchanged', 'https://example.org/a?x=1', undefined, 'https://example.org/a?x=1'],
    [
      'appended to the query',
      'https://example.org/a',
      utm,
      'https://example.org/a?utm_source=bluesky&utm_medium=social&utm_campaign=launch%20day',
    ],
    [
      'after an existing query, kept byte for byte',
      'https://example.org/a?q=a+b%20c',
      { source: 'x', medium: 'social' },
      'https://example.org/a?q=a+b%20c&utm_source=x&utm_medium=social',
    ],
    [
      'before the fragment',
      'https://example.org/a#part',
      { source: 'x', medium: 'social' },
      'https://example.org/a?utm_source=x&utm_medium=social#part',
    ],
    [
      'a parameter the link already has is left alone',
      'https://example.org/a?utm_source=rss',
      { source: 'x', medium: 'social' },
      'https://example.org/a?utm_source=rss&utm_medium=social',
    ],
  ])('%s', (_name, url, config, expected) => {
    expect(withUtm(url, config)).toBe(expected);
  });
});
