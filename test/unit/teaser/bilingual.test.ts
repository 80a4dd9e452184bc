import { describe, expect, test } from '@jest/globals';
import { ownLanguageHalf } from '../../../src/teaser/bilingual.js';

describe('a line that says it twice, in the article’s language and another, keeps the article’s half', () => {
  test.each([
    // dev15: PyTorch Korea's year of the foundation, «mixed Korean/English in one line».
    [
      'ko',
      '🤝 작년부터 12,000개 이상의 커밋 달성 / Over 12,000 commits since last year',
      '🤝 작년부터 12,000개 이상의 커밋 달성',
    ],
    ['ja', 'GitHub のスターが 1 万を突破 | Over 10,000 stars on GitHub', 'GitHub のスターが 1 万を突破'],
    ['zh', 'Over 10,000 stars on GitHub / GitHub 星标突破一万', 'GitHub 星标突破一万'],
    [
      'ru',
      'Более 600 000 репозиториев на GitHub / Over 600,000 repositories on GitHub',
      'Более 600 000 репозиториев на GitHub',
    ],
  ])('%s: «%s» → «%s»', (lang, line, kept) => {
    expect(ownLanguageHalf(line, lang)).toBe(kept);
  });

  test.each([
    ['a name or two beside the article’s words', 'ko', 'macOS / Windows 지원'],
    ['a slash inside a word', 'ko', 'TCP/IP 스택을 다시 작성했습니다'],
    ['two halves in the article’s script', 'ko', '속도 개선 / 메모리 절약'],
    ['two halves in one script: not told apart', 'fr', 'Plus de 600 000 dépôts / Over 600,000 repositories'],
    ['more than one separator', 'ko', '속도 개선 / Faster builds for all / 메모리 절약'],
  ])('%s is kept whole: «%s»', (_name, lang, line) => {
    expect(ownLanguageHalf(line, lang)).toBe(line);
  });
});
