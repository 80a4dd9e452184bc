import { describe, expect, test } from '@jest/globals';
import { countsItems, recapTitle } from '../../../src/teaser/recap.js';

describe('a recap: a piece that covers several things', () => {
  test.each([
    'Ecosystem 2023 Recap',
    'KubeCon Europe: a look back (review)',
    'Rückblick auf das Community-Treffen',
    '파이토치 한국 사용자 모임이 주최한 네 번째 기술 세미나 돌아보기',
  ])('its title looks back on an event or a period as a whole: %s', (title) => {
    expect(recapTitle(title)).toBe(true);
  });

  test('a title that names one thing is no recap', () => {
    expect(recapTitle('Electron Forge 7 is now available')).toBe(false);
  });

  test.each([
    'The seminar closed with five talks and forty attendees.',
    'Am Abend gab es 5 Vorträge.',
    '네 번째 기술 세미나는 다섯 분의 연사가 준비한 발표와 마흔 분의 참여로 마무리되었습니다.',
  ])('the sentence that counts its items says the whole: %s', (sentence) => {
    expect(countsItems(sentence)).toBe(true);
  });

  test('a count of something else, or an ordinal, is not a count of its items', () => {
    expect(countsItems('2024년 11월 30일에 열린 네 번째 기술 세미나입니다.')).toBe(false);
    expect(countsItems('We welcomed forty attendees in 2024.')).toBe(false);
  });
});
